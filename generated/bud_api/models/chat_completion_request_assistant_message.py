from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.chat_completion_request_assistant_message_role import (
    ChatCompletionRequestAssistantMessageRole,
    check_chat_completion_request_assistant_message_role,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_message_custom_tool_call import (
        ChatCompletionMessageCustomToolCall,
    )
    from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from ..models.chat_completion_message_tool_calls_item_type_2 import (
        ChatCompletionMessageToolCallsItemType2,
    )
    from ..models.chat_completion_request_assistant_message_audio_type_0 import (
        ChatCompletionRequestAssistantMessageAudioType0,
    )
    from ..models.chat_completion_request_assistant_message_content_part_type_2 import (
        ChatCompletionRequestAssistantMessageContentPartType2,
    )
    from ..models.chat_completion_request_assistant_message_function_call_type_0 import (
        ChatCompletionRequestAssistantMessageFunctionCallType0,
    )
    from ..models.chat_completion_request_message_content_part_refusal import (
        ChatCompletionRequestMessageContentPartRefusal,
    )
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )
T = TypeVar("T", bound="ChatCompletionRequestAssistantMessage")


@_attrs_define
class ChatCompletionRequestAssistantMessage:
    """
    Attributes:
        role (ChatCompletionRequestAssistantMessageRole):
        content (list[ChatCompletionRequestAssistantMessageContentPartType2 |
            ChatCompletionRequestMessageContentPartRefusal | ChatCompletionRequestMessageContentPartText] | None | str |
            Unset):
        refusal (None | str | Unset):
        name (str | Unset):
        audio (ChatCompletionRequestAssistantMessageAudioType0 | None | Unset):
        tool_calls (list[ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall |
            ChatCompletionMessageToolCallsItemType2] | Unset):
        function_call (ChatCompletionRequestAssistantMessageFunctionCallType0 | None | Unset):
    """

    __repr__ = model_repr
    role: ChatCompletionRequestAssistantMessageRole
    content: (
        list[
            ChatCompletionRequestAssistantMessageContentPartType2
            | ChatCompletionRequestMessageContentPartRefusal
            | ChatCompletionRequestMessageContentPartText
        ]
        | None
        | str
        | Unset
    ) = UNSET
    refusal: None | str | Unset = UNSET
    name: str | Unset = UNSET
    audio: ChatCompletionRequestAssistantMessageAudioType0 | None | Unset = UNSET
    tool_calls: (
        list[
            ChatCompletionMessageCustomToolCall
            | ChatCompletionMessageToolCall
            | ChatCompletionMessageToolCallsItemType2
        ]
        | Unset
    ) = UNSET
    function_call: ChatCompletionRequestAssistantMessageFunctionCallType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        role: str = self.role
        content: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_0_type_1_item_data in self.content:
                content_type_0_type_1_item: dict[str, Any]
                if isinstance(
                    content_type_0_type_1_item_data, ChatCompletionRequestMessageContentPartText
                ):
                    content_type_0_type_1_item = content_type_0_type_1_item_data.to_dict()
                elif isinstance(
                    content_type_0_type_1_item_data, ChatCompletionRequestMessageContentPartRefusal
                ):
                    content_type_0_type_1_item = content_type_0_type_1_item_data.to_dict()
                else:
                    content_type_0_type_1_item = content_type_0_type_1_item_data.to_dict()
                content.append(content_type_0_type_1_item)
        else:
            content = self.content
        refusal: None | str | Unset
        if isinstance(self.refusal, Unset):
            refusal = UNSET
        else:
            refusal = self.refusal
        name = self.name
        audio: dict[str, Any] | None | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        elif isinstance(self.audio, ChatCompletionRequestAssistantMessageAudioType0):
            audio = self.audio.to_dict()
        else:
            audio = self.audio
        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
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
        function_call: dict[str, Any] | None | Unset
        if isinstance(self.function_call, Unset):
            function_call = UNSET
        elif isinstance(self.function_call, ChatCompletionRequestAssistantMessageFunctionCallType0):
            function_call = self.function_call.to_dict()
        else:
            function_call = self.function_call
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"role": role})
        if content is not UNSET:
            field_dict["content"] = content
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if name is not UNSET:
            field_dict["name"] = name
        if audio is not UNSET:
            field_dict["audio"] = audio
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if function_call is not UNSET:
            field_dict["function_call"] = function_call
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = check_chat_completion_request_assistant_message_role(d.pop("role"))

        def _parse_content(
            data: object,
        ) -> (
            list[
                ChatCompletionRequestAssistantMessageContentPartType2
                | ChatCompletionRequestMessageContentPartRefusal
                | ChatCompletionRequestMessageContentPartText
            ]
            | None
            | str
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_0_type_1 = []
                _content_type_0_type_1 = data
                for content_type_0_type_1_item_data in _content_type_0_type_1:

                    def _parse_content_type_0_type_1_item(
                        data: object,
                    ) -> (
                        ChatCompletionRequestAssistantMessageContentPartType2
                        | ChatCompletionRequestMessageContentPartRefusal
                        | ChatCompletionRequestMessageContentPartText
                    ):
                        if not _ready_12:
                            _prepare_12()
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_request_assistant_message_content_part_type_0 = ChatCompletionRequestMessageContentPartText.from_dict(
                                data
                            )
                            return componentsschemas_chat_completion_request_assistant_message_content_part_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_request_assistant_message_content_part_type_1 = ChatCompletionRequestMessageContentPartRefusal.from_dict(
                                data
                            )
                            return componentsschemas_chat_completion_request_assistant_message_content_part_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_completion_request_assistant_message_content_part_type_2 = ChatCompletionRequestAssistantMessageContentPartType2.from_dict(
                            data
                        )
                        return componentsschemas_chat_completion_request_assistant_message_content_part_type_2

                    content_type_0_type_1_item = _parse_content_type_0_type_1_item(
                        content_type_0_type_1_item_data
                    )
                    content_type_0_type_1.append(content_type_0_type_1_item)
                return content_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        content = _parse_content(d.pop("content", UNSET))

        def _parse_refusal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        refusal = _parse_refusal(d.pop("refusal", UNSET))
        name = d.pop("name", UNSET)

        def _parse_audio(
            data: object,
        ) -> ChatCompletionRequestAssistantMessageAudioType0 | None | Unset:
            if not _ready_9:
                _prepare_9()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                audio_type_0 = ChatCompletionRequestAssistantMessageAudioType0.from_dict(data)
                return audio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        audio = _parse_audio(d.pop("audio", UNSET))
        _tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: (
            list[
                ChatCompletionMessageCustomToolCall
                | ChatCompletionMessageToolCall
                | ChatCompletionMessageToolCallsItemType2
            ]
            | Unset
        ) = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for componentsschemas_chat_completion_message_tool_calls_item_data in _tool_calls:

                def _parse_componentsschemas_chat_completion_message_tool_calls_item(
                    data: object,
                ) -> (
                    ChatCompletionMessageCustomToolCall
                    | ChatCompletionMessageToolCall
                    | ChatCompletionMessageToolCallsItemType2
                ):
                    if not _ready_11:
                        _prepare_11()
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
                tool_calls.append(componentsschemas_chat_completion_message_tool_calls_item)

        def _parse_function_call(
            data: object,
        ) -> ChatCompletionRequestAssistantMessageFunctionCallType0 | None | Unset:
            if not _ready_10:
                _prepare_10()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                function_call_type_0 = (
                    ChatCompletionRequestAssistantMessageFunctionCallType0.from_dict(data)
                )
                return function_call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        function_call = _parse_function_call(d.pop("function_call", UNSET))
        chat_completion_request_assistant_message = cls(
            role=role,
            content=content,
            refusal=refusal,
            name=name,
            audio=audio,
            tool_calls=tool_calls,
            function_call=function_call,
        )
        chat_completion_request_assistant_message.additional_properties = d
        return chat_completion_request_assistant_message

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
        ChatCompletionRequestAssistantMessageAudioType0, \
        ChatCompletionRequestAssistantMessageFunctionCallType0, \
        ChatCompletionRequestMessageContentPartRefusal, \
        ChatCompletionRequestMessageContentPartText
    from ..models.chat_completion_message_custom_tool_call import (
        ChatCompletionMessageCustomToolCall,
    )
    from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from ..models.chat_completion_request_assistant_message_audio_type_0 import (
        ChatCompletionRequestAssistantMessageAudioType0,
    )
    from ..models.chat_completion_request_assistant_message_function_call_type_0 import (
        ChatCompletionRequestAssistantMessageFunctionCallType0,
    )
    from ..models.chat_completion_request_message_content_part_refusal import (
        ChatCompletionRequestMessageContentPartRefusal,
    )
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )

    _ready_0 = True


_ready_9 = False


def _prepare_9() -> None:
    global _ready_9, ChatCompletionRequestAssistantMessageAudioType0
    from ..models.chat_completion_request_assistant_message_audio_type_0 import (
        ChatCompletionRequestAssistantMessageAudioType0,
    )

    _ready_9 = True


_ready_10 = False


def _prepare_10() -> None:
    global _ready_10, ChatCompletionRequestAssistantMessageFunctionCallType0
    from ..models.chat_completion_request_assistant_message_function_call_type_0 import (
        ChatCompletionRequestAssistantMessageFunctionCallType0,
    )

    _ready_10 = True


_ready_11 = False


def _prepare_11() -> None:
    global \
        _ready_11, \
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

    _ready_11 = True


_ready_12 = False


def _prepare_12() -> None:
    global \
        _ready_12, \
        ChatCompletionRequestAssistantMessageContentPartType2, \
        ChatCompletionRequestMessageContentPartRefusal, \
        ChatCompletionRequestMessageContentPartText
    from ..models.chat_completion_request_assistant_message_content_part_type_2 import (
        ChatCompletionRequestAssistantMessageContentPartType2,
    )
    from ..models.chat_completion_request_message_content_part_refusal import (
        ChatCompletionRequestMessageContentPartRefusal,
    )
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )

    _ready_12 = True
