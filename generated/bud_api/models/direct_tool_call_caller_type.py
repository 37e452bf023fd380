from typing import Literal

DirectToolCallCallerType = Literal["direct"]
DIRECT_TOOL_CALL_CALLER_TYPE_VALUES: set[DirectToolCallCallerType] = {"direct"}


def check_direct_tool_call_caller_type(value: str) -> DirectToolCallCallerType:
    if value in DIRECT_TOOL_CALL_CALLER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DIRECT_TOOL_CALL_CALLER_TYPE_VALUES!r}"
    )
