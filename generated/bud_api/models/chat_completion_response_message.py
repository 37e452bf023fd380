from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_message_custom_tool_call import (
        ChatCompletionMessageCustomToolCall,
    )
    from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from ..models.chat_completion_message_tool_calls_item_type_2 import (
        ChatCompletionMessageToolCallsItemType2,
    )
    from ..models.chat_completion_response_message_annotations_type_0_item import (
        ChatCompletionResponseMessageAnnotationsType0Item,
    )
    from ..models.chat_completion_response_message_audio_type_0 import (
        ChatCompletionResponseMessageAudioType0,
    )
    from ..models.chat_completion_response_message_function_call_type_0 import (
        ChatCompletionResponseMessageFunctionCallType0,
    )
T = TypeVar("T", bound="ChatCompletionResponseMessage")


@_attrs_define
class ChatCompletionResponseMessage:
    """
    Attributes:
        content (None | str | Unset):
        refusal (None | str | Unset):
        tool_calls (list[ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall |
            ChatCompletionMessageToolCallsItemType2] | None | Unset):
        annotations (list[ChatCompletionResponseMessageAnnotationsType0Item] | None | Unset):
        role (str | Unset):
        function_call (ChatCompletionResponseMessageFunctionCallType0 | None | Unset):
        audio (ChatCompletionResponseMessageAudioType0 | None | Unset):
        reasoning_content (None | str | Unset): Bud gateway: the model's reasoning text, apart from `content`.
    """

    __repr__ = model_repr
    content: None | str | Unset = UNSET
    refusal: None | str | Unset = UNSET
    tool_calls: (
        list[
            ChatCompletionMessageCustomToolCall
            | ChatCompletionMessageToolCall
            | ChatCompletionMessageToolCallsItemType2
        ]
        | None
        | Unset
    ) = UNSET
    annotations: list[ChatCompletionResponseMessageAnnotationsType0Item] | None | Unset = UNSET
    role: str | Unset = UNSET
    function_call: ChatCompletionResponseMessageFunctionCallType0 | None | Unset = UNSET
    audio: ChatCompletionResponseMessageAudioType0 | None | Unset = UNSET
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
        refusal: None | str | Unset
        if isinstance(self.refusal, Unset):
            refusal = UNSET
        else:
            refusal = self.refusal
        tool_calls: list[dict[str, Any]] | None | Unset
        if isinstance(self.tool_calls, Unset):
            tool_calls = UNSET
        elif isinstance(self.tool_calls, list):
            tool_calls = []
            for componentsschemas_chat_completion_message_tool_calls_item_data in self.tool_calls:
                componentsschemas_chat_completion_message_tool_calls_item: dict[str, Any]
                if isinstance(
                    componentsschemas_chat_completion_message_tool_calls_item_data,
                    ChatCompletionMessageToolCall,
                ):
                    componentsschemas_chat_completion_message_tool_calls_item = (
                        componentsschemas_chat_completion_message_tool_calls_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_chat_completion_message_tool_calls_item_data,
                    ChatCompletionMessageCustomToolCall,
                ):
                    componentsschemas_chat_completion_message_tool_calls_item = (
                        componentsschemas_chat_completion_message_tool_calls_item_data.to_dict()
                    )
                else:
                    componentsschemas_chat_completion_message_tool_calls_item = (
                        componentsschemas_chat_completion_message_tool_calls_item_data.to_dict()
                    )
                tool_calls.append(componentsschemas_chat_completion_message_tool_calls_item)
        else:
            tool_calls = self.tool_calls
        annotations: list[dict[str, Any]] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, list):
            annotations = []
            for annotations_type_0_item_data in self.annotations:
                annotations_type_0_item = annotations_type_0_item_data.to_dict()
                annotations.append(annotations_type_0_item)
        else:
            annotations = self.annotations
        role = self.role
        function_call: dict[str, Any] | None | Unset
        if isinstance(self.function_call, Unset):
            function_call = UNSET
        elif isinstance(self.function_call, ChatCompletionResponseMessageFunctionCallType0):
            function_call = self.function_call.to_dict()
        else:
            function_call = self.function_call
        audio: dict[str, Any] | None | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        elif isinstance(self.audio, ChatCompletionResponseMessageAudioType0):
            audio = self.audio.to_dict()
        else:
            audio = self.audio
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
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if role is not UNSET:
            field_dict["role"] = role
        if function_call is not UNSET:
            field_dict["function_call"] = function_call
        if audio is not UNSET:
            field_dict["audio"] = audio
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

        def _parse_refusal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        refusal = _parse_refusal(d.pop("refusal", UNSET))

        def _parse_tool_calls(
            data: object,
        ) -> (
            list[
                ChatCompletionMessageCustomToolCall
                | ChatCompletionMessageToolCall
                | ChatCompletionMessageToolCallsItemType2
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tool_calls_type_0 = []
                _tool_calls_type_0 = data
                for (
                    componentsschemas_chat_completion_message_tool_calls_item_data
                ) in _tool_calls_type_0:

                    def _parse_componentsschemas_chat_completion_message_tool_calls_item(
                        data: object,
                    ) -> (
                        ChatCompletionMessageCustomToolCall
                        | ChatCompletionMessageToolCall
                        | ChatCompletionMessageToolCallsItemType2
                    ):
                        if not _ready_14:
                            _prepare_14()
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_message_tool_calls_item_type_0 = (
                                ChatCompletionMessageToolCall.from_dict(data)
                            )
                            return componentsschemas_chat_completion_message_tool_calls_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_message_tool_calls_item_type_1 = (
                                ChatCompletionMessageCustomToolCall.from_dict(data)
                            )
                            return componentsschemas_chat_completion_message_tool_calls_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_completion_message_tool_calls_item_type_2 = (
                            ChatCompletionMessageToolCallsItemType2.from_dict(data)
                        )
                        return componentsschemas_chat_completion_message_tool_calls_item_type_2

                    componentsschemas_chat_completion_message_tool_calls_item = (
                        _parse_componentsschemas_chat_completion_message_tool_calls_item(
                            componentsschemas_chat_completion_message_tool_calls_item_data
                        )
                    )
                    tool_calls_type_0.append(
                        componentsschemas_chat_completion_message_tool_calls_item
                    )
                return tool_calls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        tool_calls = _parse_tool_calls(d.pop("tool_calls", UNSET))

        def _parse_annotations(
            data: object,
        ) -> list[ChatCompletionResponseMessageAnnotationsType0Item] | None | Unset:
            if not _ready_10:
                _prepare_10()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                annotations_type_0 = []
                _annotations_type_0 = data
                for annotations_type_0_item_data in _annotations_type_0:
                    annotations_type_0_item = (
                        ChatCompletionResponseMessageAnnotationsType0Item.from_dict(
                            annotations_type_0_item_data
                        )
                    )
                    annotations_type_0.append(annotations_type_0_item)
                return annotations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        annotations = _parse_annotations(d.pop("annotations", UNSET))
        role = d.pop("role", UNSET)

        def _parse_function_call(
            data: object,
        ) -> ChatCompletionResponseMessageFunctionCallType0 | None | Unset:
            if not _ready_11:
                _prepare_11()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                function_call_type_0 = ChatCompletionResponseMessageFunctionCallType0.from_dict(
                    data
                )
                return function_call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        function_call = _parse_function_call(d.pop("function_call", UNSET))

        def _parse_audio(data: object) -> ChatCompletionResponseMessageAudioType0 | None | Unset:
            if not _ready_12:
                _prepare_12()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                audio_type_0 = ChatCompletionResponseMessageAudioType0.from_dict(data)
                return audio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        audio = _parse_audio(d.pop("audio", UNSET))

        def _parse_reasoning_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        reasoning_content = _parse_reasoning_content(d.pop("reasoning_content", UNSET))
        chat_completion_response_message = cls(
            content=content,
            refusal=refusal,
            tool_calls=tool_calls,
            annotations=annotations,
            role=role,
            function_call=function_call,
            audio=audio,
            reasoning_content=reasoning_content,
        )
        chat_completion_response_message.additional_properties = d
        return chat_completion_response_message

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
    global \
        _ready_0, \
        ChatCompletionMessageCustomToolCall, \
        ChatCompletionMessageToolCall, \
        ChatCompletionResponseMessageAudioType0, \
        ChatCompletionResponseMessageFunctionCallType0
    from ..models.chat_completion_message_custom_tool_call import (
        ChatCompletionMessageCustomToolCall,
    )
    from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from ..models.chat_completion_response_message_audio_type_0 import (
        ChatCompletionResponseMessageAudioType0,
    )
    from ..models.chat_completion_response_message_function_call_type_0 import (
        ChatCompletionResponseMessageFunctionCallType0,
    )

    _ready_0 = True


_ready_10 = False


def _prepare_10() -> None:
    global _ready_10, ChatCompletionResponseMessageAnnotationsType0Item
    from ..models.chat_completion_response_message_annotations_type_0_item import (
        ChatCompletionResponseMessageAnnotationsType0Item,
    )

    _ready_10 = True


_ready_11 = False


def _prepare_11() -> None:
    global _ready_11, ChatCompletionResponseMessageFunctionCallType0
    from ..models.chat_completion_response_message_function_call_type_0 import (
        ChatCompletionResponseMessageFunctionCallType0,
    )

    _ready_11 = True


_ready_12 = False


def _prepare_12() -> None:
    global _ready_12, ChatCompletionResponseMessageAudioType0
    from ..models.chat_completion_response_message_audio_type_0 import (
        ChatCompletionResponseMessageAudioType0,
    )

    _ready_12 = True


_ready_14 = False


def _prepare_14() -> None:
    global \
        _ready_14, \
        ChatCompletionMessageCustomToolCall, \
        ChatCompletionMessageToolCall, \
        ChatCompletionMessageToolCallsItemType2
    from ..models.chat_completion_message_custom_tool_call import (
        ChatCompletionMessageCustomToolCall,
    )
    from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from ..models.chat_completion_message_tool_calls_item_type_2 import (
        ChatCompletionMessageToolCallsItemType2,
    )

    _ready_14 = True
