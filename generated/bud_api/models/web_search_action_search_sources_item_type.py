from typing import Literal

WebSearchActionSearchSourcesItemType = Literal["url"]

WEB_SEARCH_ACTION_SEARCH_SOURCES_ITEM_TYPE_VALUES: set[WebSearchActionSearchSourcesItemType] = {
    "url",
}


def check_web_search_action_search_sources_item_type(
    value: str,
) -> WebSearchActionSearchSourcesItemType:
    if value in WEB_SEARCH_ACTION_SEARCH_SOURCES_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_ACTION_SEARCH_SOURCES_ITEM_TYPE_VALUES!r}"
    )
