from typing import Literal

ChatCompletionNamedToolChoiceCustomType = Literal["custom"]
CHAT_COMPLETION_NAMED_TOOL_CHOICE_CUSTOM_TYPE_VALUES: set[
    ChatCompletionNamedToolChoiceCustomType
] = {"custom"}


def check_chat_completion_named_tool_choice_custom_type(
    value: str,
) -> ChatCompletionNamedToolChoiceCustomType:
    if value in CHAT_COMPLETION_NAMED_TOOL_CHOICE_CUSTOM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_NAMED_TOOL_CHOICE_CUSTOM_TYPE_VALUES!r}"
    )
