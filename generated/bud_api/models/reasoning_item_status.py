from typing import Literal

ReasoningItemStatus = Literal["completed", "in_progress", "incomplete"]
REASONING_ITEM_STATUS_VALUES: set[ReasoningItemStatus] = {"completed", "in_progress", "incomplete"}


def check_reasoning_item_status(value: str) -> ReasoningItemStatus:
    if value in REASONING_ITEM_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REASONING_ITEM_STATUS_VALUES!r}")
