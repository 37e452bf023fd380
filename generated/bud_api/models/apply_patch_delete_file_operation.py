from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.apply_patch_delete_file_operation_type import (
    ApplyPatchDeleteFileOperationType,
    check_apply_patch_delete_file_operation_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplyPatchDeleteFileOperation")


@_attrs_define
class ApplyPatchDeleteFileOperation:
    """
    Attributes:
        type (ApplyPatchDeleteFileOperationType):  Default: 'delete_file'.
        path (str | Unset):
    """

    __repr__ = model_repr
    type: ApplyPatchDeleteFileOperationType = "delete_file"
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        path = self.path
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if path is not UNSET:
            field_dict["path"] = path
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_apply_patch_delete_file_operation_type(d.pop("type"))
        path = d.pop("path", UNSET)
        apply_patch_delete_file_operation = cls(type=type_, path=path)
        apply_patch_delete_file_operation.additional_properties = d
        return apply_patch_delete_file_operation

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
