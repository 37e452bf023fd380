from typing import Literal

ResponseMCPCallArgumentsDoneEventType = Literal["response.mcp_call_arguments.done"]
RESPONSE_MCP_CALL_ARGUMENTS_DONE_EVENT_TYPE_VALUES: set[ResponseMCPCallArgumentsDoneEventType] = {
    "response.mcp_call_arguments.done"
}


def check_response_mcp_call_arguments_done_event_type(
    value: str,
) -> ResponseMCPCallArgumentsDoneEventType:
    if value in RESPONSE_MCP_CALL_ARGUMENTS_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_MCP_CALL_ARGUMENTS_DONE_EVENT_TYPE_VALUES!r}"
    )
