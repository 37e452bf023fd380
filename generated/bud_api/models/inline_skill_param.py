from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inline_skill_param_type import InlineSkillParamType, check_inline_skill_param_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inline_skill_source_param import InlineSkillSourceParam


T = TypeVar("T", bound="InlineSkillParam")


@_attrs_define
class InlineSkillParam:
    """
    Attributes:
        type (InlineSkillParamType):  Default: 'inline'.
        name (str | Unset):
        description (str | Unset):
        source (InlineSkillSourceParam | Unset):
    """

    type: InlineSkillParamType = "inline"
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    source: InlineSkillSourceParam | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type

        name = self.name

        description = self.description

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inline_skill_source_param import InlineSkillSourceParam  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_inline_skill_param_type(d.pop("type"))

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _source = d.pop("source", UNSET)
        source: InlineSkillSourceParam | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = InlineSkillSourceParam.from_dict(_source)

        inline_skill_param = cls(
            type=type_,
            name=name,
            description=description,
            source=source,
        )

        inline_skill_param.additional_properties = d
        return inline_skill_param

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
