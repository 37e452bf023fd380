from typing import Literal

ResponseWebSearchCallSearchingEventType = Literal["response.web_search_call.searching"]
RESPONSE_WEB_SEARCH_CALL_SEARCHING_EVENT_TYPE_VALUES: set[
    ResponseWebSearchCallSearchingEventType
] = {"response.web_search_call.searching"}


def check_response_web_search_call_searching_event_type(
    value: str,
) -> ResponseWebSearchCallSearchingEventType:
    if value in RESPONSE_WEB_SEARCH_CALL_SEARCHING_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_WEB_SEARCH_CALL_SEARCHING_EVENT_TYPE_VALUES!r}"
    )
