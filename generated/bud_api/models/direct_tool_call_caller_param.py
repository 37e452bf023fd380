from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.direct_tool_call_caller_param_type import (
    DirectToolCallCallerParamType,
    check_direct_tool_call_caller_param_type,
)

T = TypeVar("T", bound="DirectToolCallCallerParam")


@_attrs_define
class DirectToolCallCallerParam:
    """
    Attributes:
        type (DirectToolCallCallerParamType):  Default: 'direct'.
    """

    __repr__ = model_repr
    type: DirectToolCallCallerParamType = "direct"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_direct_tool_call_caller_param_type(d.pop("type"))
        direct_tool_call_caller_param = cls(type=type_)
        direct_tool_call_caller_param.additional_properties = d
        return direct_tool_call_caller_param

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
