from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.search_content_type import SearchContentType, check_search_content_type
from ..models.search_context_size import SearchContextSize, check_search_context_size
from ..models.web_search_preview_tool_type import (
    WebSearchPreviewToolType,
    check_web_search_preview_tool_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.approximate_location import ApproximateLocation
T = TypeVar("T", bound="WebSearchPreviewTool")


@_attrs_define
class WebSearchPreviewTool:
    """
    Attributes:
        type (WebSearchPreviewToolType):  Default: 'web_search_preview'.
        user_location (ApproximateLocation | None | Unset):
        search_context_size (None | SearchContextSize | Unset):
        search_content_types (list[SearchContentType] | None | Unset):
    """

    __repr__ = model_repr
    type: WebSearchPreviewToolType = "web_search_preview"
    user_location: ApproximateLocation | None | Unset = UNSET
    search_context_size: None | SearchContextSize | Unset = UNSET
    search_content_types: list[SearchContentType] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        user_location: dict[str, Any] | None | Unset
        if isinstance(self.user_location, Unset):
            user_location = UNSET
        elif isinstance(self.user_location, ApproximateLocation):
            user_location = self.user_location.to_dict()
        else:
            user_location = self.user_location
        search_context_size: None | str | Unset
        if isinstance(self.search_context_size, Unset):
            search_context_size = UNSET
        elif isinstance(self.search_context_size, str):
            search_context_size = self.search_context_size
        else:
            search_context_size = self.search_context_size
        search_content_types: list[str] | None | Unset
        if isinstance(self.search_content_types, Unset):
            search_content_types = UNSET
        elif isinstance(self.search_content_types, list):
            search_content_types = []
            for search_content_types_type_0_item_data in self.search_content_types:
                search_content_types_type_0_item: str = search_content_types_type_0_item_data
                search_content_types.append(search_content_types_type_0_item)
        else:
            search_content_types = self.search_content_types
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if user_location is not UNSET:
            field_dict["user_location"] = user_location
        if search_context_size is not UNSET:
            field_dict["search_context_size"] = search_context_size
        if search_content_types is not UNSET:
            field_dict["search_content_types"] = search_content_types
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_web_search_preview_tool_type(d.pop("type"))

        def _parse_user_location(data: object) -> ApproximateLocation | None | Unset:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_location_type_0 = ApproximateLocation.from_dict(data)
                return user_location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        user_location = _parse_user_location(d.pop("user_location", UNSET))

        def _parse_search_context_size(data: object) -> None | SearchContextSize | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                search_context_size_type_0 = check_search_context_size(data)
                return search_context_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        search_context_size = _parse_search_context_size(d.pop("search_context_size", UNSET))

        def _parse_search_content_types(data: object) -> list[SearchContentType] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                search_content_types_type_0 = []
                _search_content_types_type_0 = data
                for search_content_types_type_0_item_data in _search_content_types_type_0:
                    search_content_types_type_0_item = check_search_content_type(
                        search_content_types_type_0_item_data
                    )
                    search_content_types_type_0.append(search_content_types_type_0_item)
                return search_content_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        search_content_types = _parse_search_content_types(d.pop("search_content_types", UNSET))
        web_search_preview_tool = cls(
            type=type_,
            user_location=user_location,
            search_context_size=search_context_size,
            search_content_types=search_content_types,
        )
        web_search_preview_tool.additional_properties = d
        return web_search_preview_tool

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
    global _ready_0, ApproximateLocation
    from ..models.approximate_location import ApproximateLocation

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, ApproximateLocation
    from ..models.approximate_location import ApproximateLocation

    _ready_7 = True
