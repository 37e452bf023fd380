from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.container_auto_param_type import (
    ContainerAutoParamType,
    check_container_auto_param_type,
)
from ..models.container_memory_limit import ContainerMemoryLimit, check_container_memory_limit
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_auto_param_network_policy_type_0_type_2 import (
        ContainerAutoParamNetworkPolicyType0Type2,
    )
    from ..models.container_auto_param_skills_type_0_item_type_2 import (
        ContainerAutoParamSkillsType0ItemType2,
    )
    from ..models.container_network_policy_allowlist_param import (
        ContainerNetworkPolicyAllowlistParam,
    )
    from ..models.container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam
    from ..models.inline_skill_param import InlineSkillParam
    from ..models.skill_reference_param import SkillReferenceParam
T = TypeVar("T", bound="ContainerAutoParam")


@_attrs_define
class ContainerAutoParam:
    """
    Attributes:
        type (ContainerAutoParamType):  Default: 'container_auto'.
        file_ids (list[str] | None | Unset):
        memory_limit (ContainerMemoryLimit | None | Unset):
        network_policy (ContainerAutoParamNetworkPolicyType0Type2 | ContainerNetworkPolicyAllowlistParam |
            ContainerNetworkPolicyDisabledParam | None | Unset):
        skills (list[ContainerAutoParamSkillsType0ItemType2 | InlineSkillParam | SkillReferenceParam] | None | Unset):
    """

    __repr__ = model_repr
    type: ContainerAutoParamType = "container_auto"
    file_ids: list[str] | None | Unset = UNSET
    memory_limit: ContainerMemoryLimit | None | Unset = UNSET
    network_policy: (
        ContainerAutoParamNetworkPolicyType0Type2
        | ContainerNetworkPolicyAllowlistParam
        | ContainerNetworkPolicyDisabledParam
        | None
        | Unset
    ) = UNSET
    skills: (
        list[ContainerAutoParamSkillsType0ItemType2 | InlineSkillParam | SkillReferenceParam]
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
        elif isinstance(self.network_policy, ContainerAutoParamNetworkPolicyType0Type2):
            network_policy = self.network_policy.to_dict()
        else:
            network_policy = self.network_policy
        skills: list[dict[str, Any]] | None | Unset
        if isinstance(self.skills, Unset):
            skills = UNSET
        elif isinstance(self.skills, list):
            skills = []
            for skills_type_0_item_data in self.skills:
                skills_type_0_item: dict[str, Any]
                if isinstance(skills_type_0_item_data, SkillReferenceParam):
                    skills_type_0_item = skills_type_0_item_data.to_dict()
                elif isinstance(skills_type_0_item_data, InlineSkillParam):
                    skills_type_0_item = skills_type_0_item_data.to_dict()
                else:
                    skills_type_0_item = skills_type_0_item_data.to_dict()
                skills.append(skills_type_0_item)
        else:
            skills = self.skills
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids
        if memory_limit is not UNSET:
            field_dict["memory_limit"] = memory_limit
        if network_policy is not UNSET:
            field_dict["network_policy"] = network_policy
        if skills is not UNSET:
            field_dict["skills"] = skills
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_container_auto_param_type(d.pop("type"))

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
            ContainerAutoParamNetworkPolicyType0Type2
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
                network_policy_type_0_type_2 = ContainerAutoParamNetworkPolicyType0Type2.from_dict(
                    data
                )
                return network_policy_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        network_policy = _parse_network_policy(d.pop("network_policy", UNSET))

        def _parse_skills(
            data: object,
        ) -> (
            list[ContainerAutoParamSkillsType0ItemType2 | InlineSkillParam | SkillReferenceParam]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                skills_type_0 = []
                _skills_type_0 = data
                for skills_type_0_item_data in _skills_type_0:

                    def _parse_skills_type_0_item(
                        data: object,
                    ) -> (
                        ContainerAutoParamSkillsType0ItemType2
                        | InlineSkillParam
                        | SkillReferenceParam
                    ):
                        if not _ready_11:
                            _prepare_11()
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            skills_type_0_item_type_0 = SkillReferenceParam.from_dict(data)
                            return skills_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            skills_type_0_item_type_1 = InlineSkillParam.from_dict(data)
                            return skills_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        skills_type_0_item_type_2 = (
                            ContainerAutoParamSkillsType0ItemType2.from_dict(data)
                        )
                        return skills_type_0_item_type_2

                    skills_type_0_item = _parse_skills_type_0_item(skills_type_0_item_data)
                    skills_type_0.append(skills_type_0_item)
                return skills_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        skills = _parse_skills(d.pop("skills", UNSET))
        container_auto_param = cls(
            type=type_,
            file_ids=file_ids,
            memory_limit=memory_limit,
            network_policy=network_policy,
            skills=skills,
        )
        container_auto_param.additional_properties = d
        return container_auto_param

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
        ContainerAutoParamNetworkPolicyType0Type2, \
        ContainerNetworkPolicyAllowlistParam, \
        ContainerNetworkPolicyDisabledParam, \
        InlineSkillParam, \
        SkillReferenceParam
    from ..models.container_auto_param_network_policy_type_0_type_2 import (
        ContainerAutoParamNetworkPolicyType0Type2,
    )
    from ..models.container_network_policy_allowlist_param import (
        ContainerNetworkPolicyAllowlistParam,
    )
    from ..models.container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam
    from ..models.inline_skill_param import InlineSkillParam
    from ..models.skill_reference_param import SkillReferenceParam

    _ready_0 = True


_ready_9 = False


def _prepare_9() -> None:
    global \
        _ready_9, \
        ContainerAutoParamNetworkPolicyType0Type2, \
        ContainerNetworkPolicyAllowlistParam, \
        ContainerNetworkPolicyDisabledParam
    from ..models.container_auto_param_network_policy_type_0_type_2 import (
        ContainerAutoParamNetworkPolicyType0Type2,
    )
    from ..models.container_network_policy_allowlist_param import (
        ContainerNetworkPolicyAllowlistParam,
    )
    from ..models.container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam

    _ready_9 = True


_ready_11 = False


def _prepare_11() -> None:
    global _ready_11, ContainerAutoParamSkillsType0ItemType2, InlineSkillParam, SkillReferenceParam
    from ..models.container_auto_param_skills_type_0_item_type_2 import (
        ContainerAutoParamSkillsType0ItemType2,
    )
    from ..models.inline_skill_param import InlineSkillParam
    from ..models.skill_reference_param import SkillReferenceParam

    _ready_11 = True
