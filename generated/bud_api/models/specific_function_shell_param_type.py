from typing import Literal

SpecificFunctionShellParamType = Literal["shell"]
SPECIFIC_FUNCTION_SHELL_PARAM_TYPE_VALUES: set[SpecificFunctionShellParamType] = {"shell"}


def check_specific_function_shell_param_type(value: str) -> SpecificFunctionShellParamType:
    if value in SPECIFIC_FUNCTION_SHELL_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPECIFIC_FUNCTION_SHELL_PARAM_TYPE_VALUES!r}"
    )
