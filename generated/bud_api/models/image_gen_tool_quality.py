from typing import Literal

ImageGenToolQuality = Literal["auto", "high", "low", "medium"]
IMAGE_GEN_TOOL_QUALITY_VALUES: set[ImageGenToolQuality] = {"auto", "high", "low", "medium"}


def check_image_gen_tool_quality(value: str) -> ImageGenToolQuality:
    if value in IMAGE_GEN_TOOL_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GEN_TOOL_QUALITY_VALUES!r}"
    )
