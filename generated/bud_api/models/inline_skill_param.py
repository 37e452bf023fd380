from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
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
        source (InlineSkillSourceParam | None | Unset):
    """

    __repr__ = model_repr
    type: InlineSkillParamType = "inline"
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    source: InlineSkillSourceParam | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        name = self.name
        description = self.description
        source: dict[str, Any] | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, InlineSkillSourceParam):
            source = self.source.to_dict()
        else:
            source = self.source
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if source is not UNSET:
            field_dict["source"] = source
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_inline_skill_param_type(d.pop("type"))
        name = d.pop("name", UNSET)
        description = d.pop("description", UNSET)

        def _parse_source(data: object) -> InlineSkillSourceParam | None | Unset:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = InlineSkillSourceParam.from_dict(data)
                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        source = _parse_source(d.pop("source", UNSET))
        inline_skill_param = cls(type=type_, name=name, description=description, source=source)
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


_ready_0 = False


def _prepare_0() -> None:
    global _ready_0, InlineSkillSourceParam
    from ..models.inline_skill_source_param import InlineSkillSourceParam

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, InlineSkillSourceParam
    from ..models.inline_skill_source_param import InlineSkillSourceParam

    _ready_7 = True
