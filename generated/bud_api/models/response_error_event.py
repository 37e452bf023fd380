from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.response_error_event_type import (
    ResponseErrorEventType,
    check_response_error_event_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseErrorEvent")


@_attrs_define
class ResponseErrorEvent:
    """
    Attributes:
        type (ResponseErrorEventType):
        code (None | str | Unset):
        message (str | Unset):
        param (None | str | Unset):
        sequence_number (int | Unset):
    """

    __repr__ = model_repr
    type: ResponseErrorEventType
    code: None | str | Unset = UNSET
    message: str | Unset = UNSET
    param: None | str | Unset = UNSET
    sequence_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code
        message = self.message
        param: None | str | Unset
        if isinstance(self.param, Unset):
            param = UNSET
        else:
            param = self.param
        sequence_number = self.sequence_number
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if param is not UNSET:
            field_dict["param"] = param
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_response_error_event_type(d.pop("type"))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        code = _parse_code(d.pop("code", UNSET))
        message = d.pop("message", UNSET)

        def _parse_param(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        param = _parse_param(d.pop("param", UNSET))
        sequence_number = d.pop("sequence_number", UNSET)
        response_error_event = cls(
            type=type_, code=code, message=message, param=param, sequence_number=sequence_number
        )
        response_error_event.additional_properties = d
        return response_error_event

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
