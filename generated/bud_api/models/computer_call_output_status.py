from typing import Literal

ComputerCallOutputStatus = Literal["completed", "failed", "incomplete"]
COMPUTER_CALL_OUTPUT_STATUS_VALUES: set[ComputerCallOutputStatus] = {
    "completed",
    "failed",
    "incomplete",
}


def check_computer_call_output_status(value: str) -> ComputerCallOutputStatus:
    if value in COMPUTER_CALL_OUTPUT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPUTER_CALL_OUTPUT_STATUS_VALUES!r}"
    )
