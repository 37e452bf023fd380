from typing import Literal

ResponseMCPCallCompletedEventType = Literal["response.mcp_call.completed"]
RESPONSE_MCP_CALL_COMPLETED_EVENT_TYPE_VALUES: set[ResponseMCPCallCompletedEventType] = {
    "response.mcp_call.completed"
}


def check_response_mcp_call_completed_event_type(value: str) -> ResponseMCPCallCompletedEventType:
    if value in RESPONSE_MCP_CALL_COMPLETED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_MCP_CALL_COMPLETED_EVENT_TYPE_VALUES!r}"
    )
