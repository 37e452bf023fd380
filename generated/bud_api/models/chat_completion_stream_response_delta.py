from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_message_tool_call_chunk import ChatCompletionMessageToolCallChunk
    from ..models.chat_completion_stream_response_delta_function_call_type_0 import (
        ChatCompletionStreamResponseDeltaFunctionCallType0,
    )
T = TypeVar("T", bound="ChatCompletionStreamResponseDelta")


@_attrs_define
class ChatCompletionStreamResponseDelta:
    """
    Attributes:
        content (None | str | Unset):
        function_call (ChatCompletionStreamResponseDeltaFunctionCallType0 | None | Unset):
        tool_calls (list[ChatCompletionMessageToolCallChunk] | None | Unset):
        role (str | Unset):
        refusal (None | str | Unset):
        reasoning_content (None | str | Unset): Bud gateway: the model's reasoning text, apart from `content`.
    """

    __repr__ = model_repr
    content: None | str | Unset = UNSET
    function_call: ChatCompletionStreamResponseDeltaFunctionCallType0 | None | Unset = UNSET
    tool_calls: list[ChatCompletionMessageToolCallChunk] | None | Unset = UNSET
    role: str | Unset = UNSET
    refusal: None | str | Unset = UNSET
    reasoning_content: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content
        function_call: dict[str, Any] | None | Unset
        if isinstance(self.function_call, Unset):
            function_call = UNSET
        elif isinstance(self.function_call, ChatCompletionStreamResponseDeltaFunctionCallType0):
            function_call = self.function_call.to_dict()
        else:
            function_call = self.function_call
        tool_calls: list[dict[str, Any]] | None | Unset
        if isinstance(self.tool_calls, Unset):
            tool_calls = UNSET
        elif isinstance(self.tool_calls, list):
            tool_calls = []
            for tool_calls_type_0_item_data in self.tool_calls:
                tool_calls_type_0_item = tool_calls_type_0_item_data.to_dict()
                tool_calls.append(tool_calls_type_0_item)
        else:
            tool_calls = self.tool_calls
        role = self.role
        refusal: None | str | Unset
        if isinstance(self.refusal, Unset):
            refusal = UNSET
        else:
            refusal = self.refusal
        reasoning_content: None | str | Unset
        if isinstance(self.reasoning_content, Unset):
            reasoning_content = UNSET
        else:
            reasoning_content = self.reasoning_content
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if function_call is not UNSET:
            field_dict["function_call"] = function_call
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if role is not UNSET:
            field_dict["role"] = role
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if reasoning_content is not UNSET:
            field_dict["reasoning_content"] = reasoning_content
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        content = _parse_content(d.pop("content", UNSET))

        def _parse_function_call(
            data: object,
        ) -> ChatCompletionStreamResponseDeltaFunctionCallType0 | None | Unset:
            if not _ready_8:
                _prepare_8()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                function_call_type_0 = ChatCompletionStreamResponseDeltaFunctionCallType0.from_dict(
                    data
                )
                return function_call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        function_call = _parse_function_call(d.pop("function_call", UNSET))

        def _parse_tool_calls(
            data: object,
        ) -> list[ChatCompletionMessageToolCallChunk] | None | Unset:
            if not _ready_9:
                _prepare_9()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tool_calls_type_0 = []
                _tool_calls_type_0 = data
                for tool_calls_type_0_item_data in _tool_calls_type_0:
                    tool_calls_type_0_item = ChatCompletionMessageToolCallChunk.from_dict(
                        tool_calls_type_0_item_data
                    )
                    tool_calls_type_0.append(tool_calls_type_0_item)
                return tool_calls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        tool_calls = _parse_tool_calls(d.pop("tool_calls", UNSET))
        role = d.pop("role", UNSET)

        def _parse_refusal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        refusal = _parse_refusal(d.pop("refusal", UNSET))

        def _parse_reasoning_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        reasoning_content = _parse_reasoning_content(d.pop("reasoning_content", UNSET))
        chat_completion_stream_response_delta = cls(
            content=content,
            function_call=function_call,
            tool_calls=tool_calls,
            role=role,
            refusal=refusal,
            reasoning_content=reasoning_content,
        )
        chat_completion_stream_response_delta.additional_properties = d
        return chat_completion_stream_response_delta

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
    global _ready_0, ChatCompletionStreamResponseDeltaFunctionCallType0
    from ..models.chat_completion_stream_response_delta_function_call_type_0 import (
        ChatCompletionStreamResponseDeltaFunctionCallType0,
    )

    _ready_0 = True


_ready_8 = False


def _prepare_8() -> None:
    global _ready_8, ChatCompletionStreamResponseDeltaFunctionCallType0
    from ..models.chat_completion_stream_response_delta_function_call_type_0 import (
        ChatCompletionStreamResponseDeltaFunctionCallType0,
    )

    _ready_8 = True


_ready_9 = False


def _prepare_9() -> None:
    global _ready_9, ChatCompletionMessageToolCallChunk
    from ..models.chat_completion_message_tool_call_chunk import ChatCompletionMessageToolCallChunk

    _ready_9 = True
