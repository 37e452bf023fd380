from typing import Literal

CreateResponseTruncationType0 = Literal["auto", "disabled"]
CREATE_RESPONSE_TRUNCATION_TYPE_0_VALUES: set[CreateResponseTruncationType0] = {"auto", "disabled"}


def check_create_response_truncation_type_0(value: str) -> CreateResponseTruncationType0:
    if value in CREATE_RESPONSE_TRUNCATION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_RESPONSE_TRUNCATION_TYPE_0_VALUES!r}"
    )
