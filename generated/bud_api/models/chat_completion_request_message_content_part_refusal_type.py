from typing import Literal

ChatCompletionRequestMessageContentPartRefusalType = Literal["refusal"]
CHAT_COMPLETION_REQUEST_MESSAGE_CONTENT_PART_REFUSAL_TYPE_VALUES: set[
    ChatCompletionRequestMessageContentPartRefusalType
] = {"refusal"}


def check_chat_completion_request_message_content_part_refusal_type(
    value: str,
) -> ChatCompletionRequestMessageContentPartRefusalType:
    if value in CHAT_COMPLETION_REQUEST_MESSAGE_CONTENT_PART_REFUSAL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_MESSAGE_CONTENT_PART_REFUSAL_TYPE_VALUES!r}"
    )
