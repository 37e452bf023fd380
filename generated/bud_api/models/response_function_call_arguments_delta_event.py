from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.response_function_call_arguments_delta_event_type import (
    ResponseFunctionCallArgumentsDeltaEventType,
    check_response_function_call_arguments_delta_event_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseFunctionCallArgumentsDeltaEvent")


@_attrs_define
class ResponseFunctionCallArgumentsDeltaEvent:
    """
    Attributes:
        type (ResponseFunctionCallArgumentsDeltaEventType):
        item_id (str | Unset):
        output_index (int | Unset):
        sequence_number (int | Unset):
        delta (str | Unset):
    """

    __repr__ = model_repr
    type: ResponseFunctionCallArgumentsDeltaEventType
    item_id: str | Unset = UNSET
    output_index: int | Unset = UNSET
    sequence_number: int | Unset = UNSET
    delta: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        item_id = self.item_id
        output_index = self.output_index
        sequence_number = self.sequence_number
        delta = self.delta
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if delta is not UNSET:
            field_dict["delta"] = delta
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_response_function_call_arguments_delta_event_type(d.pop("type"))
        item_id = d.pop("item_id", UNSET)
        output_index = d.pop("output_index", UNSET)
        sequence_number = d.pop("sequence_number", UNSET)
        delta = d.pop("delta", UNSET)
        response_function_call_arguments_delta_event = cls(
            type=type_,
            item_id=item_id,
            output_index=output_index,
            sequence_number=sequence_number,
            delta=delta,
        )
        response_function_call_arguments_delta_event.additional_properties = d
        return response_function_call_arguments_delta_event

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
