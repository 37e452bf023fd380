from typing import Literal

ComputerToolCallOutputStatus = Literal["completed", "in_progress", "incomplete"]
COMPUTER_TOOL_CALL_OUTPUT_STATUS_VALUES: set[ComputerToolCallOutputStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_computer_tool_call_output_status(value: str) -> ComputerToolCallOutputStatus:
    if value in COMPUTER_TOOL_CALL_OUTPUT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPUTER_TOOL_CALL_OUTPUT_STATUS_VALUES!r}"
    )
