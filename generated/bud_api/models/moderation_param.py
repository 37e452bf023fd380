from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.moderation_policy_param import ModerationPolicyParam
T = TypeVar("T", bound="ModerationParam")


@_attrs_define
class ModerationParam:
    """
    Attributes:
        model (str):
        policy (ModerationPolicyParam | None | Unset):
    """

    __repr__ = model_repr
    model: str
    policy: ModerationPolicyParam | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        model = self.model
        policy: dict[str, Any] | None | Unset
        if isinstance(self.policy, Unset):
            policy = UNSET
        elif isinstance(self.policy, ModerationPolicyParam):
            policy = self.policy.to_dict()
        else:
            policy = self.policy
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"model": model})
        if policy is not UNSET:
            field_dict["policy"] = policy
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        def _parse_policy(data: object) -> ModerationPolicyParam | None | Unset:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                policy_type_0 = ModerationPolicyParam.from_dict(data)
                return policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        policy = _parse_policy(d.pop("policy", UNSET))
        moderation_param = cls(model=model, policy=policy)
        moderation_param.additional_properties = d
        return moderation_param

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
    global _ready_0, ModerationPolicyParam
    from ..models.moderation_policy_param import ModerationPolicyParam

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, ModerationPolicyParam
    from ..models.moderation_policy_param import ModerationPolicyParam

    _ready_7 = True
