from typing import Literal

ResponseCompactionCompactingEventType = Literal["response.compaction.compacting"]
RESPONSE_COMPACTION_COMPACTING_EVENT_TYPE_VALUES: set[ResponseCompactionCompactingEventType] = {
    "response.compaction.compacting"
}


def check_response_compaction_compacting_event_type(
    value: str,
) -> ResponseCompactionCompactingEventType:
    if value in RESPONSE_COMPACTION_COMPACTING_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_COMPACTION_COMPACTING_EVENT_TYPE_VALUES!r}"
    )
