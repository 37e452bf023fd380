from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.chat_completion_message_tool_call_type import (
    ChatCompletionMessageToolCallType,
    check_chat_completion_message_tool_call_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_tool_call_function import ChatCompletionToolCallFunction
T = TypeVar("T", bound="ChatCompletionMessageToolCall")


@_attrs_define
class ChatCompletionMessageToolCall:
    """
    Attributes:
        type (ChatCompletionMessageToolCallType):
        id (str | Unset):
        function (ChatCompletionToolCallFunction | None | Unset):
    """

    __repr__ = model_repr
    type: ChatCompletionMessageToolCallType
    id: str | Unset = UNSET
    function: ChatCompletionToolCallFunction | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        id = self.id
        function: dict[str, Any] | None | Unset
        if isinstance(self.function, Unset):
            function = UNSET
        elif isinstance(self.function, ChatCompletionToolCallFunction):
            function = self.function.to_dict()
        else:
            function = self.function
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if id is not UNSET:
            field_dict["id"] = id
        if function is not UNSET:
            field_dict["function"] = function
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_chat_completion_message_tool_call_type(d.pop("type"))
        id = d.pop("id", UNSET)

        def _parse_function(data: object) -> ChatCompletionToolCallFunction | None | Unset:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                function_type_0 = ChatCompletionToolCallFunction.from_dict(data)
                return function_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        function = _parse_function(d.pop("function", UNSET))
        chat_completion_message_tool_call = cls(type=type_, id=id, function=function)
        chat_completion_message_tool_call.additional_properties = d
        return chat_completion_message_tool_call

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
    global _ready_0, ChatCompletionToolCallFunction
    from ..models.chat_completion_tool_call_function import ChatCompletionToolCallFunction

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, ChatCompletionToolCallFunction
    from ..models.chat_completion_tool_call_function import ChatCompletionToolCallFunction

    _ready_7 = True
