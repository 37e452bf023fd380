from typing import Literal

ToolSearchToolParamType = Literal["tool_search"]
TOOL_SEARCH_TOOL_PARAM_TYPE_VALUES: set[ToolSearchToolParamType] = {"tool_search"}


def check_tool_search_tool_param_type(value: str) -> ToolSearchToolParamType:
    if value in TOOL_SEARCH_TOOL_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOOL_SEARCH_TOOL_PARAM_TYPE_VALUES!r}"
    )
