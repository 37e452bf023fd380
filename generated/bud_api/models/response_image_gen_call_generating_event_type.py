from typing import Literal

ResponseImageGenCallGeneratingEventType = Literal["response.image_generation_call.generating"]
RESPONSE_IMAGE_GEN_CALL_GENERATING_EVENT_TYPE_VALUES: set[
    ResponseImageGenCallGeneratingEventType
] = {"response.image_generation_call.generating"}


def check_response_image_gen_call_generating_event_type(
    value: str,
) -> ResponseImageGenCallGeneratingEventType:
    if value in RESPONSE_IMAGE_GEN_CALL_GENERATING_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_IMAGE_GEN_CALL_GENERATING_EVENT_TYPE_VALUES!r}"
    )
