from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..extensions import model_repr

T = TypeVar("T", bound="VoiceIdsOrCustomVoiceType1")


@_attrs_define
class VoiceIdsOrCustomVoiceType1:
    """
    Attributes:
        id (str):
    """

    __repr__ = model_repr
    id: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        field_dict: dict[str, Any] = {}
        field_dict.update({"id": id})
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        voice_ids_or_custom_voice_type_1 = cls(id=id)
        return voice_ids_or_custom_voice_type_1
