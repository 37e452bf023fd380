from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.response_image_gen_call_partial_image_event_type import (
    ResponseImageGenCallPartialImageEventType,
    check_response_image_gen_call_partial_image_event_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseImageGenCallPartialImageEvent")


@_attrs_define
class ResponseImageGenCallPartialImageEvent:
    """
    Attributes:
        type (ResponseImageGenCallPartialImageEventType):
        output_index (int | Unset):
        item_id (str | Unset):
        sequence_number (int | Unset):
        partial_image_index (int | Unset):
        partial_image_b64 (str | Unset):
        size (str | Unset):
        quality (str | Unset):
        background (str | Unset):
        output_format (str | Unset):
    """

    __repr__ = model_repr
    type: ResponseImageGenCallPartialImageEventType
    output_index: int | Unset = UNSET
    item_id: str | Unset = UNSET
    sequence_number: int | Unset = UNSET
    partial_image_index: int | Unset = UNSET
    partial_image_b64: str | Unset = UNSET
    size: str | Unset = UNSET
    quality: str | Unset = UNSET
    background: str | Unset = UNSET
    output_format: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        output_index = self.output_index
        item_id = self.item_id
        sequence_number = self.sequence_number
        partial_image_index = self.partial_image_index
        partial_image_b64 = self.partial_image_b64
        size = self.size
        quality = self.quality
        background = self.background
        output_format = self.output_format
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if partial_image_index is not UNSET:
            field_dict["partial_image_index"] = partial_image_index
        if partial_image_b64 is not UNSET:
            field_dict["partial_image_b64"] = partial_image_b64
        if size is not UNSET:
            field_dict["size"] = size
        if quality is not UNSET:
            field_dict["quality"] = quality
        if background is not UNSET:
            field_dict["background"] = background
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_response_image_gen_call_partial_image_event_type(d.pop("type"))
        output_index = d.pop("output_index", UNSET)
        item_id = d.pop("item_id", UNSET)
        sequence_number = d.pop("sequence_number", UNSET)
        partial_image_index = d.pop("partial_image_index", UNSET)
        partial_image_b64 = d.pop("partial_image_b64", UNSET)
        size = d.pop("size", UNSET)
        quality = d.pop("quality", UNSET)
        background = d.pop("background", UNSET)
        output_format = d.pop("output_format", UNSET)
        response_image_gen_call_partial_image_event = cls(
            type=type_,
            output_index=output_index,
            item_id=item_id,
            sequence_number=sequence_number,
            partial_image_index=partial_image_index,
            partial_image_b64=partial_image_b64,
            size=size,
            quality=quality,
            background=background,
            output_format=output_format,
        )
        response_image_gen_call_partial_image_event.additional_properties = d
        return response_image_gen_call_partial_image_event

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
