from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.chat_completion_named_tool_choice_custom_type import (
    ChatCompletionNamedToolChoiceCustomType,
    check_chat_completion_named_tool_choice_custom_type,
)

if TYPE_CHECKING:
    from ..models.chat_completion_named_tool_choice_custom_custom import (
        ChatCompletionNamedToolChoiceCustomCustom,
    )
T = TypeVar("T", bound="ChatCompletionNamedToolChoiceCustom")


@_attrs_define
class ChatCompletionNamedToolChoiceCustom:
    """
    Attributes:
        type (ChatCompletionNamedToolChoiceCustomType):
        custom (ChatCompletionNamedToolChoiceCustomCustom):
    """

    __repr__ = model_repr
    type: ChatCompletionNamedToolChoiceCustomType
    custom: ChatCompletionNamedToolChoiceCustomCustom
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        custom = self.custom.to_dict()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_, "custom": custom})
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _ready_1:
            _prepare_1()
        d = dict(src_dict)
        type_ = check_chat_completion_named_tool_choice_custom_type(d.pop("type"))
        custom = ChatCompletionNamedToolChoiceCustomCustom.from_dict(d.pop("custom"))
        chat_completion_named_tool_choice_custom = cls(type=type_, custom=custom)
        chat_completion_named_tool_choice_custom.additional_properties = d
        return chat_completion_named_tool_choice_custom

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


_ready_1 = False


def _prepare_1() -> None:
    global _ready_1, ChatCompletionNamedToolChoiceCustomCustom
    from ..models.chat_completion_named_tool_choice_custom_custom import (
        ChatCompletionNamedToolChoiceCustomCustom,
    )

    _ready_1 = True
