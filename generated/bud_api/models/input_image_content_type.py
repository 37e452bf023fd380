from typing import Literal

InputImageContentType = Literal["input_image"]
INPUT_IMAGE_CONTENT_TYPE_VALUES: set[InputImageContentType] = {"input_image"}


def check_input_image_content_type(value: str) -> InputImageContentType:
    if value in INPUT_IMAGE_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUT_IMAGE_CONTENT_TYPE_VALUES!r}"
    )
