from typing import Literal

ResponseMCPCallInProgressEventType = Literal["response.mcp_call.in_progress"]
RESPONSE_MCP_CALL_IN_PROGRESS_EVENT_TYPE_VALUES: set[ResponseMCPCallInProgressEventType] = {
    "response.mcp_call.in_progress"
}


def check_response_mcp_call_in_progress_event_type(
    value: str,
) -> ResponseMCPCallInProgressEventType:
    if value in RESPONSE_MCP_CALL_IN_PROGRESS_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_MCP_CALL_IN_PROGRESS_EVENT_TYPE_VALUES!r}"
    )
