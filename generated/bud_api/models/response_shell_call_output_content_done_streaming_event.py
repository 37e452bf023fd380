from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.response_shell_call_output_content_done_streaming_event_type import (
    ResponseShellCallOutputContentDoneStreamingEventType,
    check_response_shell_call_output_content_done_streaming_event_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.function_shell_call_output_content import FunctionShellCallOutputContent
T = TypeVar("T", bound="ResponseShellCallOutputContentDoneStreamingEvent")


@_attrs_define
class ResponseShellCallOutputContentDoneStreamingEvent:
    """
    Attributes:
        type (ResponseShellCallOutputContentDoneStreamingEventType):  Default:
            'response.shell_call_output_content.done'.
        sequence_number (int | Unset):
        item_id (str | Unset):
        output_index (int | Unset):
        command_index (int | Unset):
        output (list[FunctionShellCallOutputContent] | None | Unset):
    """

    __repr__ = model_repr
    type: ResponseShellCallOutputContentDoneStreamingEventType = (
        "response.shell_call_output_content.done"
    )
    sequence_number: int | Unset = UNSET
    item_id: str | Unset = UNSET
    output_index: int | Unset = UNSET
    command_index: int | Unset = UNSET
    output: list[FunctionShellCallOutputContent] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        sequence_number = self.sequence_number
        item_id = self.item_id
        output_index = self.output_index
        command_index = self.command_index
        output: list[dict[str, Any]] | None | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, list):
            output = []
            for output_type_0_item_data in self.output:
                output_type_0_item = output_type_0_item_data.to_dict()
                output.append(output_type_0_item)
        else:
            output = self.output
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if command_index is not UNSET:
            field_dict["command_index"] = command_index
        if output is not UNSET:
            field_dict["output"] = output
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_response_shell_call_output_content_done_streaming_event_type(d.pop("type"))
        sequence_number = d.pop("sequence_number", UNSET)
        item_id = d.pop("item_id", UNSET)
        output_index = d.pop("output_index", UNSET)
        command_index = d.pop("command_index", UNSET)

        def _parse_output(data: object) -> list[FunctionShellCallOutputContent] | None | Unset:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_type_0 = []
                _output_type_0 = data
                for output_type_0_item_data in _output_type_0:
                    output_type_0_item = FunctionShellCallOutputContent.from_dict(
                        output_type_0_item_data
                    )
                    output_type_0.append(output_type_0_item)
                return output_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        output = _parse_output(d.pop("output", UNSET))
        response_shell_call_output_content_done_streaming_event = cls(
            type=type_,
            sequence_number=sequence_number,
            item_id=item_id,
            output_index=output_index,
            command_index=command_index,
            output=output,
        )
        response_shell_call_output_content_done_streaming_event.additional_properties = d
        return response_shell_call_output_content_done_streaming_event

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


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, FunctionShellCallOutputContent
    from ..models.function_shell_call_output_content import FunctionShellCallOutputContent

    _ready_7 = True
