from typing import Literal

ResponseObjectStatus = Literal[
    "cancelled", "completed", "failed", "in_progress", "incomplete", "queued"
]
RESPONSE_OBJECT_STATUS_VALUES: set[ResponseObjectStatus] = {
    "cancelled",
    "completed",
    "failed",
    "in_progress",
    "incomplete",
    "queued",
}


def check_response_object_status(value: str) -> ResponseObjectStatus:
    if value in RESPONSE_OBJECT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_OBJECT_STATUS_VALUES!r}"
    )
