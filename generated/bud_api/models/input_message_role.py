from typing import Literal

InputMessageRole = Literal["developer", "system", "user"]
INPUT_MESSAGE_ROLE_VALUES: set[InputMessageRole] = {"developer", "system", "user"}


def check_input_message_role(value: str) -> InputMessageRole:
    if value in INPUT_MESSAGE_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INPUT_MESSAGE_ROLE_VALUES!r}")
