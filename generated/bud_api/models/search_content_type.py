from typing import Literal

SearchContentType = Literal["image", "text"]
SEARCH_CONTENT_TYPE_VALUES: set[SearchContentType] = {"image", "text"}


def check_search_content_type(value: str) -> SearchContentType:
    if value in SEARCH_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_CONTENT_TYPE_VALUES!r}")
