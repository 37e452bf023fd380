from typing import Literal

ChatCompletionRequestToolMessageRole = Literal["tool"]
CHAT_COMPLETION_REQUEST_TOOL_MESSAGE_ROLE_VALUES: set[ChatCompletionRequestToolMessageRole] = {
    "tool"
}


def check_chat_completion_request_tool_message_role(
    value: str,
) -> ChatCompletionRequestToolMessageRole:
    if value in CHAT_COMPLETION_REQUEST_TOOL_MESSAGE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_TOOL_MESSAGE_ROLE_VALUES!r}"
    )
