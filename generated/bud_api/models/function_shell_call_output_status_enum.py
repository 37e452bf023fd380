from typing import Literal

FunctionShellCallOutputStatusEnum = Literal["completed", "in_progress", "incomplete"]
FUNCTION_SHELL_CALL_OUTPUT_STATUS_ENUM_VALUES: set[FunctionShellCallOutputStatusEnum] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_function_shell_call_output_status_enum(value: str) -> FunctionShellCallOutputStatusEnum:
    if value in FUNCTION_SHELL_CALL_OUTPUT_STATUS_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNCTION_SHELL_CALL_OUTPUT_STATUS_ENUM_VALUES!r}"
    )
