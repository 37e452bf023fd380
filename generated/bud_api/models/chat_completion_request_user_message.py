from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.chat_completion_request_user_message_role import (
    ChatCompletionRequestUserMessageRole,
    check_chat_completion_request_user_message_role,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_request_message_content_part_audio import (
        ChatCompletionRequestMessageContentPartAudio,
    )
    from ..models.chat_completion_request_message_content_part_file import (
        ChatCompletionRequestMessageContentPartFile,
    )
    from ..models.chat_completion_request_message_content_part_image import (
        ChatCompletionRequestMessageContentPartImage,
    )
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )
    from ..models.chat_completion_request_user_message_content_part_type_4 import (
        ChatCompletionRequestUserMessageContentPartType4,
    )
T = TypeVar("T", bound="ChatCompletionRequestUserMessage")


@_attrs_define
class ChatCompletionRequestUserMessage:
    """
    Attributes:
        content (list[ChatCompletionRequestMessageContentPartAudio | ChatCompletionRequestMessageContentPartFile |
            ChatCompletionRequestMessageContentPartImage | ChatCompletionRequestMessageContentPartText |
            ChatCompletionRequestUserMessageContentPartType4] | str):
        role (ChatCompletionRequestUserMessageRole):
        name (str | Unset):
    """

    __repr__ = model_repr
    content: (
        list[
            ChatCompletionRequestMessageContentPartAudio
            | ChatCompletionRequestMessageContentPartFile
            | ChatCompletionRequestMessageContentPartImage
            | ChatCompletionRequestMessageContentPartText
            | ChatCompletionRequestUserMessageContentPartType4
        ]
        | str
    )
    role: ChatCompletionRequestUserMessageRole
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(
                    content_type_1_item_data, ChatCompletionRequestMessageContentPartText
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(
                    content_type_1_item_data, ChatCompletionRequestMessageContentPartImage
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(
                    content_type_1_item_data, ChatCompletionRequestMessageContentPartAudio
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(
                    content_type_1_item_data, ChatCompletionRequestMessageContentPartFile
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
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

        def _parse_content(
            data: object,
        ) -> (
            list[
                ChatCompletionRequestMessageContentPartAudio
                | ChatCompletionRequestMessageContentPartFile
                | ChatCompletionRequestMessageContentPartImage
                | ChatCompletionRequestMessageContentPartText
                | ChatCompletionRequestUserMessageContentPartType4
            ]
            | str
        ):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> (
                        ChatCompletionRequestMessageContentPartAudio
                        | ChatCompletionRequestMessageContentPartFile
                        | ChatCompletionRequestMessageContentPartImage
                        | ChatCompletionRequestMessageContentPartText
                        | ChatCompletionRequestUserMessageContentPartType4
                    ):
                        if not _ready_8:
                            _prepare_8()
                        if type(data) is dict:
                            _tag = data.get("type")
                            if _tag == "file":
                                try:
                                    return ChatCompletionRequestMessageContentPartFile.from_dict(
                                        data
                                    )
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "image_url":
                                try:
                                    return ChatCompletionRequestMessageContentPartImage.from_dict(
                                        data
                                    )
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "input_audio":
                                try:
                                    return ChatCompletionRequestMessageContentPartAudio.from_dict(
                                        data
                                    )
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "text":
                                try:
                                    return ChatCompletionRequestMessageContentPartText.from_dict(
                                        data
                                    )
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_request_user_message_content_part_type_0 = ChatCompletionRequestMessageContentPartText.from_dict(
                                data
                            )
                            return componentsschemas_chat_completion_request_user_message_content_part_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_request_user_message_content_part_type_1 = ChatCompletionRequestMessageContentPartImage.from_dict(
                                data
                            )
                            return componentsschemas_chat_completion_request_user_message_content_part_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_request_user_message_content_part_type_2 = ChatCompletionRequestMessageContentPartAudio.from_dict(
                                data
                            )
                            return componentsschemas_chat_completion_request_user_message_content_part_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_request_user_message_content_part_type_3 = ChatCompletionRequestMessageContentPartFile.from_dict(
                                data
                            )
                            return componentsschemas_chat_completion_request_user_message_content_part_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_completion_request_user_message_content_part_type_4 = ChatCompletionRequestUserMessageContentPartType4.from_dict(
                            data
                        )
                        return componentsschemas_chat_completion_request_user_message_content_part_type_4

                    content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)
                    content_type_1.append(content_type_1_item)
                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        content = _parse_content(d.pop("content"))
        role = check_chat_completion_request_user_message_role(d.pop("role"))
        name = d.pop("name", UNSET)
        chat_completion_request_user_message = cls(content=content, role=role, name=name)
        chat_completion_request_user_message.additional_properties = d
        return chat_completion_request_user_message

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
        ChatCompletionRequestMessageContentPartAudio, \
        ChatCompletionRequestMessageContentPartFile, \
        ChatCompletionRequestMessageContentPartImage, \
        ChatCompletionRequestMessageContentPartText
    from ..models.chat_completion_request_message_content_part_audio import (
        ChatCompletionRequestMessageContentPartAudio,
    )
    from ..models.chat_completion_request_message_content_part_file import (
        ChatCompletionRequestMessageContentPartFile,
    )
    from ..models.chat_completion_request_message_content_part_image import (
        ChatCompletionRequestMessageContentPartImage,
    )
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )

    _ready_0 = True


_ready_8 = False


def _prepare_8() -> None:
    global \
        _ready_8, \
        ChatCompletionRequestMessageContentPartAudio, \
        ChatCompletionRequestMessageContentPartFile, \
        ChatCompletionRequestMessageContentPartImage, \
        ChatCompletionRequestMessageContentPartText, \
        ChatCompletionRequestUserMessageContentPartType4
    from ..models.chat_completion_request_message_content_part_audio import (
        ChatCompletionRequestMessageContentPartAudio,
    )
    from ..models.chat_completion_request_message_content_part_file import (
        ChatCompletionRequestMessageContentPartFile,
    )
    from ..models.chat_completion_request_message_content_part_image import (
        ChatCompletionRequestMessageContentPartImage,
    )
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )
    from ..models.chat_completion_request_user_message_content_part_type_4 import (
        ChatCompletionRequestUserMessageContentPartType4,
    )

    _ready_8 = True
