from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.response_reasoning_summary_part_added_event_type import (
    ResponseReasoningSummaryPartAddedEventType,
    check_response_reasoning_summary_part_added_event_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_reasoning_summary_part_added_event_part_type_0 import (
        ResponseReasoningSummaryPartAddedEventPartType0,
    )
T = TypeVar("T", bound="ResponseReasoningSummaryPartAddedEvent")


@_attrs_define
class ResponseReasoningSummaryPartAddedEvent:
    """
    Attributes:
        type (ResponseReasoningSummaryPartAddedEventType):
        item_id (str | Unset):
        output_index (int | Unset):
        summary_index (int | Unset):
        sequence_number (int | Unset):
        part (None | ResponseReasoningSummaryPartAddedEventPartType0 | Unset):
    """

    __repr__ = model_repr
    type: ResponseReasoningSummaryPartAddedEventType
    item_id: str | Unset = UNSET
    output_index: int | Unset = UNSET
    summary_index: int | Unset = UNSET
    sequence_number: int | Unset = UNSET
    part: None | ResponseReasoningSummaryPartAddedEventPartType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        item_id = self.item_id
        output_index = self.output_index
        summary_index = self.summary_index
        sequence_number = self.sequence_number
        part: dict[str, Any] | None | Unset
        if isinstance(self.part, Unset):
            part = UNSET
        elif isinstance(self.part, ResponseReasoningSummaryPartAddedEventPartType0):
            part = self.part.to_dict()
        else:
            part = self.part
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if summary_index is not UNSET:
            field_dict["summary_index"] = summary_index
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if part is not UNSET:
            field_dict["part"] = part
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_response_reasoning_summary_part_added_event_type(d.pop("type"))
        item_id = d.pop("item_id", UNSET)
        output_index = d.pop("output_index", UNSET)
        summary_index = d.pop("summary_index", UNSET)
        sequence_number = d.pop("sequence_number", UNSET)

        def _parse_part(
            data: object,
        ) -> None | ResponseReasoningSummaryPartAddedEventPartType0 | Unset:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                part_type_0 = ResponseReasoningSummaryPartAddedEventPartType0.from_dict(data)
                return part_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        part = _parse_part(d.pop("part", UNSET))
        response_reasoning_summary_part_added_event = cls(
            type=type_,
            item_id=item_id,
            output_index=output_index,
            summary_index=summary_index,
            sequence_number=sequence_number,
            part=part,
        )
        response_reasoning_summary_part_added_event.additional_properties = d
        return response_reasoning_summary_part_added_event

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
    global _ready_0, ResponseReasoningSummaryPartAddedEventPartType0
    from ..models.response_reasoning_summary_part_added_event_part_type_0 import (
        ResponseReasoningSummaryPartAddedEventPartType0,
    )

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, ResponseReasoningSummaryPartAddedEventPartType0
    from ..models.response_reasoning_summary_part_added_event_part_type_0 import (
        ResponseReasoningSummaryPartAddedEventPartType0,
    )

    _ready_7 = True
