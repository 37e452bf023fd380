from typing import Literal

WebSearchPreviewToolType = Literal["web_search_preview", "web_search_preview_2025_03_11"]
WEB_SEARCH_PREVIEW_TOOL_TYPE_VALUES: set[WebSearchPreviewToolType] = {
    "web_search_preview",
    "web_search_preview_2025_03_11",
}


def check_web_search_preview_tool_type(value: str) -> WebSearchPreviewToolType:
    if value in WEB_SEARCH_PREVIEW_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_PREVIEW_TOOL_TYPE_VALUES!r}"
    )
