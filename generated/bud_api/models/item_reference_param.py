from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.item_reference_param_type_type_0 import (
    ItemReferenceParamTypeType0,
    check_item_reference_param_type_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemReferenceParam")


@_attrs_define
class ItemReferenceParam:
    """
    Attributes:
        type (ItemReferenceParamTypeType0 | None | Unset):
        id (str | Unset):
    """

    __repr__ = model_repr
    type: ItemReferenceParamTypeType0 | None | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type, Unset):
            type_ = UNSET
        elif isinstance(self.type, str):
            type_ = self.type
        else:
            type_ = self.type
        id = self.id
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_type_(data: object) -> ItemReferenceParamTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_item_reference_param_type_type_0(data)
                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        type_ = _parse_type_(d.pop("type", UNSET))
        id = d.pop("id", UNSET)
        item_reference_param = cls(type=type_, id=id)
        item_reference_param.additional_properties = d
        return item_reference_param

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
