from typing import Literal

WebSearchActionSearchType = Literal["search"]
WEB_SEARCH_ACTION_SEARCH_TYPE_VALUES: set[WebSearchActionSearchType] = {"search"}


def check_web_search_action_search_type(value: str) -> WebSearchActionSearchType:
    if value in WEB_SEARCH_ACTION_SEARCH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_ACTION_SEARCH_TYPE_VALUES!r}"
    )
