from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.apply_patch_tool_param_type import (
    ApplyPatchToolParamType,
    check_apply_patch_tool_param_type,
)
from ..models.callable_tool_allowed_caller import (
    CallableToolAllowedCaller,
    check_callable_tool_allowed_caller,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplyPatchToolParam")


@_attrs_define
class ApplyPatchToolParam:
    """
    Attributes:
        type (ApplyPatchToolParamType):  Default: 'apply_patch'.
        allowed_callers (list[CallableToolAllowedCaller] | None | Unset):
    """

    __repr__ = model_repr
    type: ApplyPatchToolParamType = "apply_patch"
    allowed_callers: list[CallableToolAllowedCaller] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        allowed_callers: list[str] | None | Unset
        if isinstance(self.allowed_callers, Unset):
            allowed_callers = UNSET
        elif isinstance(self.allowed_callers, list):
            allowed_callers = []
            for allowed_callers_type_0_item_data in self.allowed_callers:
                allowed_callers_type_0_item: str = allowed_callers_type_0_item_data
                allowed_callers.append(allowed_callers_type_0_item)
        else:
            allowed_callers = self.allowed_callers
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_apply_patch_tool_param_type(d.pop("type"))

        def _parse_allowed_callers(data: object) -> list[CallableToolAllowedCaller] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_callers_type_0 = []
                _allowed_callers_type_0 = data
                for allowed_callers_type_0_item_data in _allowed_callers_type_0:
                    allowed_callers_type_0_item = check_callable_tool_allowed_caller(
                        allowed_callers_type_0_item_data
                    )
                    allowed_callers_type_0.append(allowed_callers_type_0_item)
                return allowed_callers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        allowed_callers = _parse_allowed_callers(d.pop("allowed_callers", UNSET))
        apply_patch_tool_param = cls(type=type_, allowed_callers=allowed_callers)
        apply_patch_tool_param.additional_properties = d
        return apply_patch_tool_param

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
