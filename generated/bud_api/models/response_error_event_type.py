from typing import Literal

ResponseErrorEventType = Literal["error"]
RESPONSE_ERROR_EVENT_TYPE_VALUES: set[ResponseErrorEventType] = {"error"}


def check_response_error_event_type(value: str) -> ResponseErrorEventType:
    if value in RESPONSE_ERROR_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_ERROR_EVENT_TYPE_VALUES!r}"
    )
