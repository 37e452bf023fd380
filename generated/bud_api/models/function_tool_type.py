from typing import Literal

FunctionToolType = Literal["function"]
FUNCTION_TOOL_TYPE_VALUES: set[FunctionToolType] = {"function"}


def check_function_tool_type(value: str) -> FunctionToolType:
    if value in FUNCTION_TOOL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FUNCTION_TOOL_TYPE_VALUES!r}")
