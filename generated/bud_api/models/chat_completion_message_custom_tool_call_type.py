from typing import Literal

ChatCompletionMessageCustomToolCallType = Literal["custom"]
CHAT_COMPLETION_MESSAGE_CUSTOM_TOOL_CALL_TYPE_VALUES: set[
    ChatCompletionMessageCustomToolCallType
] = {"custom"}


def check_chat_completion_message_custom_tool_call_type(
    value: str,
) -> ChatCompletionMessageCustomToolCallType:
    if value in CHAT_COMPLETION_MESSAGE_CUSTOM_TOOL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_MESSAGE_CUSTOM_TOOL_CALL_TYPE_VALUES!r}"
    )
