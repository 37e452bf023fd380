from typing import Literal

ResponseWebSearchCallInProgressEventType = Literal["response.web_search_call.in_progress"]
RESPONSE_WEB_SEARCH_CALL_IN_PROGRESS_EVENT_TYPE_VALUES: set[
    ResponseWebSearchCallInProgressEventType
] = {"response.web_search_call.in_progress"}


def check_response_web_search_call_in_progress_event_type(
    value: str,
) -> ResponseWebSearchCallInProgressEventType:
    if value in RESPONSE_WEB_SEARCH_CALL_IN_PROGRESS_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_WEB_SEARCH_CALL_IN_PROGRESS_EVENT_TYPE_VALUES!r}"
    )
