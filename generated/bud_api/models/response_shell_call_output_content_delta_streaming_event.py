from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.response_shell_call_output_content_delta_streaming_event_type import (
    ResponseShellCallOutputContentDeltaStreamingEventType,
    check_response_shell_call_output_content_delta_streaming_event_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shell_call_output_delta import ShellCallOutputDelta
T = TypeVar("T", bound="ResponseShellCallOutputContentDeltaStreamingEvent")


@_attrs_define
class ResponseShellCallOutputContentDeltaStreamingEvent:
    """
    Attributes:
        type (ResponseShellCallOutputContentDeltaStreamingEventType):  Default:
            'response.shell_call_output_content.delta'.
        sequence_number (int | Unset):
        item_id (str | Unset):
        output_index (int | Unset):
        command_index (int | Unset):
        delta (None | ShellCallOutputDelta | Unset):
    """

    __repr__ = model_repr
    type: ResponseShellCallOutputContentDeltaStreamingEventType = (
        "response.shell_call_output_content.delta"
    )
    sequence_number: int | Unset = UNSET
    item_id: str | Unset = UNSET
    output_index: int | Unset = UNSET
    command_index: int | Unset = UNSET
    delta: None | ShellCallOutputDelta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        sequence_number = self.sequence_number
        item_id = self.item_id
        output_index = self.output_index
        command_index = self.command_index
        delta: dict[str, Any] | None | Unset
        if isinstance(self.delta, Unset):
            delta = UNSET
        elif isinstance(self.delta, ShellCallOutputDelta):
            delta = self.delta.to_dict()
        else:
            delta = self.delta
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
        if delta is not UNSET:
            field_dict["delta"] = delta
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_response_shell_call_output_content_delta_streaming_event_type(d.pop("type"))
        sequence_number = d.pop("sequence_number", UNSET)
        item_id = d.pop("item_id", UNSET)
        output_index = d.pop("output_index", UNSET)
        command_index = d.pop("command_index", UNSET)

        def _parse_delta(data: object) -> None | ShellCallOutputDelta | Unset:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delta_type_0 = ShellCallOutputDelta.from_dict(data)
                return delta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        delta = _parse_delta(d.pop("delta", UNSET))
        response_shell_call_output_content_delta_streaming_event = cls(
            type=type_,
            sequence_number=sequence_number,
            item_id=item_id,
            output_index=output_index,
            command_index=command_index,
            delta=delta,
        )
        response_shell_call_output_content_delta_streaming_event.additional_properties = d
        return response_shell_call_output_content_delta_streaming_event

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


_ready_0 = False


def _prepare_0() -> None:
    global _ready_0, ShellCallOutputDelta
    from ..models.shell_call_output_delta import ShellCallOutputDelta

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, ShellCallOutputDelta
    from ..models.shell_call_output_delta import ShellCallOutputDelta

    _ready_7 = True
