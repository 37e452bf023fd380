from typing import Literal

WaitParamType = Literal["wait"]
WAIT_PARAM_TYPE_VALUES: set[WaitParamType] = {"wait"}


def check_wait_param_type(value: str) -> WaitParamType:
    if value in WAIT_PARAM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WAIT_PARAM_TYPE_VALUES!r}")
