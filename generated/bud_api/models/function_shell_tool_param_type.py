from typing import Literal

FunctionShellToolParamType = Literal["shell"]
FUNCTION_SHELL_TOOL_PARAM_TYPE_VALUES: set[FunctionShellToolParamType] = {"shell"}


def check_function_shell_tool_param_type(value: str) -> FunctionShellToolParamType:
    if value in FUNCTION_SHELL_TOOL_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNCTION_SHELL_TOOL_PARAM_TYPE_VALUES!r}"
    )
