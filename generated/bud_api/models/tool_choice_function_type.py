from typing import Literal

ToolChoiceFunctionType = Literal["function"]
TOOL_CHOICE_FUNCTION_TYPE_VALUES: set[ToolChoiceFunctionType] = {"function"}


def check_tool_choice_function_type(value: str) -> ToolChoiceFunctionType:
    if value in TOOL_CHOICE_FUNCTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOOL_CHOICE_FUNCTION_TYPE_VALUES!r}"
    )
