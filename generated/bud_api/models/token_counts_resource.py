from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.token_counts_resource_object import (
    TokenCountsResourceObject,
    check_token_counts_resource_object,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenCountsResource")


@_attrs_define
class TokenCountsResource:
    """
    Attributes:
        object (TokenCountsResourceObject | Unset):  Default: 'response.input_tokens'.
        input_tokens (int | Unset):
    """

    __repr__ = model_repr
    object: TokenCountsResourceObject | Unset = "response.input_tokens"
    input_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_: str | Unset = UNSET
        if not isinstance(self.object, Unset):
            object_ = self.object
        input_tokens = self.input_tokens
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _object_ = d.pop("object", UNSET)
        object_: TokenCountsResourceObject | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = check_token_counts_resource_object(_object_)
        input_tokens = d.pop("input_tokens", UNSET)
        token_counts_resource = cls(object=object_, input_tokens=input_tokens)
        token_counts_resource.additional_properties = d
        return token_counts_resource

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
