from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.container_network_policy_disabled_param_type import (
    ContainerNetworkPolicyDisabledParamType,
    check_container_network_policy_disabled_param_type,
)

T = TypeVar("T", bound="ContainerNetworkPolicyDisabledParam")


@_attrs_define
class ContainerNetworkPolicyDisabledParam:
    """
    Attributes:
        type (ContainerNetworkPolicyDisabledParamType):  Default: 'disabled'.
    """

    __repr__ = model_repr
    type: ContainerNetworkPolicyDisabledParamType = "disabled"
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
        type_ = check_container_network_policy_disabled_param_type(d.pop("type"))
        container_network_policy_disabled_param = cls(type=type_)
        container_network_policy_disabled_param.additional_properties = d
        return container_network_policy_disabled_param

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
