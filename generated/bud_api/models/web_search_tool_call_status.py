from typing import Literal

WebSearchToolCallStatus = Literal["completed", "failed", "in_progress", "searching"]
WEB_SEARCH_TOOL_CALL_STATUS_VALUES: set[WebSearchToolCallStatus] = {
    "completed",
    "failed",
    "in_progress",
    "searching",
}


def check_web_search_tool_call_status(value: str) -> WebSearchToolCallStatus:
    if value in WEB_SEARCH_TOOL_CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_TOOL_CALL_STATUS_VALUES!r}"
    )
