from typing import Literal

ResponseMCPCallArgumentsDeltaEventType = Literal["response.mcp_call_arguments.delta"]
RESPONSE_MCP_CALL_ARGUMENTS_DELTA_EVENT_TYPE_VALUES: set[ResponseMCPCallArgumentsDeltaEventType] = {
    "response.mcp_call_arguments.delta"
}


def check_response_mcp_call_arguments_delta_event_type(
    value: str,
) -> ResponseMCPCallArgumentsDeltaEventType:
    if value in RESPONSE_MCP_CALL_ARGUMENTS_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_MCP_CALL_ARGUMENTS_DELTA_EVENT_TYPE_VALUES!r}"
    )
