from typing import Literal

EasyInputMessageType = Literal["message"]
EASY_INPUT_MESSAGE_TYPE_VALUES: set[EasyInputMessageType] = {"message"}


def check_easy_input_message_type(value: str) -> EasyInputMessageType:
    if value in EASY_INPUT_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EASY_INPUT_MESSAGE_TYPE_VALUES!r}"
    )
