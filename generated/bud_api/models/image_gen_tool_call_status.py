from typing import Literal

ImageGenToolCallStatus = Literal["completed", "failed", "generating", "in_progress"]
IMAGE_GEN_TOOL_CALL_STATUS_VALUES: set[ImageGenToolCallStatus] = {
    "completed",
    "failed",
    "generating",
    "in_progress",
}


def check_image_gen_tool_call_status(value: str) -> ImageGenToolCallStatus:
    if value in IMAGE_GEN_TOOL_CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GEN_TOOL_CALL_STATUS_VALUES!r}"
    )
