from typing import Literal

ResponseObjectObject = Literal["response"]
RESPONSE_OBJECT_OBJECT_VALUES: set[ResponseObjectObject] = {"response"}


def check_response_object_object(value: str) -> ResponseObjectObject:
    if value in RESPONSE_OBJECT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_OBJECT_OBJECT_VALUES!r}"
    )
