from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.container_network_policy_allowlist_param_type import (
    ContainerNetworkPolicyAllowlistParamType,
    check_container_network_policy_allowlist_param_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_network_policy_domain_secret_param import (
        ContainerNetworkPolicyDomainSecretParam,
    )


T = TypeVar("T", bound="ContainerNetworkPolicyAllowlistParam")


@_attrs_define
class ContainerNetworkPolicyAllowlistParam:
    """
    Attributes:
        type (ContainerNetworkPolicyAllowlistParamType):  Default: 'allowlist'.
        allowed_domains (list[str] | Unset):
        domain_secrets (list[ContainerNetworkPolicyDomainSecretParam] | Unset):
    """

    type: ContainerNetworkPolicyAllowlistParamType = "allowlist"
    allowed_domains: list[str] | Unset = UNSET
    domain_secrets: list[ContainerNetworkPolicyDomainSecretParam] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type

        allowed_domains: list[str] | Unset = UNSET
        if not isinstance(self.allowed_domains, Unset):
            allowed_domains = self.allowed_domains

        domain_secrets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.domain_secrets, Unset):
            domain_secrets = []
            for domain_secrets_item_data in self.domain_secrets:
                domain_secrets_item = domain_secrets_item_data.to_dict()
                domain_secrets.append(domain_secrets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains
        if domain_secrets is not UNSET:
            field_dict["domain_secrets"] = domain_secrets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_network_policy_domain_secret_param import (
            ContainerNetworkPolicyDomainSecretParam,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = check_container_network_policy_allowlist_param_type(d.pop("type"))

        allowed_domains = cast(list[str], d.pop("allowed_domains", UNSET))

        _domain_secrets = d.pop("domain_secrets", UNSET)
        domain_secrets: list[ContainerNetworkPolicyDomainSecretParam] | Unset = UNSET
        if _domain_secrets is not UNSET:
            domain_secrets = []
            for domain_secrets_item_data in _domain_secrets:
                domain_secrets_item = ContainerNetworkPolicyDomainSecretParam.from_dict(
                    domain_secrets_item_data
                )

                domain_secrets.append(domain_secrets_item)

        container_network_policy_allowlist_param = cls(
            type=type_,
            allowed_domains=allowed_domains,
            domain_secrets=domain_secrets,
        )

        container_network_policy_allowlist_param.additional_properties = d
        return container_network_policy_allowlist_param

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
