from typing import Literal

CustomToolChatCompletionsCustomFormatType1GrammarSyntax = Literal["lark", "regex"]
CUSTOM_TOOL_CHAT_COMPLETIONS_CUSTOM_FORMAT_TYPE_1_GRAMMAR_SYNTAX_VALUES: set[
    CustomToolChatCompletionsCustomFormatType1GrammarSyntax
] = {"lark", "regex"}


def check_custom_tool_chat_completions_custom_format_type_1_grammar_syntax(
    value: str,
) -> CustomToolChatCompletionsCustomFormatType1GrammarSyntax:
    if value in CUSTOM_TOOL_CHAT_COMPLETIONS_CUSTOM_FORMAT_TYPE_1_GRAMMAR_SYNTAX_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_TOOL_CHAT_COMPLETIONS_CUSTOM_FORMAT_TYPE_1_GRAMMAR_SYNTAX_VALUES!r}"
    )
