from typing import Literal

ProgrammaticToolCallingParamType = Literal["programmatic_tool_calling"]
PROGRAMMATIC_TOOL_CALLING_PARAM_TYPE_VALUES: set[ProgrammaticToolCallingParamType] = {
    "programmatic_tool_calling"
}


def check_programmatic_tool_calling_param_type(value: str) -> ProgrammaticToolCallingParamType:
    if value in PROGRAMMATIC_TOOL_CALLING_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROGRAMMATIC_TOOL_CALLING_PARAM_TYPE_VALUES!r}"
    )
