from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.chat_completion_request_function_message_role import (
    ChatCompletionRequestFunctionMessageRole,
    check_chat_completion_request_function_message_role,
)

T = TypeVar("T", bound="ChatCompletionRequestFunctionMessage")


@_attrs_define
class ChatCompletionRequestFunctionMessage:
    """
    Attributes:
        role (ChatCompletionRequestFunctionMessageRole):
        content (None | str):
        name (str):
    """

    __repr__ = model_repr
    role: ChatCompletionRequestFunctionMessageRole
    content: None | str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role
        content: None | str
        content = self.content
        name = self.name
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"role": role, "content": content, "name": name})
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = check_chat_completion_request_function_message_role(d.pop("role"))

        def _parse_content(data: object) -> None | str:
            if data is None:
                return data
            return data

        content = _parse_content(d.pop("content"))
        name = d.pop("name")
        chat_completion_request_function_message = cls(role=role, content=content, name=name)
        chat_completion_request_function_message.additional_properties = d
        return chat_completion_request_function_message

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
