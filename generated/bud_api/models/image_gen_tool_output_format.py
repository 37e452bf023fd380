from typing import Literal

ImageGenToolOutputFormat = Literal["jpeg", "png", "webp"]
IMAGE_GEN_TOOL_OUTPUT_FORMAT_VALUES: set[ImageGenToolOutputFormat] = {"jpeg", "png", "webp"}


def check_image_gen_tool_output_format(value: str) -> ImageGenToolOutputFormat:
    if value in IMAGE_GEN_TOOL_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GEN_TOOL_OUTPUT_FORMAT_VALUES!r}"
    )
