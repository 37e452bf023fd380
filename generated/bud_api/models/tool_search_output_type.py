from typing import Literal

ToolSearchOutputType = Literal["tool_search_output"]
TOOL_SEARCH_OUTPUT_TYPE_VALUES: set[ToolSearchOutputType] = {"tool_search_output"}


def check_tool_search_output_type(value: str) -> ToolSearchOutputType:
    if value in TOOL_SEARCH_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOOL_SEARCH_OUTPUT_TYPE_VALUES!r}"
    )
