from typing import Literal

ResponseRefusalDoneEventType = Literal["response.refusal.done"]
RESPONSE_REFUSAL_DONE_EVENT_TYPE_VALUES: set[ResponseRefusalDoneEventType] = {
    "response.refusal.done"
}


def check_response_refusal_done_event_type(value: str) -> ResponseRefusalDoneEventType:
    if value in RESPONSE_REFUSAL_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_REFUSAL_DONE_EVENT_TYPE_VALUES!r}"
    )
