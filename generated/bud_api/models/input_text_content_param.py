from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.input_text_content_param_type import (
    InputTextContentParamType,
    check_input_text_content_param_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParam
T = TypeVar("T", bound="InputTextContentParam")


@_attrs_define
class InputTextContentParam:
    """
    Attributes:
        type (InputTextContentParamType):  Default: 'input_text'.
        text (str | Unset):
        prompt_cache_breakpoint (None | PromptCacheBreakpointParam | Unset):
    """

    __repr__ = model_repr
    type: InputTextContentParamType = "input_text"
    text: str | Unset = UNSET
    prompt_cache_breakpoint: None | PromptCacheBreakpointParam | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        text = self.text
        prompt_cache_breakpoint: dict[str, Any] | None | Unset
        if isinstance(self.prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        elif isinstance(self.prompt_cache_breakpoint, PromptCacheBreakpointParam):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()
        else:
            prompt_cache_breakpoint = self.prompt_cache_breakpoint
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if text is not UNSET:
            field_dict["text"] = text
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_input_text_content_param_type(d.pop("type"))
        text = d.pop("text", UNSET)

        def _parse_prompt_cache_breakpoint(
            data: object,
        ) -> None | PromptCacheBreakpointParam | Unset:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_cache_breakpoint_type_0 = PromptCacheBreakpointParam.from_dict(data)
                return prompt_cache_breakpoint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        prompt_cache_breakpoint = _parse_prompt_cache_breakpoint(
            d.pop("prompt_cache_breakpoint", UNSET)
        )
        input_text_content_param = cls(
            type=type_, text=text, prompt_cache_breakpoint=prompt_cache_breakpoint
        )
        input_text_content_param.additional_properties = d
        return input_text_content_param

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
    global _ready_0, PromptCacheBreakpointParam
    from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParam

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, PromptCacheBreakpointParam
    from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParam

    _ready_7 = True
