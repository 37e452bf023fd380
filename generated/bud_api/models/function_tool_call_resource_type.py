from typing import Literal

FunctionToolCallResourceType = Literal["function_call"]
FUNCTION_TOOL_CALL_RESOURCE_TYPE_VALUES: set[FunctionToolCallResourceType] = {"function_call"}


def check_function_tool_call_resource_type(value: str) -> FunctionToolCallResourceType:
    if value in FUNCTION_TOOL_CALL_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNCTION_TOOL_CALL_RESOURCE_TYPE_VALUES!r}"
    )
