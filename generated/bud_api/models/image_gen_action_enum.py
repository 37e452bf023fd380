from typing import Literal

ImageGenActionEnum = Literal["auto", "edit", "generate"]
IMAGE_GEN_ACTION_ENUM_VALUES: set[ImageGenActionEnum] = {"auto", "edit", "generate"}


def check_image_gen_action_enum(value: str) -> ImageGenActionEnum:
    if value in IMAGE_GEN_ACTION_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_GEN_ACTION_ENUM_VALUES!r}")
