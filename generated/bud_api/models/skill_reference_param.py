from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.skill_reference_param_type import (
    SkillReferenceParamType,
    check_skill_reference_param_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillReferenceParam")


@_attrs_define
class SkillReferenceParam:
    """
    Attributes:
        type (SkillReferenceParamType):  Default: 'skill_reference'.
        skill_id (str | Unset):
        version (str | Unset):
    """

    __repr__ = model_repr
    type: SkillReferenceParamType = "skill_reference"
    skill_id: str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        skill_id = self.skill_id
        version = self.version
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if skill_id is not UNSET:
            field_dict["skill_id"] = skill_id
        if version is not UNSET:
            field_dict["version"] = version
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_skill_reference_param_type(d.pop("type"))
        skill_id = d.pop("skill_id", UNSET)
        version = d.pop("version", UNSET)
        skill_reference_param = cls(type=type_, skill_id=skill_id, version=version)
        skill_reference_param.additional_properties = d
        return skill_reference_param

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
