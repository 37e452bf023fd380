from typing import Literal

ChatCompletionRequestMessageContentPartImageType = Literal["image_url"]
CHAT_COMPLETION_REQUEST_MESSAGE_CONTENT_PART_IMAGE_TYPE_VALUES: set[
    ChatCompletionRequestMessageContentPartImageType
] = {"image_url"}


def check_chat_completion_request_message_content_part_image_type(
    value: str,
) -> ChatCompletionRequestMessageContentPartImageType:
    if value in CHAT_COMPLETION_REQUEST_MESSAGE_CONTENT_PART_IMAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_MESSAGE_CONTENT_PART_IMAGE_TYPE_VALUES!r}"
    )
