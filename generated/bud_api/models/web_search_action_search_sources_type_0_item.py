from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.web_search_action_search_sources_type_0_item_type import (
    WebSearchActionSearchSourcesType0ItemType,
    check_web_search_action_search_sources_type_0_item_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebSearchActionSearchSourcesType0Item")


@_attrs_define
class WebSearchActionSearchSourcesType0Item:
    """
    Attributes:
        type (WebSearchActionSearchSourcesType0ItemType):
        url (str | Unset):
    """

    __repr__ = model_repr
    type: WebSearchActionSearchSourcesType0ItemType
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        url = self.url
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if url is not UNSET:
            field_dict["url"] = url
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_web_search_action_search_sources_type_0_item_type(d.pop("type"))
        url = d.pop("url", UNSET)
        web_search_action_search_sources_type_0_item = cls(type=type_, url=url)
        web_search_action_search_sources_type_0_item.additional_properties = d
        return web_search_action_search_sources_type_0_item

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
