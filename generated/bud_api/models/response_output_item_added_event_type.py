from typing import Literal

ResponseOutputItemAddedEventType = Literal["response.output_item.added"]
RESPONSE_OUTPUT_ITEM_ADDED_EVENT_TYPE_VALUES: set[ResponseOutputItemAddedEventType] = {
    "response.output_item.added"
}


def check_response_output_item_added_event_type(value: str) -> ResponseOutputItemAddedEventType:
    if value in RESPONSE_OUTPUT_ITEM_ADDED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_OUTPUT_ITEM_ADDED_EVENT_TYPE_VALUES!r}"
    )
