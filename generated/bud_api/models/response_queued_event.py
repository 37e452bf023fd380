from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_queued_event_type import (
    ResponseQueuedEventType,
    check_response_queued_event_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_object import ResponseObject


T = TypeVar("T", bound="ResponseQueuedEvent")


@_attrs_define
class ResponseQueuedEvent:
    """
    Attributes:
        type (ResponseQueuedEventType):
        response (ResponseObject | Unset):
        sequence_number (int | Unset):
    """

    type: ResponseQueuedEventType
    response: ResponseObject | Unset = UNSET
    sequence_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type

        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        sequence_number = self.sequence_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if response is not UNSET:
            field_dict["response"] = response
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_object import ResponseObject  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_response_queued_event_type(d.pop("type"))

        _response = d.pop("response", UNSET)
        response: ResponseObject | Unset
        if isinstance(_response, Unset):
            response = UNSET
        else:
            response = ResponseObject.from_dict(_response)

        sequence_number = d.pop("sequence_number", UNSET)

        response_queued_event = cls(
            type=type_,
            response=response,
            sequence_number=sequence_number,
        )

        response_queued_event.additional_properties = d
        return response_queued_event

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
