from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.compaction_summary_item_param_type import (
    CompactionSummaryItemParamType,
    check_compaction_summary_item_param_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompactionSummaryItemParam")


@_attrs_define
class CompactionSummaryItemParam:
    """
    Attributes:
        type (CompactionSummaryItemParamType):  Default: 'compaction'.
        id (None | str | Unset):
        encrypted_content (str | Unset):
    """

    __repr__ = model_repr
    type: CompactionSummaryItemParamType = "compaction"
    id: None | str | Unset = UNSET
    encrypted_content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id
        encrypted_content = self.encrypted_content
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if id is not UNSET:
            field_dict["id"] = id
        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_compaction_summary_item_param_type(d.pop("type"))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        id = _parse_id(d.pop("id", UNSET))
        encrypted_content = d.pop("encrypted_content", UNSET)
        compaction_summary_item_param = cls(type=type_, id=id, encrypted_content=encrypted_content)
        compaction_summary_item_param.additional_properties = d
        return compaction_summary_item_param

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
