from typing import Literal

FunctionToolCallOutputResourceType = Literal["function_call_output"]
FUNCTION_TOOL_CALL_OUTPUT_RESOURCE_TYPE_VALUES: set[FunctionToolCallOutputResourceType] = {
    "function_call_output"
}


def check_function_tool_call_output_resource_type(value: str) -> FunctionToolCallOutputResourceType:
    if value in FUNCTION_TOOL_CALL_OUTPUT_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNCTION_TOOL_CALL_OUTPUT_RESOURCE_TYPE_VALUES!r}"
    )
