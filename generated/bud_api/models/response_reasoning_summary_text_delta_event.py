from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.response_reasoning_summary_text_delta_event_type import (
    ResponseReasoningSummaryTextDeltaEventType,
    check_response_reasoning_summary_text_delta_event_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseReasoningSummaryTextDeltaEvent")


@_attrs_define
class ResponseReasoningSummaryTextDeltaEvent:
    """
    Attributes:
        type (ResponseReasoningSummaryTextDeltaEventType):
        item_id (str | Unset):
        output_index (int | Unset):
        summary_index (int | Unset):
        delta (str | Unset):
        sequence_number (int | Unset):
    """

    __repr__ = model_repr
    type: ResponseReasoningSummaryTextDeltaEventType
    item_id: str | Unset = UNSET
    output_index: int | Unset = UNSET
    summary_index: int | Unset = UNSET
    delta: str | Unset = UNSET
    sequence_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        item_id = self.item_id
        output_index = self.output_index
        summary_index = self.summary_index
        delta = self.delta
        sequence_number = self.sequence_number
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if summary_index is not UNSET:
            field_dict["summary_index"] = summary_index
        if delta is not UNSET:
            field_dict["delta"] = delta
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_response_reasoning_summary_text_delta_event_type(d.pop("type"))
        item_id = d.pop("item_id", UNSET)
        output_index = d.pop("output_index", UNSET)
        summary_index = d.pop("summary_index", UNSET)
        delta = d.pop("delta", UNSET)
        sequence_number = d.pop("sequence_number", UNSET)
        response_reasoning_summary_text_delta_event = cls(
            type=type_,
            item_id=item_id,
            output_index=output_index,
            summary_index=summary_index,
            delta=delta,
            sequence_number=sequence_number,
        )
        response_reasoning_summary_text_delta_event.additional_properties = d
        return response_reasoning_summary_text_delta_event

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
