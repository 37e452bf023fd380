from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_search_action_search_type import (
    WebSearchActionSearchType,
    check_web_search_action_search_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_search_action_search_sources_item import WebSearchActionSearchSourcesItem


T = TypeVar("T", bound="WebSearchActionSearch")


@_attrs_define
class WebSearchActionSearch:
    """
    Attributes:
        type (WebSearchActionSearchType):
        query (str | Unset):
        queries (list[str] | Unset):
        sources (list[WebSearchActionSearchSourcesItem] | Unset):
    """

    type: WebSearchActionSearchType
    query: str | Unset = UNSET
    queries: list[str] | Unset = UNSET
    sources: list[WebSearchActionSearchSourcesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type

        query = self.query

        queries: list[str] | Unset = UNSET
        if not isinstance(self.queries, Unset):
            queries = self.queries

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if query is not UNSET:
            field_dict["query"] = query
        if queries is not UNSET:
            field_dict["queries"] = queries
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.web_search_action_search_sources_item import WebSearchActionSearchSourcesItem  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_web_search_action_search_type(d.pop("type"))

        query = d.pop("query", UNSET)

        queries = cast(list[str], d.pop("queries", UNSET))

        _sources = d.pop("sources", UNSET)
        sources: list[WebSearchActionSearchSourcesItem] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = WebSearchActionSearchSourcesItem.from_dict(sources_item_data)

                sources.append(sources_item)

        web_search_action_search = cls(
            type=type_,
            query=query,
            queries=queries,
            sources=sources,
        )

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
