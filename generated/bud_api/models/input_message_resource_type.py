from typing import Literal

InputMessageResourceType = Literal["message"]
INPUT_MESSAGE_RESOURCE_TYPE_VALUES: set[InputMessageResourceType] = {"message"}


def check_input_message_resource_type(value: str) -> InputMessageResourceType:
    if value in INPUT_MESSAGE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUT_MESSAGE_RESOURCE_TYPE_VALUES!r}"
    )
