from typing import Literal

FunctionShellCallOutputType = Literal["shell_call_output"]
FUNCTION_SHELL_CALL_OUTPUT_TYPE_VALUES: set[FunctionShellCallOutputType] = {"shell_call_output"}


def check_function_shell_call_output_type(value: str) -> FunctionShellCallOutputType:
    if value in FUNCTION_SHELL_CALL_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNCTION_SHELL_CALL_OUTPUT_TYPE_VALUES!r}"
    )
