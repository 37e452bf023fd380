from typing import Literal

ImageGenToolSizeType1 = Literal["1024x1024", "1024x1536", "1536x1024", "auto"]
IMAGE_GEN_TOOL_SIZE_TYPE_1_VALUES: set[ImageGenToolSizeType1] = {
    "1024x1024",
    "1024x1536",
    "1536x1024",
    "auto",
}


def check_image_gen_tool_size_type_1(value: str) -> ImageGenToolSizeType1:
    if value in IMAGE_GEN_TOOL_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GEN_TOOL_SIZE_TYPE_1_VALUES!r}"
    )
