from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="HybridSearchOptions")


@_attrs_define
class HybridSearchOptions:
    """
    Attributes:
        embedding_weight (float | Unset):
        text_weight (float | Unset):
    """

    __repr__ = model_repr
    embedding_weight: float | Unset = UNSET
    text_weight: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        embedding_weight = self.embedding_weight
        text_weight = self.text_weight
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if embedding_weight is not UNSET:
            field_dict["embedding_weight"] = embedding_weight
        if text_weight is not UNSET:
            field_dict["text_weight"] = text_weight
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        embedding_weight = d.pop("embedding_weight", UNSET)
        text_weight = d.pop("text_weight", UNSET)
        hybrid_search_options = cls(embedding_weight=embedding_weight, text_weight=text_weight)
        hybrid_search_options.additional_properties = d
        return hybrid_search_options

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
