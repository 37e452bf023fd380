from typing import Literal

ComputerToolCallOutputResourceType = Literal["computer_call_output"]
COMPUTER_TOOL_CALL_OUTPUT_RESOURCE_TYPE_VALUES: set[ComputerToolCallOutputResourceType] = {
    "computer_call_output"
}


def check_computer_tool_call_output_resource_type(value: str) -> ComputerToolCallOutputResourceType:
    if value in COMPUTER_TOOL_CALL_OUTPUT_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPUTER_TOOL_CALL_OUTPUT_RESOURCE_TYPE_VALUES!r}"
    )
