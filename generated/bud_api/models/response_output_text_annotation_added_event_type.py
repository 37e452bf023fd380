from typing import Literal

ResponseOutputTextAnnotationAddedEventType = Literal["response.output_text.annotation.added"]
RESPONSE_OUTPUT_TEXT_ANNOTATION_ADDED_EVENT_TYPE_VALUES: set[
    ResponseOutputTextAnnotationAddedEventType
] = {"response.output_text.annotation.added"}


def check_response_output_text_annotation_added_event_type(
    value: str,
) -> ResponseOutputTextAnnotationAddedEventType:
    if value in RESPONSE_OUTPUT_TEXT_ANNOTATION_ADDED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_OUTPUT_TEXT_ANNOTATION_ADDED_EVENT_TYPE_VALUES!r}"
    )
