from typing import Literal

RefusalContentType = Literal["refusal"]
REFUSAL_CONTENT_TYPE_VALUES: set[RefusalContentType] = {"refusal"}


def check_refusal_content_type(value: str) -> RefusalContentType:
    if value in REFUSAL_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REFUSAL_CONTENT_TYPE_VALUES!r}")
