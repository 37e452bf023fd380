from typing import Literal

ChatCompletionModerationErrorType = Literal["error"]
CHAT_COMPLETION_MODERATION_ERROR_TYPE_VALUES: set[ChatCompletionModerationErrorType] = {"error"}


def check_chat_completion_moderation_error_type(value: str) -> ChatCompletionModerationErrorType:
    if value in CHAT_COMPLETION_MODERATION_ERROR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_MODERATION_ERROR_TYPE_VALUES!r}"
    )
