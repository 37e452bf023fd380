from typing import Literal

ResponseModalitiesType0Item = Literal["audio", "text"]
RESPONSE_MODALITIES_TYPE_0_ITEM_VALUES: set[ResponseModalitiesType0Item] = {"audio", "text"}


def check_response_modalities_type_0_item(value: str) -> ResponseModalitiesType0Item:
    if value in RESPONSE_MODALITIES_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_MODALITIES_TYPE_0_ITEM_VALUES!r}"
    )
