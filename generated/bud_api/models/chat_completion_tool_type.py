from typing import Literal

ChatCompletionToolType = Literal["function"]
CHAT_COMPLETION_TOOL_TYPE_VALUES: set[ChatCompletionToolType] = {"function"}


def check_chat_completion_tool_type(value: str) -> ChatCompletionToolType:
    if value in CHAT_COMPLETION_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_TOOL_TYPE_VALUES!r}"
    )
