from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.custom_tool_chat_completions_custom_format_type_1_grammar_syntax import (
    CustomToolChatCompletionsCustomFormatType1GrammarSyntax,
    check_custom_tool_chat_completions_custom_format_type_1_grammar_syntax,
)

T = TypeVar("T", bound="CustomToolChatCompletionsCustomFormatType1Grammar")


@_attrs_define
class CustomToolChatCompletionsCustomFormatType1Grammar:
    """
    Attributes:
        definition (str):
        syntax (CustomToolChatCompletionsCustomFormatType1GrammarSyntax):
    """

    __repr__ = model_repr
    definition: str
    syntax: CustomToolChatCompletionsCustomFormatType1GrammarSyntax
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        definition = self.definition
        syntax: str = self.syntax
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"definition": definition, "syntax": syntax})
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        definition = d.pop("definition")
        syntax = check_custom_tool_chat_completions_custom_format_type_1_grammar_syntax(
            d.pop("syntax")
        )
        custom_tool_chat_completions_custom_format_type_1_grammar = cls(
            definition=definition, syntax=syntax
        )
        custom_tool_chat_completions_custom_format_type_1_grammar.additional_properties = d
        return custom_tool_chat_completions_custom_format_type_1_grammar

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
