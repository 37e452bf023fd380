from typing import Literal

ResponseReasoningSummaryPartDoneEventPartType0Type = Literal["summary_text"]
RESPONSE_REASONING_SUMMARY_PART_DONE_EVENT_PART_TYPE_0_TYPE_VALUES: set[
    ResponseReasoningSummaryPartDoneEventPartType0Type
] = {"summary_text"}


def check_response_reasoning_summary_part_done_event_part_type_0_type(
    value: str,
) -> ResponseReasoningSummaryPartDoneEventPartType0Type:
    if value in RESPONSE_REASONING_SUMMARY_PART_DONE_EVENT_PART_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_REASONING_SUMMARY_PART_DONE_EVENT_PART_TYPE_0_TYPE_VALUES!r}"
    )
