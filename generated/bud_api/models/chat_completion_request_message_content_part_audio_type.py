from typing import Literal

ChatCompletionRequestMessageContentPartAudioType = Literal["input_audio"]
CHAT_COMPLETION_REQUEST_MESSAGE_CONTENT_PART_AUDIO_TYPE_VALUES: set[
    ChatCompletionRequestMessageContentPartAudioType
] = {"input_audio"}


def check_chat_completion_request_message_content_part_audio_type(
    value: str,
) -> ChatCompletionRequestMessageContentPartAudioType:
    if value in CHAT_COMPLETION_REQUEST_MESSAGE_CONTENT_PART_AUDIO_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_MESSAGE_CONTENT_PART_AUDIO_TYPE_VALUES!r}"
    )
