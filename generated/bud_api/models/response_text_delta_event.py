from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.response_text_delta_event_type import (
    ResponseTextDeltaEventType,
    check_response_text_delta_event_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_log_prob import ResponseLogProb
T = TypeVar("T", bound="ResponseTextDeltaEvent")


@_attrs_define
class ResponseTextDeltaEvent:
    """
    Attributes:
        type (ResponseTextDeltaEventType):
        item_id (str | Unset):
        output_index (int | Unset):
        content_index (int | Unset):
        delta (str | Unset):
        sequence_number (int | Unset):
        logprobs (list[ResponseLogProb] | None | Unset):
    """

    __repr__ = model_repr
    type: ResponseTextDeltaEventType
    item_id: str | Unset = UNSET
    output_index: int | Unset = UNSET
    content_index: int | Unset = UNSET
    delta: str | Unset = UNSET
    sequence_number: int | Unset = UNSET
    logprobs: list[ResponseLogProb] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        item_id = self.item_id
        output_index = self.output_index
        content_index = self.content_index
        delta = self.delta
        sequence_number = self.sequence_number
        logprobs: list[dict[str, Any]] | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        elif isinstance(self.logprobs, list):
            logprobs = []
            for logprobs_type_0_item_data in self.logprobs:
                logprobs_type_0_item = logprobs_type_0_item_data.to_dict()
                logprobs.append(logprobs_type_0_item)
        else:
            logprobs = self.logprobs
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if content_index is not UNSET:
            field_dict["content_index"] = content_index
        if delta is not UNSET:
            field_dict["delta"] = delta
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_response_text_delta_event_type(d.pop("type"))
        item_id = d.pop("item_id", UNSET)
        output_index = d.pop("output_index", UNSET)
        content_index = d.pop("content_index", UNSET)
        delta = d.pop("delta", UNSET)
        sequence_number = d.pop("sequence_number", UNSET)

        def _parse_logprobs(data: object) -> list[ResponseLogProb] | None | Unset:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                logprobs_type_0 = []
                _logprobs_type_0 = data
                for logprobs_type_0_item_data in _logprobs_type_0:
                    logprobs_type_0_item = ResponseLogProb.from_dict(logprobs_type_0_item_data)
                    logprobs_type_0.append(logprobs_type_0_item)
                return logprobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        logprobs = _parse_logprobs(d.pop("logprobs", UNSET))
        response_text_delta_event = cls(
            type=type_,
            item_id=item_id,
            output_index=output_index,
            content_index=content_index,
            delta=delta,
            sequence_number=sequence_number,
            logprobs=logprobs,
        )
        response_text_delta_event.additional_properties = d
        return response_text_delta_event

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
    global _ready_7, ResponseLogProb
    from ..models.response_log_prob import ResponseLogProb

    _ready_7 = True
