from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.chat_completion_allowed_tools_choice_type import (
    ChatCompletionAllowedToolsChoiceType,
    check_chat_completion_allowed_tools_choice_type,
)

if TYPE_CHECKING:
    from ..models.chat_completion_allowed_tools import ChatCompletionAllowedTools
T = TypeVar("T", bound="ChatCompletionAllowedToolsChoice")


@_attrs_define
class ChatCompletionAllowedToolsChoice:
    """
    Attributes:
        type (ChatCompletionAllowedToolsChoiceType):
        allowed_tools (ChatCompletionAllowedTools):
    """

    __repr__ = model_repr
    type: ChatCompletionAllowedToolsChoiceType
    allowed_tools: ChatCompletionAllowedTools
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        allowed_tools = self.allowed_tools.to_dict()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_, "allowed_tools": allowed_tools})
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _ready_1:
            _prepare_1()
        d = dict(src_dict)
        type_ = check_chat_completion_allowed_tools_choice_type(d.pop("type"))
        allowed_tools = ChatCompletionAllowedTools.from_dict(d.pop("allowed_tools"))
        chat_completion_allowed_tools_choice = cls(type=type_, allowed_tools=allowed_tools)
        chat_completion_allowed_tools_choice.additional_properties = d
        return chat_completion_allowed_tools_choice

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
    global _ready_1, ChatCompletionAllowedTools
    from ..models.chat_completion_allowed_tools import ChatCompletionAllowedTools

    _ready_1 = True
