from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.auto_code_interpreter_tool_param_type import (
    AutoCodeInterpreterToolParamType,
    check_auto_code_interpreter_tool_param_type,
)
from ..models.container_memory_limit import ContainerMemoryLimit, check_container_memory_limit
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_code_interpreter_tool_param_network_policy_type_0_type_2 import (
        AutoCodeInterpreterToolParamNetworkPolicyType0Type2,
    )
    from ..models.container_network_policy_allowlist_param import (
        ContainerNetworkPolicyAllowlistParam,
    )
    from ..models.container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam
T = TypeVar("T", bound="AutoCodeInterpreterToolParam")


@_attrs_define
class AutoCodeInterpreterToolParam:
    """
    Attributes:
        type (AutoCodeInterpreterToolParamType):  Default: 'auto'.
        file_ids (list[str] | None | Unset):
        memory_limit (ContainerMemoryLimit | None | Unset):
        network_policy (AutoCodeInterpreterToolParamNetworkPolicyType0Type2 | ContainerNetworkPolicyAllowlistParam |
            ContainerNetworkPolicyDisabledParam | None | Unset):
    """

    __repr__ = model_repr
    type: AutoCodeInterpreterToolParamType = "auto"
    file_ids: list[str] | None | Unset = UNSET
    memory_limit: ContainerMemoryLimit | None | Unset = UNSET
    network_policy: (
        AutoCodeInterpreterToolParamNetworkPolicyType0Type2
        | ContainerNetworkPolicyAllowlistParam
        | ContainerNetworkPolicyDisabledParam
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        file_ids: list[str] | None | Unset
        if isinstance(self.file_ids, Unset):
            file_ids = UNSET
        elif isinstance(self.file_ids, list):
            file_ids = self.file_ids
        else:
            file_ids = self.file_ids
        memory_limit: None | str | Unset
        if isinstance(self.memory_limit, Unset):
            memory_limit = UNSET
        elif isinstance(self.memory_limit, str):
            memory_limit = self.memory_limit
        else:
            memory_limit = self.memory_limit
        network_policy: dict[str, Any] | None | Unset
        if isinstance(self.network_policy, Unset):
            network_policy = UNSET
        elif isinstance(self.network_policy, ContainerNetworkPolicyDisabledParam):
            network_policy = self.network_policy.to_dict()
        elif isinstance(self.network_policy, ContainerNetworkPolicyAllowlistParam):
            network_policy = self.network_policy.to_dict()
        elif isinstance(self.network_policy, AutoCodeInterpreterToolParamNetworkPolicyType0Type2):
            network_policy = self.network_policy.to_dict()
        else:
            network_policy = self.network_policy
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids
        if memory_limit is not UNSET:
            field_dict["memory_limit"] = memory_limit
        if network_policy is not UNSET:
            field_dict["network_policy"] = network_policy
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_auto_code_interpreter_tool_param_type(d.pop("type"))

        def _parse_file_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                file_ids_type_0 = data
                return file_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        file_ids = _parse_file_ids(d.pop("file_ids", UNSET))

        def _parse_memory_limit(data: object) -> ContainerMemoryLimit | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                memory_limit_type_0 = check_container_memory_limit(data)
                return memory_limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        memory_limit = _parse_memory_limit(d.pop("memory_limit", UNSET))

        def _parse_network_policy(
            data: object,
        ) -> (
            AutoCodeInterpreterToolParamNetworkPolicyType0Type2
            | ContainerNetworkPolicyAllowlistParam
            | ContainerNetworkPolicyDisabledParam
            | None
            | Unset
        ):
            if not _ready_9:
                _prepare_9()
            if type(data) is dict:
                _tag = data.get("type")
                if _tag == "allowlist":
                    try:
                        return ContainerNetworkPolicyAllowlistParam.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "disabled":
                    try:
                        return ContainerNetworkPolicyDisabledParam.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                network_policy_type_0_type_0 = ContainerNetworkPolicyDisabledParam.from_dict(data)
                return network_policy_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                network_policy_type_0_type_1 = ContainerNetworkPolicyAllowlistParam.from_dict(data)
                return network_policy_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                network_policy_type_0_type_2 = (
                    AutoCodeInterpreterToolParamNetworkPolicyType0Type2.from_dict(data)
                )
                return network_policy_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        network_policy = _parse_network_policy(d.pop("network_policy", UNSET))
        auto_code_interpreter_tool_param = cls(
            type=type_, file_ids=file_ids, memory_limit=memory_limit, network_policy=network_policy
        )
        auto_code_interpreter_tool_param.additional_properties = d
        return auto_code_interpreter_tool_param

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


_ready_0 = False


def _prepare_0() -> None:
    global \
        _ready_0, \
        AutoCodeInterpreterToolParamNetworkPolicyType0Type2, \
        ContainerNetworkPolicyAllowlistParam, \
        ContainerNetworkPolicyDisabledParam
    from ..models.auto_code_interpreter_tool_param_network_policy_type_0_type_2 import (
        AutoCodeInterpreterToolParamNetworkPolicyType0Type2,
    )
    from ..models.container_network_policy_allowlist_param import (
        ContainerNetworkPolicyAllowlistParam,
    )
    from ..models.container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam

    _ready_0 = True


_ready_9 = False


def _prepare_9() -> None:
    global \
        _ready_9, \
        AutoCodeInterpreterToolParamNetworkPolicyType0Type2, \
        ContainerNetworkPolicyAllowlistParam, \
        ContainerNetworkPolicyDisabledParam
    from ..models.auto_code_interpreter_tool_param_network_policy_type_0_type_2 import (
        AutoCodeInterpreterToolParamNetworkPolicyType0Type2,
    )
    from ..models.container_network_policy_allowlist_param import (
        ContainerNetworkPolicyAllowlistParam,
    )
    from ..models.container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam

    _ready_9 = True
