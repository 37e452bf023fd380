from typing import Literal

ResponseReasoningSummaryPartDoneEventStatus = Literal["incomplete"]
RESPONSE_REASONING_SUMMARY_PART_DONE_EVENT_STATUS_VALUES: set[
    ResponseReasoningSummaryPartDoneEventStatus
] = {"incomplete"}


def check_response_reasoning_summary_part_done_event_status(
    value: str,
) -> ResponseReasoningSummaryPartDoneEventStatus:
    if value in RESPONSE_REASONING_SUMMARY_PART_DONE_EVENT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_REASONING_SUMMARY_PART_DONE_EVENT_STATUS_VALUES!r}"
    )
