from typing import Literal

ChatCompletionRequestSystemMessageRole = Literal["system"]
CHAT_COMPLETION_REQUEST_SYSTEM_MESSAGE_ROLE_VALUES: set[ChatCompletionRequestSystemMessageRole] = {
    "system"
}


def check_chat_completion_request_system_message_role(
    value: str,
) -> ChatCompletionRequestSystemMessageRole:
    if value in CHAT_COMPLETION_REQUEST_SYSTEM_MESSAGE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_SYSTEM_MESSAGE_ROLE_VALUES!r}"
    )
