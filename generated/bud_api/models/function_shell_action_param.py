from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="FunctionShellActionParam")


@_attrs_define
class FunctionShellActionParam:
    """
    Attributes:
        commands (list[str] | None | Unset):
        timeout_ms (int | None | Unset):
        max_output_length (int | None | Unset):
    """

    __repr__ = model_repr
    commands: list[str] | None | Unset = UNSET
    timeout_ms: int | None | Unset = UNSET
    max_output_length: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commands: list[str] | None | Unset
        if isinstance(self.commands, Unset):
            commands = UNSET
        elif isinstance(self.commands, list):
            commands = self.commands
        else:
            commands = self.commands
        timeout_ms: int | None | Unset
        if isinstance(self.timeout_ms, Unset):
            timeout_ms = UNSET
        else:
            timeout_ms = self.timeout_ms
        max_output_length: int | None | Unset
        if isinstance(self.max_output_length, Unset):
            max_output_length = UNSET
        else:
            max_output_length = self.max_output_length
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if commands is not UNSET:
            field_dict["commands"] = commands
        if timeout_ms is not UNSET:
            field_dict["timeout_ms"] = timeout_ms
        if max_output_length is not UNSET:
            field_dict["max_output_length"] = max_output_length
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_commands(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                commands_type_0 = data
                return commands_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        commands = _parse_commands(d.pop("commands", UNSET))

        def _parse_timeout_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        timeout_ms = _parse_timeout_ms(d.pop("timeout_ms", UNSET))

        def _parse_max_output_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        max_output_length = _parse_max_output_length(d.pop("max_output_length", UNSET))
        function_shell_action_param = cls(
            commands=commands, timeout_ms=timeout_ms, max_output_length=max_output_length
        )
        function_shell_action_param.additional_properties = d
        return function_shell_action_param

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
