from typing import Literal

ResponseOutputItemDoneEventType = Literal["response.output_item.done"]
RESPONSE_OUTPUT_ITEM_DONE_EVENT_TYPE_VALUES: set[ResponseOutputItemDoneEventType] = {
    "response.output_item.done"
}


def check_response_output_item_done_event_type(value: str) -> ResponseOutputItemDoneEventType:
    if value in RESPONSE_OUTPUT_ITEM_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_OUTPUT_ITEM_DONE_EVENT_TYPE_VALUES!r}"
    )
