from typing import Literal

ListInputItemsOrder = Literal["asc", "desc"]
LIST_INPUT_ITEMS_ORDER_VALUES: set[ListInputItemsOrder] = {"asc", "desc"}


def check_list_input_items_order(value: str) -> ListInputItemsOrder:
    if value in LIST_INPUT_ITEMS_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_INPUT_ITEMS_ORDER_VALUES!r}"
    )
