from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.web_search_tool_search_context_size import (
    WebSearchToolSearchContextSize,
    check_web_search_tool_search_context_size,
)
from ..models.web_search_tool_type import WebSearchToolType, check_web_search_tool_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_search_approximate_location_type_0 import WebSearchApproximateLocationType0
    from ..models.web_search_tool_filters_type_0 import WebSearchToolFiltersType0
T = TypeVar("T", bound="WebSearchTool")


@_attrs_define
class WebSearchTool:
    """
    Attributes:
        type (WebSearchToolType):  Default: 'web_search'.
        external_web_access (bool | Unset):  Default: True.
        filters (None | Unset | WebSearchToolFiltersType0):
        user_location (None | Unset | WebSearchApproximateLocationType0):
        search_context_size (WebSearchToolSearchContextSize | Unset):  Default: 'medium'.
    """

    __repr__ = model_repr
    type: WebSearchToolType = "web_search"
    external_web_access: bool | Unset = True
    filters: None | Unset | WebSearchToolFiltersType0 = UNSET
    user_location: None | Unset | WebSearchApproximateLocationType0 = UNSET
    search_context_size: WebSearchToolSearchContextSize | Unset = "medium"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        external_web_access = self.external_web_access
        filters: dict[str, Any] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, WebSearchToolFiltersType0):
            filters = self.filters.to_dict()
        else:
            filters = self.filters
        user_location: dict[str, Any] | None | Unset
        if isinstance(self.user_location, Unset):
            user_location = UNSET
        elif isinstance(self.user_location, WebSearchApproximateLocationType0):
            user_location = self.user_location.to_dict()
        else:
            user_location = self.user_location
        search_context_size: str | Unset = UNSET
        if not isinstance(self.search_context_size, Unset):
            search_context_size = self.search_context_size
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if external_web_access is not UNSET:
            field_dict["external_web_access"] = external_web_access
        if filters is not UNSET:
            field_dict["filters"] = filters
        if user_location is not UNSET:
            field_dict["user_location"] = user_location
        if search_context_size is not UNSET:
            field_dict["search_context_size"] = search_context_size
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_web_search_tool_type(d.pop("type"))
        external_web_access = d.pop("external_web_access", UNSET)

        def _parse_filters(data: object) -> None | Unset | WebSearchToolFiltersType0:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filters_type_0 = WebSearchToolFiltersType0.from_dict(data)
                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        filters = _parse_filters(d.pop("filters", UNSET))

        def _parse_user_location(data: object) -> None | Unset | WebSearchApproximateLocationType0:
            if not _ready_8:
                _prepare_8()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_web_search_approximate_location_type_0 = (
                    WebSearchApproximateLocationType0.from_dict(data)
                )
                return componentsschemas_web_search_approximate_location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        user_location = _parse_user_location(d.pop("user_location", UNSET))
        _search_context_size = d.pop("search_context_size", UNSET)
        search_context_size: WebSearchToolSearchContextSize | Unset
        if isinstance(_search_context_size, Unset):
            search_context_size = UNSET
        else:
            search_context_size = check_web_search_tool_search_context_size(_search_context_size)
        web_search_tool = cls(
            type=type_,
            external_web_access=external_web_access,
            filters=filters,
            user_location=user_location,
            search_context_size=search_context_size,
        )
        web_search_tool.additional_properties = d
        return web_search_tool

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_ready_0 = False


def _prepare_0() -> None:
    global _ready_0, WebSearchApproximateLocationType0, WebSearchToolFiltersType0
    from ..models.web_search_approximate_location_type_0 import WebSearchApproximateLocationType0
    from ..models.web_search_tool_filters_type_0 import WebSearchToolFiltersType0

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, WebSearchToolFiltersType0
    from ..models.web_search_tool_filters_type_0 import WebSearchToolFiltersType0

    _ready_7 = True


_ready_8 = False


def _prepare_8() -> None:
    global _ready_8, WebSearchApproximateLocationType0
    from ..models.web_search_approximate_location_type_0 import WebSearchApproximateLocationType0

    _ready_8 = True
