from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.local_shell_tool_call_output_status_type_0 import (
    LocalShellToolCallOutputStatusType0,
    check_local_shell_tool_call_output_status_type_0,
)
from ..models.local_shell_tool_call_output_type import (
    LocalShellToolCallOutputType,
    check_local_shell_tool_call_output_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="LocalShellToolCallOutput")


@_attrs_define
class LocalShellToolCallOutput:
    """
    Attributes:
        type (LocalShellToolCallOutputType):
        id (str | Unset):
        output (str | Unset):
        status (LocalShellToolCallOutputStatusType0 | None | Unset):
    """

    __repr__ = model_repr
    type: LocalShellToolCallOutputType
    id: str | Unset = UNSET
    output: str | Unset = UNSET
    status: LocalShellToolCallOutputStatusType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        id = self.id
        output = self.output
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
        if output is not UNSET:
            field_dict["output"] = output
        if status is not UNSET:
            field_dict["status"] = status
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_local_shell_tool_call_output_type(d.pop("type"))
        id = d.pop("id", UNSET)
        output = d.pop("output", UNSET)

        def _parse_status(data: object) -> LocalShellToolCallOutputStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_local_shell_tool_call_output_status_type_0(data)
                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        status = _parse_status(d.pop("status", UNSET))
        local_shell_tool_call_output = cls(type=type_, id=id, output=output, status=status)
        local_shell_tool_call_output.additional_properties = d
        return local_shell_tool_call_output

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
