from typing import Literal

ImageGenToolCallType = Literal["image_generation_call"]
IMAGE_GEN_TOOL_CALL_TYPE_VALUES: set[ImageGenToolCallType] = {"image_generation_call"}


def check_image_gen_tool_call_type(value: str) -> ImageGenToolCallType:
    if value in IMAGE_GEN_TOOL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GEN_TOOL_CALL_TYPE_VALUES!r}"
    )
