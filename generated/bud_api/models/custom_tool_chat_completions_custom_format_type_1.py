from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..extensions import model_repr
from ..models.custom_tool_chat_completions_custom_format_type_1_type import (
    CustomToolChatCompletionsCustomFormatType1Type,
    check_custom_tool_chat_completions_custom_format_type_1_type,
)

if TYPE_CHECKING:
    from ..models.custom_tool_chat_completions_custom_format_type_1_grammar import (
        CustomToolChatCompletionsCustomFormatType1Grammar,
    )
T = TypeVar("T", bound="CustomToolChatCompletionsCustomFormatType1")


@_attrs_define
class CustomToolChatCompletionsCustomFormatType1:
    """
    Attributes:
        type (CustomToolChatCompletionsCustomFormatType1Type):
        grammar (CustomToolChatCompletionsCustomFormatType1Grammar):
    """

    __repr__ = model_repr
    type: CustomToolChatCompletionsCustomFormatType1Type
    grammar: CustomToolChatCompletionsCustomFormatType1Grammar

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        grammar = self.grammar.to_dict()
        field_dict: dict[str, Any] = {}
        field_dict.update({"type": type_, "grammar": grammar})
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _ready_1:
            _prepare_1()
        d = dict(src_dict)
        type_ = check_custom_tool_chat_completions_custom_format_type_1_type(d.pop("type"))
        grammar = CustomToolChatCompletionsCustomFormatType1Grammar.from_dict(d.pop("grammar"))
        custom_tool_chat_completions_custom_format_type_1 = cls(type=type_, grammar=grammar)
        return custom_tool_chat_completions_custom_format_type_1


_ready_1 = False


def _prepare_1() -> None:
    global _ready_1, CustomToolChatCompletionsCustomFormatType1Grammar
    from ..models.custom_tool_chat_completions_custom_format_type_1_grammar import (
        CustomToolChatCompletionsCustomFormatType1Grammar,
    )

    _ready_1 = True
