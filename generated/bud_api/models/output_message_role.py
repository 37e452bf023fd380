from typing import Literal

OutputMessageRole = Literal["assistant"]
OUTPUT_MESSAGE_ROLE_VALUES: set[OutputMessageRole] = {"assistant"}


def check_output_message_role(value: str) -> OutputMessageRole:
    if value in OUTPUT_MESSAGE_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OUTPUT_MESSAGE_ROLE_VALUES!r}")
