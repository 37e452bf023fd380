from typing import Literal

ComputerToolCallStatus = Literal["completed", "in_progress", "incomplete"]
COMPUTER_TOOL_CALL_STATUS_VALUES: set[ComputerToolCallStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_computer_tool_call_status(value: str) -> ComputerToolCallStatus:
    if value in COMPUTER_TOOL_CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPUTER_TOOL_CALL_STATUS_VALUES!r}"
    )
