from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.chat_completion_request_developer_message_role import (
    ChatCompletionRequestDeveloperMessageRole,
    check_chat_completion_request_developer_message_role,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )
T = TypeVar("T", bound="ChatCompletionRequestDeveloperMessage")


@_attrs_define
class ChatCompletionRequestDeveloperMessage:
    """
    Attributes:
        content (list[ChatCompletionRequestMessageContentPartText] | str):
        role (ChatCompletionRequestDeveloperMessageRole):
        name (str | Unset):
    """

    __repr__ = model_repr
    content: list[ChatCompletionRequestMessageContentPartText] | str
    role: ChatCompletionRequestDeveloperMessageRole
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item = content_type_1_item_data.to_dict()
                content.append(content_type_1_item)
        else:
            content = self.content
        role: str = self.role
        name = self.name
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"content": content, "role": role})
        if name is not UNSET:
            field_dict["name"] = name
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_content(data: object) -> list[ChatCompletionRequestMessageContentPartText] | str:
            if not _ready_7:
                _prepare_7()
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:
                    content_type_1_item = ChatCompletionRequestMessageContentPartText.from_dict(
                        content_type_1_item_data
                    )
                    content_type_1.append(content_type_1_item)
                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        content = _parse_content(d.pop("content"))
        role = check_chat_completion_request_developer_message_role(d.pop("role"))
        name = d.pop("name", UNSET)
        chat_completion_request_developer_message = cls(content=content, role=role, name=name)
        chat_completion_request_developer_message.additional_properties = d
        return chat_completion_request_developer_message

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
    global _ready_7, ChatCompletionRequestMessageContentPartText
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )

    _ready_7 = True
