from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.program_item_param_type import ProgramItemParamType, check_program_item_param_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramItemParam")


@_attrs_define
class ProgramItemParam:
    """
    Attributes:
        type (ProgramItemParamType):  Default: 'program'.
        id (str | Unset):
        call_id (str | Unset):
        code (str | Unset):
        fingerprint (str | Unset):
    """

    __repr__ = model_repr
    type: ProgramItemParamType = "program"
    id: str | Unset = UNSET
    call_id: str | Unset = UNSET
    code: str | Unset = UNSET
    fingerprint: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        id = self.id
        call_id = self.call_id
        code = self.code
        fingerprint = self.fingerprint
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if id is not UNSET:
            field_dict["id"] = id
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if code is not UNSET:
            field_dict["code"] = code
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_program_item_param_type(d.pop("type"))
        id = d.pop("id", UNSET)
        call_id = d.pop("call_id", UNSET)
        code = d.pop("code", UNSET)
        fingerprint = d.pop("fingerprint", UNSET)
        program_item_param = cls(
            type=type_, id=id, call_id=call_id, code=code, fingerprint=fingerprint
        )
        program_item_param.additional_properties = d
        return program_item_param

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
