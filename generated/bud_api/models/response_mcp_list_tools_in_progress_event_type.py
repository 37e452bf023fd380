from typing import Literal

ResponseMCPListToolsInProgressEventType = Literal["response.mcp_list_tools.in_progress"]
RESPONSE_MCP_LIST_TOOLS_IN_PROGRESS_EVENT_TYPE_VALUES: set[
    ResponseMCPListToolsInProgressEventType
] = {"response.mcp_list_tools.in_progress"}


def check_response_mcp_list_tools_in_progress_event_type(
    value: str,
) -> ResponseMCPListToolsInProgressEventType:
    if value in RESPONSE_MCP_LIST_TOOLS_IN_PROGRESS_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_MCP_LIST_TOOLS_IN_PROGRESS_EVENT_TYPE_VALUES!r}"
    )
