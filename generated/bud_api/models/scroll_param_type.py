from typing import Literal

ScrollParamType = Literal["scroll"]
SCROLL_PARAM_TYPE_VALUES: set[ScrollParamType] = {"scroll"}


def check_scroll_param_type(value: str) -> ScrollParamType:
    if value in SCROLL_PARAM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SCROLL_PARAM_TYPE_VALUES!r}")
