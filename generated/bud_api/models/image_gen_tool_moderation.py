from typing import Literal

ImageGenToolModeration = Literal["auto", "low"]
IMAGE_GEN_TOOL_MODERATION_VALUES: set[ImageGenToolModeration] = {"auto", "low"}


def check_image_gen_tool_moderation(value: str) -> ImageGenToolModeration:
    if value in IMAGE_GEN_TOOL_MODERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GEN_TOOL_MODERATION_VALUES!r}"
    )
