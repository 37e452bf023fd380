from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
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
        allowed_domains (list[str] | None | Unset):
        domain_secrets (list[ContainerNetworkPolicyDomainSecretParam] | None | Unset):
    """

    __repr__ = model_repr
    type: ContainerNetworkPolicyAllowlistParamType = "allowlist"
    allowed_domains: list[str] | None | Unset = UNSET
    domain_secrets: list[ContainerNetworkPolicyDomainSecretParam] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        allowed_domains: list[str] | None | Unset
        if isinstance(self.allowed_domains, Unset):
            allowed_domains = UNSET
        elif isinstance(self.allowed_domains, list):
            allowed_domains = self.allowed_domains
        else:
            allowed_domains = self.allowed_domains
        domain_secrets: list[dict[str, Any]] | None | Unset
        if isinstance(self.domain_secrets, Unset):
            domain_secrets = UNSET
        elif isinstance(self.domain_secrets, list):
            domain_secrets = []
            for domain_secrets_type_0_item_data in self.domain_secrets:
                domain_secrets_type_0_item = domain_secrets_type_0_item_data.to_dict()
                domain_secrets.append(domain_secrets_type_0_item)
        else:
            domain_secrets = self.domain_secrets
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains
        if domain_secrets is not UNSET:
            field_dict["domain_secrets"] = domain_secrets
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_container_network_policy_allowlist_param_type(d.pop("type"))

        def _parse_allowed_domains(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_domains_type_0 = data
                return allowed_domains_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        allowed_domains = _parse_allowed_domains(d.pop("allowed_domains", UNSET))

        def _parse_domain_secrets(
            data: object,
        ) -> list[ContainerNetworkPolicyDomainSecretParam] | None | Unset:
            if not _ready_8:
                _prepare_8()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                domain_secrets_type_0 = []
                _domain_secrets_type_0 = data
                for domain_secrets_type_0_item_data in _domain_secrets_type_0:
                    domain_secrets_type_0_item = ContainerNetworkPolicyDomainSecretParam.from_dict(
                        domain_secrets_type_0_item_data
                    )
                    domain_secrets_type_0.append(domain_secrets_type_0_item)
                return domain_secrets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        domain_secrets = _parse_domain_secrets(d.pop("domain_secrets", UNSET))
        container_network_policy_allowlist_param = cls(
            type=type_, allowed_domains=allowed_domains, domain_secrets=domain_secrets
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


_ready_8 = False


def _prepare_8() -> None:
    global _ready_8, ContainerNetworkPolicyDomainSecretParam
    from ..models.container_network_policy_domain_secret_param import (
        ContainerNetworkPolicyDomainSecretParam,
    )

    _ready_8 = True
