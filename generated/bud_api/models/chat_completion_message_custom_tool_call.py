from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.chat_completion_message_custom_tool_call_type import (
    ChatCompletionMessageCustomToolCallType,
    check_chat_completion_message_custom_tool_call_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_message_custom_tool_call_custom_type_0 import (
        ChatCompletionMessageCustomToolCallCustomType0,
    )
T = TypeVar("T", bound="ChatCompletionMessageCustomToolCall")


@_attrs_define
class ChatCompletionMessageCustomToolCall:
    """
    Attributes:
        type (ChatCompletionMessageCustomToolCallType):
        id (str | Unset):
        custom (ChatCompletionMessageCustomToolCallCustomType0 | None | Unset):
    """

    __repr__ = model_repr
    type: ChatCompletionMessageCustomToolCallType
    id: str | Unset = UNSET
    custom: ChatCompletionMessageCustomToolCallCustomType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        id = self.id
        custom: dict[str, Any] | None | Unset
        if isinstance(self.custom, Unset):
            custom = UNSET
        elif isinstance(self.custom, ChatCompletionMessageCustomToolCallCustomType0):
            custom = self.custom.to_dict()
        else:
            custom = self.custom
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if id is not UNSET:
            field_dict["id"] = id
        if custom is not UNSET:
            field_dict["custom"] = custom
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_chat_completion_message_custom_tool_call_type(d.pop("type"))
        id = d.pop("id", UNSET)

        def _parse_custom(
            data: object,
        ) -> ChatCompletionMessageCustomToolCallCustomType0 | None | Unset:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_type_0 = ChatCompletionMessageCustomToolCallCustomType0.from_dict(data)
                return custom_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        custom = _parse_custom(d.pop("custom", UNSET))
        chat_completion_message_custom_tool_call = cls(type=type_, id=id, custom=custom)
        chat_completion_message_custom_tool_call.additional_properties = d
        return chat_completion_message_custom_tool_call

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
    global _ready_0, ChatCompletionMessageCustomToolCallCustomType0
    from ..models.chat_completion_message_custom_tool_call_custom_type_0 import (
        ChatCompletionMessageCustomToolCallCustomType0,
    )

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, ChatCompletionMessageCustomToolCallCustomType0
    from ..models.chat_completion_message_custom_tool_call_custom_type_0 import (
        ChatCompletionMessageCustomToolCallCustomType0,
    )

    _ready_7 = True
