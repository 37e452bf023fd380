from typing import Literal

ResponseDoneEventType = Literal["response.done"]
RESPONSE_DONE_EVENT_TYPE_VALUES: set[ResponseDoneEventType] = {"response.done"}


def check_response_done_event_type(value: str) -> ResponseDoneEventType:
    if value in RESPONSE_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_DONE_EVENT_TYPE_VALUES!r}"
    )
