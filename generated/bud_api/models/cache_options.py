from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.cache_options_enabled import CacheOptionsEnabled, check_cache_options_enabled
from ..types import UNSET, Unset

T = TypeVar("T", bound="CacheOptions")


@_attrs_define
class CacheOptions:
    """How the Bud gateway's inference cache treats a request.

    Attributes:
        enabled (CacheOptionsEnabled | Unset):
        max_age_s (int | Unset):
    """

    __repr__ = model_repr
    enabled: CacheOptionsEnabled | Unset = UNSET
    max_age_s: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled: str | Unset = UNSET
        if not isinstance(self.enabled, Unset):
            enabled = self.enabled
        max_age_s = self.max_age_s
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if max_age_s is not UNSET:
            field_dict["max_age_s"] = max_age_s
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _enabled = d.pop("enabled", UNSET)
        enabled: CacheOptionsEnabled | Unset
        if isinstance(_enabled, Unset):
            enabled = UNSET
        else:
            enabled = check_cache_options_enabled(_enabled)
        max_age_s = d.pop("max_age_s", UNSET)
        cache_options = cls(enabled=enabled, max_age_s=max_age_s)
        cache_options.additional_properties = d
        return cache_options

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
