from typing import Literal

LocalShellToolCallOutputType = Literal["local_shell_call_output"]
LOCAL_SHELL_TOOL_CALL_OUTPUT_TYPE_VALUES: set[LocalShellToolCallOutputType] = {
    "local_shell_call_output"
}


def check_local_shell_tool_call_output_type(value: str) -> LocalShellToolCallOutputType:
    if value in LOCAL_SHELL_TOOL_CALL_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOCAL_SHELL_TOOL_CALL_OUTPUT_TYPE_VALUES!r}"
    )
