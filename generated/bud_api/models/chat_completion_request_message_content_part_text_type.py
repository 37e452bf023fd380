from typing import Literal

ChatCompletionRequestMessageContentPartTextType = Literal["text"]
CHAT_COMPLETION_REQUEST_MESSAGE_CONTENT_PART_TEXT_TYPE_VALUES: set[
    ChatCompletionRequestMessageContentPartTextType
] = {"text"}


def check_chat_completion_request_message_content_part_text_type(
    value: str,
) -> ChatCompletionRequestMessageContentPartTextType:
    if value in CHAT_COMPLETION_REQUEST_MESSAGE_CONTENT_PART_TEXT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_MESSAGE_CONTENT_PART_TEXT_TYPE_VALUES!r}"
    )
