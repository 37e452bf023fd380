from typing import Literal

InputMessageStatus = Literal["completed", "in_progress", "incomplete"]
INPUT_MESSAGE_STATUS_VALUES: set[InputMessageStatus] = {"completed", "in_progress", "incomplete"}


def check_input_message_status(value: str) -> InputMessageStatus:
    if value in INPUT_MESSAGE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INPUT_MESSAGE_STATUS_VALUES!r}")
