from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.response_done_event_type import ResponseDoneEventType, check_response_done_event_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_object import ResponseObject
T = TypeVar("T", bound="ResponseDoneEvent")


@_attrs_define
class ResponseDoneEvent:
    """
    Attributes:
        type (ResponseDoneEventType):
        response (None | ResponseObject | Unset):
        sequence_number (int | Unset):
    """

    __repr__ = model_repr
    type: ResponseDoneEventType
    response: None | ResponseObject | Unset = UNSET
    sequence_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        response: dict[str, Any] | None | Unset
        if isinstance(self.response, Unset):
            response = UNSET
        elif isinstance(self.response, ResponseObject):
            response = self.response.to_dict()
        else:
            response = self.response
        sequence_number = self.sequence_number
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if response is not UNSET:
            field_dict["response"] = response
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_response_done_event_type(d.pop("type"))

        def _parse_response(data: object) -> None | ResponseObject | Unset:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_type_0 = ResponseObject.from_dict(data)
                return response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        response = _parse_response(d.pop("response", UNSET))
        sequence_number = d.pop("sequence_number", UNSET)
        response_done_event = cls(type=type_, response=response, sequence_number=sequence_number)
        response_done_event.additional_properties = d
        return response_done_event

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
    global _ready_0, ResponseObject
    from ..models.response_object import ResponseObject

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, ResponseObject
    from ..models.response_object import ResponseObject

    _ready_7 = True
