from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.chat_completion_allowed_tools_mode import (
    ChatCompletionAllowedToolsMode,
    check_chat_completion_allowed_tools_mode,
)

if TYPE_CHECKING:
    from ..models.chat_completion_allowed_tools_tools_item import (
        ChatCompletionAllowedToolsToolsItem,
    )
T = TypeVar("T", bound="ChatCompletionAllowedTools")


@_attrs_define
class ChatCompletionAllowedTools:
    """
    Attributes:
        mode (ChatCompletionAllowedToolsMode):
        tools (list[ChatCompletionAllowedToolsToolsItem]):
    """

    __repr__ = model_repr
    mode: ChatCompletionAllowedToolsMode
    tools: list[ChatCompletionAllowedToolsToolsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str = self.mode
        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"mode": mode, "tools": tools})
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _ready_1:
            _prepare_1()
        d = dict(src_dict)
        mode = check_chat_completion_allowed_tools_mode(d.pop("mode"))
        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = ChatCompletionAllowedToolsToolsItem.from_dict(tools_item_data)
            tools.append(tools_item)
        chat_completion_allowed_tools = cls(mode=mode, tools=tools)
        chat_completion_allowed_tools.additional_properties = d
        return chat_completion_allowed_tools

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
    global _ready_1, ChatCompletionAllowedToolsToolsItem
    from ..models.chat_completion_allowed_tools_tools_item import (
        ChatCompletionAllowedToolsToolsItem,
    )

    _ready_1 = True
