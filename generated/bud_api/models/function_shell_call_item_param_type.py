from typing import Literal

FunctionShellCallItemParamType = Literal["shell_call"]
FUNCTION_SHELL_CALL_ITEM_PARAM_TYPE_VALUES: set[FunctionShellCallItemParamType] = {"shell_call"}


def check_function_shell_call_item_param_type(value: str) -> FunctionShellCallItemParamType:
    if value in FUNCTION_SHELL_CALL_ITEM_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNCTION_SHELL_CALL_ITEM_PARAM_TYPE_VALUES!r}"
    )
