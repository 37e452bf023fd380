from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.reasoning_context_type_0 import ReasoningContextType0, check_reasoning_context_type_0
from ..models.reasoning_effort_type_0 import ReasoningEffortType0, check_reasoning_effort_type_0
from ..models.reasoning_generate_summary_type_0 import (
    ReasoningGenerateSummaryType0,
    check_reasoning_generate_summary_type_0,
)
from ..models.reasoning_summary_type_0 import ReasoningSummaryType0, check_reasoning_summary_type_0
from ..types import UNSET, Unset

T = TypeVar("T", bound="Reasoning")


@_attrs_define
class Reasoning:
    """
    Attributes:
        mode (None | str | Unset):
        effort (None | ReasoningEffortType0 | Unset):
        summary (None | ReasoningSummaryType0 | Unset):
        context (None | ReasoningContextType0 | Unset):
        generate_summary (None | ReasoningGenerateSummaryType0 | Unset):
    """

    __repr__ = model_repr
    mode: None | str | Unset = UNSET
    effort: None | ReasoningEffortType0 | Unset = UNSET
    summary: None | ReasoningSummaryType0 | Unset = UNSET
    context: None | ReasoningContextType0 | Unset = UNSET
    generate_summary: None | ReasoningGenerateSummaryType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        else:
            mode = self.mode
        effort: None | str | Unset
        if isinstance(self.effort, Unset):
            effort = UNSET
        elif isinstance(self.effort, str):
            effort = self.effort
        else:
            effort = self.effort
        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, str):
            summary = self.summary
        else:
            summary = self.summary
        context: None | str | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        elif isinstance(self.context, str):
            context = self.context
        else:
            context = self.context
        generate_summary: None | str | Unset
        if isinstance(self.generate_summary, Unset):
            generate_summary = UNSET
        elif isinstance(self.generate_summary, str):
            generate_summary = self.generate_summary
        else:
            generate_summary = self.generate_summary
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if effort is not UNSET:
            field_dict["effort"] = effort
        if summary is not UNSET:
            field_dict["summary"] = summary
        if context is not UNSET:
            field_dict["context"] = context
        if generate_summary is not UNSET:
            field_dict["generate_summary"] = generate_summary
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        mode = _parse_mode(d.pop("mode", UNSET))

        def _parse_effort(data: object) -> None | ReasoningEffortType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_reasoning_effort_type_0 = check_reasoning_effort_type_0(data)
                return componentsschemas_reasoning_effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        effort = _parse_effort(d.pop("effort", UNSET))

        def _parse_summary(data: object) -> None | ReasoningSummaryType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                summary_type_0 = check_reasoning_summary_type_0(data)
                return summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_context(data: object) -> None | ReasoningContextType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                context_type_0 = check_reasoning_context_type_0(data)
                return context_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        context = _parse_context(d.pop("context", UNSET))

        def _parse_generate_summary(data: object) -> None | ReasoningGenerateSummaryType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                generate_summary_type_0 = check_reasoning_generate_summary_type_0(data)
                return generate_summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        generate_summary = _parse_generate_summary(d.pop("generate_summary", UNSET))
        reasoning = cls(
            mode=mode,
            effort=effort,
            summary=summary,
            context=context,
            generate_summary=generate_summary,
        )
        reasoning.additional_properties = d
        return reasoning

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
