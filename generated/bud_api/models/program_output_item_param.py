from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.program_output_item_param_type import (
    ProgramOutputItemParamType,
    check_program_output_item_param_type,
)
from ..models.program_output_item_status import (
    ProgramOutputItemStatus,
    check_program_output_item_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramOutputItemParam")


@_attrs_define
class ProgramOutputItemParam:
    """
    Attributes:
        type (ProgramOutputItemParamType):  Default: 'program_output'.
        id (str | Unset):
        call_id (str | Unset):
        result (str | Unset):
        status (None | ProgramOutputItemStatus | Unset):
    """

    __repr__ = model_repr
    type: ProgramOutputItemParamType = "program_output"
    id: str | Unset = UNSET
    call_id: str | Unset = UNSET
    result: str | Unset = UNSET
    status: None | ProgramOutputItemStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        id = self.id
        call_id = self.call_id
        result = self.result
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if id is not UNSET:
            field_dict["id"] = id
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if result is not UNSET:
            field_dict["result"] = result
        if status is not UNSET:
            field_dict["status"] = status
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_program_output_item_param_type(d.pop("type"))
        id = d.pop("id", UNSET)
        call_id = d.pop("call_id", UNSET)
        result = d.pop("result", UNSET)

        def _parse_status(data: object) -> None | ProgramOutputItemStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_program_output_item_status(data)
                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        status = _parse_status(d.pop("status", UNSET))
        program_output_item_param = cls(
            type=type_, id=id, call_id=call_id, result=result, status=status
        )
        program_output_item_param.additional_properties = d
        return program_output_item_param

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
