from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.custom_grammar_format_param_type import (
    CustomGrammarFormatParamType,
    check_custom_grammar_format_param_type,
)
from ..models.grammar_syntax_1 import GrammarSyntax1, check_grammar_syntax_1
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomGrammarFormatParam")


@_attrs_define
class CustomGrammarFormatParam:
    """
    Attributes:
        type (CustomGrammarFormatParamType):  Default: 'grammar'.
        syntax (GrammarSyntax1 | None | Unset):
        definition (str | Unset):
    """

    __repr__ = model_repr
    type: CustomGrammarFormatParamType = "grammar"
    syntax: GrammarSyntax1 | None | Unset = UNSET
    definition: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        syntax: None | str | Unset
        if isinstance(self.syntax, Unset):
            syntax = UNSET
        elif isinstance(self.syntax, str):
            syntax = self.syntax
        else:
            syntax = self.syntax
        definition = self.definition
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if syntax is not UNSET:
            field_dict["syntax"] = syntax
        if definition is not UNSET:
            field_dict["definition"] = definition
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_custom_grammar_format_param_type(d.pop("type"))

        def _parse_syntax(data: object) -> GrammarSyntax1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                syntax_type_0 = check_grammar_syntax_1(data)
                return syntax_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        syntax = _parse_syntax(d.pop("syntax", UNSET))
        definition = d.pop("definition", UNSET)
        custom_grammar_format_param = cls(type=type_, syntax=syntax, definition=definition)
        custom_grammar_format_param.additional_properties = d
        return custom_grammar_format_param

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
