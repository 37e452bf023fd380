from typing import Literal

FunctionShellCallType = Literal["shell_call"]
FUNCTION_SHELL_CALL_TYPE_VALUES: set[FunctionShellCallType] = {"shell_call"}


def check_function_shell_call_type(value: str) -> FunctionShellCallType:
    if value in FUNCTION_SHELL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNCTION_SHELL_CALL_TYPE_VALUES!r}"
    )
