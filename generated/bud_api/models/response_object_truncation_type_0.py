from typing import Literal

ResponseObjectTruncationType0 = Literal["auto", "disabled"]
RESPONSE_OBJECT_TRUNCATION_TYPE_0_VALUES: set[ResponseObjectTruncationType0] = {"auto", "disabled"}


def check_response_object_truncation_type_0(value: str) -> ResponseObjectTruncationType0:
    if value in RESPONSE_OBJECT_TRUNCATION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_OBJECT_TRUNCATION_TYPE_0_VALUES!r}"
    )
