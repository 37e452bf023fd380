from typing import Literal

DetailEnum = Literal["auto", "high", "low", "original"]
DETAIL_ENUM_VALUES: set[DetailEnum] = {"auto", "high", "low", "original"}


def check_detail_enum(value: str) -> DetailEnum:
    if value in DETAIL_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DETAIL_ENUM_VALUES!r}")
