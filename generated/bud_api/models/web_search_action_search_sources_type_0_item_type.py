from typing import Literal

WebSearchActionSearchSourcesType0ItemType = Literal["url"]
WEB_SEARCH_ACTION_SEARCH_SOURCES_TYPE_0_ITEM_TYPE_VALUES: set[
    WebSearchActionSearchSourcesType0ItemType
] = {"url"}


def check_web_search_action_search_sources_type_0_item_type(
    value: str,
) -> WebSearchActionSearchSourcesType0ItemType:
    if value in WEB_SEARCH_ACTION_SEARCH_SOURCES_TYPE_0_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_ACTION_SEARCH_SOURCES_TYPE_0_ITEM_TYPE_VALUES!r}"
    )
