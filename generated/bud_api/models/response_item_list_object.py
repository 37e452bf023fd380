from typing import Literal

ResponseItemListObject = Literal["list"]
RESPONSE_ITEM_LIST_OBJECT_VALUES: set[ResponseItemListObject] = {"list"}


def check_response_item_list_object(value: str) -> ResponseItemListObject:
    if value in RESPONSE_ITEM_LIST_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_ITEM_LIST_OBJECT_VALUES!r}"
    )
