from typing import Literal

ToolSearchOutputItemParamType = Literal["tool_search_output"]
TOOL_SEARCH_OUTPUT_ITEM_PARAM_TYPE_VALUES: set[ToolSearchOutputItemParamType] = {
    "tool_search_output"
}


def check_tool_search_output_item_param_type(value: str) -> ToolSearchOutputItemParamType:
    if value in TOOL_SEARCH_OUTPUT_ITEM_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOOL_SEARCH_OUTPUT_ITEM_PARAM_TYPE_VALUES!r}"
    )
