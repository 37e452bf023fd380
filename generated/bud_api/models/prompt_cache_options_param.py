from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.prompt_cache_mode_enum import PromptCacheModeEnum, check_prompt_cache_mode_enum
from ..models.prompt_cache_ttl_enum import PromptCacheTTLEnum, check_prompt_cache_ttl_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromptCacheOptionsParam")


@_attrs_define
class PromptCacheOptionsParam:
    """
    Attributes:
        ttl (PromptCacheTTLEnum | Unset):
        mode (PromptCacheModeEnum | Unset):
    """

    __repr__ = model_repr
    ttl: PromptCacheTTLEnum | Unset = UNSET
    mode: PromptCacheModeEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ttl: str | Unset = UNSET
        if not isinstance(self.ttl, Unset):
            ttl = self.ttl
        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if mode is not UNSET:
            field_dict["mode"] = mode
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _ttl = d.pop("ttl", UNSET)
        ttl: PromptCacheTTLEnum | Unset
        if isinstance(_ttl, Unset):
            ttl = UNSET
        else:
            ttl = check_prompt_cache_ttl_enum(_ttl)
        _mode = d.pop("mode", UNSET)
        mode: PromptCacheModeEnum | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_prompt_cache_mode_enum(_mode)
        prompt_cache_options_param = cls(ttl=ttl, mode=mode)
        prompt_cache_options_param.additional_properties = d
        return prompt_cache_options_param

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
