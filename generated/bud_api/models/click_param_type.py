from typing import Literal

ClickParamType = Literal["click"]
CLICK_PARAM_TYPE_VALUES: set[ClickParamType] = {"click"}


def check_click_param_type(value: str) -> ClickParamType:
    if value in CLICK_PARAM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLICK_PARAM_TYPE_VALUES!r}")
