from typing import Literal

ResponseImageGenCallInProgressEventType = Literal["response.image_generation_call.in_progress"]
RESPONSE_IMAGE_GEN_CALL_IN_PROGRESS_EVENT_TYPE_VALUES: set[
    ResponseImageGenCallInProgressEventType
] = {"response.image_generation_call.in_progress"}


def check_response_image_gen_call_in_progress_event_type(
    value: str,
) -> ResponseImageGenCallInProgressEventType:
    if value in RESPONSE_IMAGE_GEN_CALL_IN_PROGRESS_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_IMAGE_GEN_CALL_IN_PROGRESS_EVENT_TYPE_VALUES!r}"
    )
