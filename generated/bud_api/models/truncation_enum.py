from typing import Literal

TruncationEnum = Literal["auto", "disabled"]
TRUNCATION_ENUM_VALUES: set[TruncationEnum] = {"auto", "disabled"}


def check_truncation_enum(value: str) -> TruncationEnum:
    if value in TRUNCATION_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRUNCATION_ENUM_VALUES!r}")
