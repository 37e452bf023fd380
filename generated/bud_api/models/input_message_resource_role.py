from typing import Literal

InputMessageResourceRole = Literal["developer", "system", "user"]
INPUT_MESSAGE_RESOURCE_ROLE_VALUES: set[InputMessageResourceRole] = {"developer", "system", "user"}


def check_input_message_resource_role(value: str) -> InputMessageResourceRole:
    if value in INPUT_MESSAGE_RESOURCE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUT_MESSAGE_RESOURCE_ROLE_VALUES!r}"
    )
