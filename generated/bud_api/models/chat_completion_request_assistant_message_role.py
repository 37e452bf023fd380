from typing import Literal

ChatCompletionRequestAssistantMessageRole = Literal["assistant"]
CHAT_COMPLETION_REQUEST_ASSISTANT_MESSAGE_ROLE_VALUES: set[
    ChatCompletionRequestAssistantMessageRole
] = {"assistant"}


def check_chat_completion_request_assistant_message_role(
    value: str,
) -> ChatCompletionRequestAssistantMessageRole:
    if value in CHAT_COMPLETION_REQUEST_ASSISTANT_MESSAGE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_ASSISTANT_MESSAGE_ROLE_VALUES!r}"
    )
