from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.create_chat_completion_request_audio_type_0_format import (
    CreateChatCompletionRequestAudioType0Format,
    check_create_chat_completion_request_audio_type_0_format,
)

if TYPE_CHECKING:
    from ..models.voice_ids_or_custom_voice_type_1 import VoiceIdsOrCustomVoiceType1
T = TypeVar("T", bound="CreateChatCompletionRequestAudioType0")


@_attrs_define
class CreateChatCompletionRequestAudioType0:
    """
    Attributes:
        voice (str | VoiceIdsOrCustomVoiceType1):
        format (CreateChatCompletionRequestAudioType0Format):
    """

    __repr__ = model_repr
    voice: str | VoiceIdsOrCustomVoiceType1
    format: CreateChatCompletionRequestAudioType0Format
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        voice: dict[str, Any] | str
        if isinstance(self.voice, VoiceIdsOrCustomVoiceType1):
            voice = self.voice.to_dict()
        else:
            voice = self.voice
        format_: str = self.format
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"voice": voice, "format": format_})
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_voice(data: object) -> str | VoiceIdsOrCustomVoiceType1:
            if not _ready_7:
                _prepare_7()
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_voice_ids_or_custom_voice_type_1 = (
                    VoiceIdsOrCustomVoiceType1.from_dict(data)
                )
                return componentsschemas_voice_ids_or_custom_voice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        voice = _parse_voice(d.pop("voice"))
        format_ = check_create_chat_completion_request_audio_type_0_format(d.pop("format"))
        create_chat_completion_request_audio_type_0 = cls(voice=voice, format=format_)
        create_chat_completion_request_audio_type_0.additional_properties = d
        return create_chat_completion_request_audio_type_0

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
    global _ready_0, VoiceIdsOrCustomVoiceType1
    from ..models.voice_ids_or_custom_voice_type_1 import VoiceIdsOrCustomVoiceType1

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, VoiceIdsOrCustomVoiceType1
    from ..models.voice_ids_or_custom_voice_type_1 import VoiceIdsOrCustomVoiceType1

    _ready_7 = True
