from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.program_tool_call_caller_type import (
    ProgramToolCallCallerType,
    check_program_tool_call_caller_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramToolCallCaller")


@_attrs_define
class ProgramToolCallCaller:
    """
    Attributes:
        type (ProgramToolCallCallerType):  Default: 'program'.
        caller_id (str | Unset):
    """

    __repr__ = model_repr
    type: ProgramToolCallCallerType = "program"
    caller_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        caller_id = self.caller_id
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if caller_id is not UNSET:
            field_dict["caller_id"] = caller_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_program_tool_call_caller_type(d.pop("type"))
        caller_id = d.pop("caller_id", UNSET)
        program_tool_call_caller = cls(type=type_, caller_id=caller_id)
        program_tool_call_caller.additional_properties = d
        return program_tool_call_caller

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
