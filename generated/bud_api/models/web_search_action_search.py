from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.web_search_action_search_type import (
    WebSearchActionSearchType,
    check_web_search_action_search_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_search_action_search_sources_type_0_item import (
        WebSearchActionSearchSourcesType0Item,
    )
T = TypeVar("T", bound="WebSearchActionSearch")


@_attrs_define
class WebSearchActionSearch:
    """
    Attributes:
        type (WebSearchActionSearchType):
        query (str | Unset):
        queries (list[str] | None | Unset):
        sources (list[WebSearchActionSearchSourcesType0Item] | None | Unset):
    """

    __repr__ = model_repr
    type: WebSearchActionSearchType
    query: str | Unset = UNSET
    queries: list[str] | None | Unset = UNSET
    sources: list[WebSearchActionSearchSourcesType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        query = self.query
        queries: list[str] | None | Unset
        if isinstance(self.queries, Unset):
            queries = UNSET
        elif isinstance(self.queries, list):
            queries = self.queries
        else:
            queries = self.queries
        sources: list[dict[str, Any]] | None | Unset
        if isinstance(self.sources, Unset):
            sources = UNSET
        elif isinstance(self.sources, list):
            sources = []
            for sources_type_0_item_data in self.sources:
                sources_type_0_item = sources_type_0_item_data.to_dict()
                sources.append(sources_type_0_item)
        else:
            sources = self.sources
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if query is not UNSET:
            field_dict["query"] = query
        if queries is not UNSET:
            field_dict["queries"] = queries
        if sources is not UNSET:
            field_dict["sources"] = sources
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_web_search_action_search_type(d.pop("type"))
        query = d.pop("query", UNSET)

        def _parse_queries(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                queries_type_0 = data
                return queries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        queries = _parse_queries(d.pop("queries", UNSET))

        def _parse_sources(
            data: object,
        ) -> list[WebSearchActionSearchSourcesType0Item] | None | Unset:
            if not _ready_8:
                _prepare_8()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sources_type_0 = []
                _sources_type_0 = data
                for sources_type_0_item_data in _sources_type_0:
                    sources_type_0_item = WebSearchActionSearchSourcesType0Item.from_dict(
                        sources_type_0_item_data
                    )
                    sources_type_0.append(sources_type_0_item)
                return sources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        sources = _parse_sources(d.pop("sources", UNSET))
        web_search_action_search = cls(type=type_, query=query, queries=queries, sources=sources)
        web_search_action_search.additional_properties = d
        return web_search_action_search

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


_ready_8 = False


def _prepare_8() -> None:
    global _ready_8, WebSearchActionSearchSourcesType0Item
    from ..models.web_search_action_search_sources_type_0_item import (
        WebSearchActionSearchSourcesType0Item,
    )

    _ready_8 = True
