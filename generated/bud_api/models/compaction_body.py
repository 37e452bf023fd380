from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.compaction_body_type import CompactionBodyType, check_compaction_body_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompactionBody")


@_attrs_define
class CompactionBody:
    """
    Attributes:
        type (CompactionBodyType):  Default: 'compaction'.
        id (str | Unset):
        encrypted_content (str | Unset):
        created_by (str | Unset):
    """

    __repr__ = model_repr
    type: CompactionBodyType = "compaction"
    id: str | Unset = UNSET
    encrypted_content: str | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        id = self.id
        encrypted_content = self.encrypted_content
        created_by = self.created_by
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if id is not UNSET:
            field_dict["id"] = id
        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_compaction_body_type(d.pop("type"))
        id = d.pop("id", UNSET)
        encrypted_content = d.pop("encrypted_content", UNSET)
        created_by = d.pop("created_by", UNSET)
        compaction_body = cls(
            type=type_, id=id, encrypted_content=encrypted_content, created_by=created_by
        )
        compaction_body.additional_properties = d
        return compaction_body

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
