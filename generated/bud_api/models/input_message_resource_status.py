from typing import Literal

InputMessageResourceStatus = Literal["completed", "in_progress", "incomplete"]
INPUT_MESSAGE_RESOURCE_STATUS_VALUES: set[InputMessageResourceStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_input_message_resource_status(value: str) -> InputMessageResourceStatus:
    if value in INPUT_MESSAGE_RESOURCE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUT_MESSAGE_RESOURCE_STATUS_VALUES!r}"
    )
