from typing import Literal

ChatCompletionRequestUserMessageRole = Literal["user"]
CHAT_COMPLETION_REQUEST_USER_MESSAGE_ROLE_VALUES: set[ChatCompletionRequestUserMessageRole] = {
    "user"
}


def check_chat_completion_request_user_message_role(
    value: str,
) -> ChatCompletionRequestUserMessageRole:
    if value in CHAT_COMPLETION_REQUEST_USER_MESSAGE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_USER_MESSAGE_ROLE_VALUES!r}"
    )
