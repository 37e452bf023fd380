from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.local_environment_param_type import (
    LocalEnvironmentParamType,
    check_local_environment_param_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.local_skill_param import LocalSkillParam
T = TypeVar("T", bound="LocalEnvironmentParam")


@_attrs_define
class LocalEnvironmentParam:
    """
    Attributes:
        type (LocalEnvironmentParamType):  Default: 'local'.
        skills (list[LocalSkillParam] | None | Unset):
    """

    __repr__ = model_repr
    type: LocalEnvironmentParamType = "local"
    skills: list[LocalSkillParam] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        skills: list[dict[str, Any]] | None | Unset
        if isinstance(self.skills, Unset):
            skills = UNSET
        elif isinstance(self.skills, list):
            skills = []
            for skills_type_0_item_data in self.skills:
                skills_type_0_item = skills_type_0_item_data.to_dict()
                skills.append(skills_type_0_item)
        else:
            skills = self.skills
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if skills is not UNSET:
            field_dict["skills"] = skills
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_local_environment_param_type(d.pop("type"))

        def _parse_skills(data: object) -> list[LocalSkillParam] | None | Unset:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                skills_type_0 = []
                _skills_type_0 = data
                for skills_type_0_item_data in _skills_type_0:
                    skills_type_0_item = LocalSkillParam.from_dict(skills_type_0_item_data)
                    skills_type_0.append(skills_type_0_item)
                return skills_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        skills = _parse_skills(d.pop("skills", UNSET))
        local_environment_param = cls(type=type_, skills=skills)
        local_environment_param.additional_properties = d
        return local_environment_param

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


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, LocalSkillParam
    from ..models.local_skill_param import LocalSkillParam

    _ready_7 = True
