from typing import Literal

FunctionCallItemStatus = Literal["completed", "in_progress", "incomplete"]
FUNCTION_CALL_ITEM_STATUS_VALUES: set[FunctionCallItemStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_function_call_item_status(value: str) -> FunctionCallItemStatus:
    if value in FUNCTION_CALL_ITEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNCTION_CALL_ITEM_STATUS_VALUES!r}"
    )
