from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.inline_skill_source_param_media_type import (
    InlineSkillSourceParamMediaType,
    check_inline_skill_source_param_media_type,
)
from ..models.inline_skill_source_param_type import (
    InlineSkillSourceParamType,
    check_inline_skill_source_param_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="InlineSkillSourceParam")


@_attrs_define
class InlineSkillSourceParam:
    """
    Attributes:
        type (InlineSkillSourceParamType):  Default: 'base64'.
        media_type (InlineSkillSourceParamMediaType | Unset):  Default: 'application/zip'.
        data (str | Unset):
    """

    __repr__ = model_repr
    type: InlineSkillSourceParamType = "base64"
    media_type: InlineSkillSourceParamMediaType | Unset = "application/zip"
    data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        media_type: str | Unset = UNSET
        if not isinstance(self.media_type, Unset):
            media_type = self.media_type
        data = self.data
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if media_type is not UNSET:
            field_dict["media_type"] = media_type
        if data is not UNSET:
            field_dict["data"] = data
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_inline_skill_source_param_type(d.pop("type"))
        _media_type = d.pop("media_type", UNSET)
        media_type: InlineSkillSourceParamMediaType | Unset
        if isinstance(_media_type, Unset):
            media_type = UNSET
        else:
            media_type = check_inline_skill_source_param_media_type(_media_type)
        data = d.pop("data", UNSET)
        inline_skill_source_param = cls(type=type_, media_type=media_type, data=data)
        inline_skill_source_param.additional_properties = d
        return inline_skill_source_param

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
