from typing import Literal

ImageGenToolType = Literal["image_generation"]
IMAGE_GEN_TOOL_TYPE_VALUES: set[ImageGenToolType] = {"image_generation"}


def check_image_gen_tool_type(value: str) -> ImageGenToolType:
    if value in IMAGE_GEN_TOOL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_GEN_TOOL_TYPE_VALUES!r}")
