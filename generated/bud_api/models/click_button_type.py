from typing import Literal

ClickButtonType = Literal["back", "forward", "left", "right", "wheel"]
CLICK_BUTTON_TYPE_VALUES: set[ClickButtonType] = {"back", "forward", "left", "right", "wheel"}


def check_click_button_type(value: str) -> ClickButtonType:
    if value in CLICK_BUTTON_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLICK_BUTTON_TYPE_VALUES!r}")
