from typing import Literal

ChatCompletionNamedToolChoiceType = Literal["function"]
CHAT_COMPLETION_NAMED_TOOL_CHOICE_TYPE_VALUES: set[ChatCompletionNamedToolChoiceType] = {"function"}


def check_chat_completion_named_tool_choice_type(value: str) -> ChatCompletionNamedToolChoiceType:
    if value in CHAT_COMPLETION_NAMED_TOOL_CHOICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_NAMED_TOOL_CHOICE_TYPE_VALUES!r}"
    )
