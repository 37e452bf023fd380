from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.prompt_cache_mode_enum import PromptCacheModeEnum, check_prompt_cache_mode_enum
from ..models.prompt_cache_ttl_enum import PromptCacheTTLEnum, check_prompt_cache_ttl_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromptCacheOptions")


@_attrs_define
class PromptCacheOptions:
    """
    Attributes:
        ttl (None | PromptCacheTTLEnum | Unset):
        mode (None | PromptCacheModeEnum | Unset):
    """

    __repr__ = model_repr
    ttl: None | PromptCacheTTLEnum | Unset = UNSET
    mode: None | PromptCacheModeEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ttl: None | str | Unset
        if isinstance(self.ttl, Unset):
            ttl = UNSET
        elif isinstance(self.ttl, str):
            ttl = self.ttl
        else:
            ttl = self.ttl
        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, str):
            mode = self.mode
        else:
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

        def _parse_ttl(data: object) -> None | PromptCacheTTLEnum | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ttl_type_0 = check_prompt_cache_ttl_enum(data)
                return ttl_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        ttl = _parse_ttl(d.pop("ttl", UNSET))

        def _parse_mode(data: object) -> None | PromptCacheModeEnum | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_0 = check_prompt_cache_mode_enum(data)
                return mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        mode = _parse_mode(d.pop("mode", UNSET))
        prompt_cache_options = cls(ttl=ttl, mode=mode)
        prompt_cache_options.additional_properties = d
        return prompt_cache_options

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
