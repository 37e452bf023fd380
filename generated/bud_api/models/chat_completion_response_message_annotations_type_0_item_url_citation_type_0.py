from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionResponseMessageAnnotationsType0ItemUrlCitationType0")


@_attrs_define
class ChatCompletionResponseMessageAnnotationsType0ItemUrlCitationType0:
    """
    Attributes:
        end_index (int | Unset):
        start_index (int | Unset):
        url (str | Unset):
        title (str | Unset):
    """

    __repr__ = model_repr
    end_index: int | Unset = UNSET
    start_index: int | Unset = UNSET
    url: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_index = self.end_index
        start_index = self.start_index
        url = self.url
        title = self.title
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_index is not UNSET:
            field_dict["end_index"] = end_index
        if start_index is not UNSET:
            field_dict["start_index"] = start_index
        if url is not UNSET:
            field_dict["url"] = url
        if title is not UNSET:
            field_dict["title"] = title
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end_index = d.pop("end_index", UNSET)
        start_index = d.pop("start_index", UNSET)
        url = d.pop("url", UNSET)
        title = d.pop("title", UNSET)
        chat_completion_response_message_annotations_type_0_item_url_citation_type_0 = cls(
            end_index=end_index, start_index=start_index, url=url, title=title
        )
        chat_completion_response_message_annotations_type_0_item_url_citation_type_0.additional_properties = d
        return chat_completion_response_message_annotations_type_0_item_url_citation_type_0

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
