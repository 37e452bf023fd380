from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.tool_choice_function_type import (
    ToolChoiceFunctionType,
    check_tool_choice_function_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolChoiceFunction")


@_attrs_define
class ToolChoiceFunction:
    """
    Attributes:
        type (ToolChoiceFunctionType):
        name (str | Unset):
    """

    __repr__ = model_repr
    type: ToolChoiceFunctionType
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        name = self.name
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if name is not UNSET:
            field_dict["name"] = name
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_tool_choice_function_type(d.pop("type"))
        name = d.pop("name", UNSET)
        tool_choice_function = cls(type=type_, name=name)
        tool_choice_function.additional_properties = d
        return tool_choice_function

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
