from typing import Literal

KeyPressActionType = Literal["keypress"]
KEY_PRESS_ACTION_TYPE_VALUES: set[KeyPressActionType] = {"keypress"}


def check_key_press_action_type(value: str) -> KeyPressActionType:
    if value in KEY_PRESS_ACTION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KEY_PRESS_ACTION_TYPE_VALUES!r}")
