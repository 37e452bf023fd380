from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.response_error_code import ResponseErrorCode, check_response_error_code
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseErrorType0")


@_attrs_define
class ResponseErrorType0:
    """
    Attributes:
        code (None | ResponseErrorCode | Unset):
        message (str | Unset):
    """

    __repr__ = model_repr
    code: None | ResponseErrorCode | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        elif isinstance(self.code, str):
            code = self.code
        else:
            code = self.code
        message = self.message
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_code(data: object) -> None | ResponseErrorCode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                code_type_0 = check_response_error_code(data)
                return code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        code = _parse_code(d.pop("code", UNSET))
        message = d.pop("message", UNSET)
        response_error_type_0 = cls(code=code, message=message)
        response_error_type_0.additional_properties = d
        return response_error_type_0

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
