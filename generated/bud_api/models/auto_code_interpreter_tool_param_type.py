from typing import Literal

AutoCodeInterpreterToolParamType = Literal["auto"]
AUTO_CODE_INTERPRETER_TOOL_PARAM_TYPE_VALUES: set[AutoCodeInterpreterToolParamType] = {"auto"}


def check_auto_code_interpreter_tool_param_type(value: str) -> AutoCodeInterpreterToolParamType:
    if value in AUTO_CODE_INTERPRETER_TOOL_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUTO_CODE_INTERPRETER_TOOL_PARAM_TYPE_VALUES!r}"
    )
