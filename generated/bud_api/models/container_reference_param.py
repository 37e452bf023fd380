from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.container_reference_param_type import (
    ContainerReferenceParamType,
    check_container_reference_param_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerReferenceParam")


@_attrs_define
class ContainerReferenceParam:
    """
    Attributes:
        type (ContainerReferenceParamType):  Default: 'container_reference'.
        container_id (str | Unset):
    """

    __repr__ = model_repr
    type: ContainerReferenceParamType = "container_reference"
    container_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        container_id = self.container_id
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if container_id is not UNSET:
            field_dict["container_id"] = container_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_container_reference_param_type(d.pop("type"))
        container_id = d.pop("container_id", UNSET)
        container_reference_param = cls(type=type_, container_id=container_id)
        container_reference_param.additional_properties = d
        return container_reference_param

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
