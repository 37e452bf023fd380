from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionResponseMessageAudioType0")


@_attrs_define
class ChatCompletionResponseMessageAudioType0:
    """
    Attributes:
        id (str | Unset):
        expires_at (int | Unset):
        data (str | Unset):
        transcript (str | Unset):
    """

    __repr__ = model_repr
    id: str | Unset = UNSET
    expires_at: int | Unset = UNSET
    data: str | Unset = UNSET
    transcript: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        expires_at = self.expires_at
        data = self.data
        transcript = self.transcript
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if data is not UNSET:
            field_dict["data"] = data
        if transcript is not UNSET:
            field_dict["transcript"] = transcript
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        expires_at = d.pop("expires_at", UNSET)
        data = d.pop("data", UNSET)
        transcript = d.pop("transcript", UNSET)
        chat_completion_response_message_audio_type_0 = cls(
            id=id, expires_at=expires_at, data=data, transcript=transcript
        )
        chat_completion_response_message_audio_type_0.additional_properties = d
        return chat_completion_response_message_audio_type_0

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
