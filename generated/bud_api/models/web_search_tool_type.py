from typing import Literal

WebSearchToolType = Literal["web_search", "web_search_2025_08_26"]
WEB_SEARCH_TOOL_TYPE_VALUES: set[WebSearchToolType] = {"web_search", "web_search_2025_08_26"}


def check_web_search_tool_type(value: str) -> WebSearchToolType:
    if value in WEB_SEARCH_TOOL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_TOOL_TYPE_VALUES!r}")
