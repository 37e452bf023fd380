from typing import Literal

ResponseReasoningTextDoneEventType = Literal["response.reasoning_text.done"]
RESPONSE_REASONING_TEXT_DONE_EVENT_TYPE_VALUES: set[ResponseReasoningTextDoneEventType] = {
    "response.reasoning_text.done"
}


def check_response_reasoning_text_done_event_type(value: str) -> ResponseReasoningTextDoneEventType:
    if value in RESPONSE_REASONING_TEXT_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_REASONING_TEXT_DONE_EVENT_TYPE_VALUES!r}"
    )
