from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.summary_text_content_type import (
    SummaryTextContentType,
    check_summary_text_content_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SummaryTextContent")


@_attrs_define
class SummaryTextContent:
    """
    Attributes:
        type (SummaryTextContentType):  Default: 'summary_text'.
        text (str | Unset):
    """

    __repr__ = model_repr
    type: SummaryTextContentType = "summary_text"
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        text = self.text
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if text is not UNSET:
            field_dict["text"] = text
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_summary_text_content_type(d.pop("type"))
        text = d.pop("text", UNSET)
        summary_text_content = cls(type=type_, text=text)
        summary_text_content.additional_properties = d
        return summary_text_content

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
