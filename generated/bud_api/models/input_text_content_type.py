from typing import Literal

InputTextContentType = Literal["input_text"]
INPUT_TEXT_CONTENT_TYPE_VALUES: set[InputTextContentType] = {"input_text"}


def check_input_text_content_type(value: str) -> InputTextContentType:
    if value in INPUT_TEXT_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUT_TEXT_CONTENT_TYPE_VALUES!r}"
    )
