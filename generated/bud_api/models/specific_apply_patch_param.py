from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.specific_apply_patch_param_type import (
    SpecificApplyPatchParamType,
    check_specific_apply_patch_param_type,
)

T = TypeVar("T", bound="SpecificApplyPatchParam")


@_attrs_define
class SpecificApplyPatchParam:
    """
    Attributes:
        type (SpecificApplyPatchParamType):  Default: 'apply_patch'.
    """

    __repr__ = model_repr
    type: SpecificApplyPatchParamType = "apply_patch"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_specific_apply_patch_param_type(d.pop("type"))
        specific_apply_patch_param = cls(type=type_)
        specific_apply_patch_param.additional_properties = d
        return specific_apply_patch_param

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
