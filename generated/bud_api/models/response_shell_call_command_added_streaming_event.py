from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.response_shell_call_command_added_streaming_event_type import (
    ResponseShellCallCommandAddedStreamingEventType,
    check_response_shell_call_command_added_streaming_event_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseShellCallCommandAddedStreamingEvent")


@_attrs_define
class ResponseShellCallCommandAddedStreamingEvent:
    """
    Attributes:
        type (ResponseShellCallCommandAddedStreamingEventType):  Default: 'response.shell_call_command.added'.
        sequence_number (int | Unset):
        output_index (int | Unset):
        command_index (int | Unset):
        command (str | Unset):
    """

    __repr__ = model_repr
    type: ResponseShellCallCommandAddedStreamingEventType = "response.shell_call_command.added"
    sequence_number: int | Unset = UNSET
    output_index: int | Unset = UNSET
    command_index: int | Unset = UNSET
    command: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        sequence_number = self.sequence_number
        output_index = self.output_index
        command_index = self.command_index
        command = self.command
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if command_index is not UNSET:
            field_dict["command_index"] = command_index
        if command is not UNSET:
            field_dict["command"] = command
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_response_shell_call_command_added_streaming_event_type(d.pop("type"))
        sequence_number = d.pop("sequence_number", UNSET)
        output_index = d.pop("output_index", UNSET)
        command_index = d.pop("command_index", UNSET)
        command = d.pop("command", UNSET)
        response_shell_call_command_added_streaming_event = cls(
            type=type_,
            sequence_number=sequence_number,
            output_index=output_index,
            command_index=command_index,
            command=command,
        )
        response_shell_call_command_added_streaming_event.additional_properties = d
        return response_shell_call_command_added_streaming_event

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
