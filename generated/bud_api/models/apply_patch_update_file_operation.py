from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.apply_patch_update_file_operation_type import (
    ApplyPatchUpdateFileOperationType,
    check_apply_patch_update_file_operation_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplyPatchUpdateFileOperation")


@_attrs_define
class ApplyPatchUpdateFileOperation:
    """
    Attributes:
        type (ApplyPatchUpdateFileOperationType):  Default: 'update_file'.
        path (str | Unset):
        diff (str | Unset):
    """

    __repr__ = model_repr
    type: ApplyPatchUpdateFileOperationType = "update_file"
    path: str | Unset = UNSET
    diff: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        path = self.path
        diff = self.diff
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if path is not UNSET:
            field_dict["path"] = path
        if diff is not UNSET:
            field_dict["diff"] = diff
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_apply_patch_update_file_operation_type(d.pop("type"))
        path = d.pop("path", UNSET)
        diff = d.pop("diff", UNSET)
        apply_patch_update_file_operation = cls(type=type_, path=path, diff=diff)
        apply_patch_update_file_operation.additional_properties = d
        return apply_patch_update_file_operation

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
