from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.chat_completion_moderation_error_type import (
    ChatCompletionModerationErrorType,
    check_chat_completion_moderation_error_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionModerationError")


@_attrs_define
class ChatCompletionModerationError:
    """
    Attributes:
        type (ChatCompletionModerationErrorType):
        code (str | Unset):
        message (str | Unset):
    """

    __repr__ = model_repr
    type: ChatCompletionModerationErrorType
    code: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        code = self.code
        message = self.message
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_chat_completion_moderation_error_type(d.pop("type"))
        code = d.pop("code", UNSET)
        message = d.pop("message", UNSET)
        chat_completion_moderation_error = cls(type=type_, code=code, message=message)
        chat_completion_moderation_error.additional_properties = d
        return chat_completion_moderation_error

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
