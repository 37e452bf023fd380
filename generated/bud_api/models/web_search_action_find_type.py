from typing import Literal

WebSearchActionFindType = Literal["find_in_page"]
WEB_SEARCH_ACTION_FIND_TYPE_VALUES: set[WebSearchActionFindType] = {"find_in_page"}


def check_web_search_action_find_type(value: str) -> WebSearchActionFindType:
    if value in WEB_SEARCH_ACTION_FIND_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_ACTION_FIND_TYPE_VALUES!r}"
    )
