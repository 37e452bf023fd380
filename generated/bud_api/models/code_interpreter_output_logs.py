from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.code_interpreter_output_logs_type import (
    CodeInterpreterOutputLogsType,
    check_code_interpreter_output_logs_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CodeInterpreterOutputLogs")


@_attrs_define
class CodeInterpreterOutputLogs:
    """
    Attributes:
        type (CodeInterpreterOutputLogsType):  Default: 'logs'.
        logs (str | Unset):
    """

    __repr__ = model_repr
    type: CodeInterpreterOutputLogsType = "logs"
    logs: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        logs = self.logs
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if logs is not UNSET:
            field_dict["logs"] = logs
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_code_interpreter_output_logs_type(d.pop("type"))
        logs = d.pop("logs", UNSET)
        code_interpreter_output_logs = cls(type=type_, logs=logs)
        code_interpreter_output_logs.additional_properties = d
        return code_interpreter_output_logs

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
