from typing import Literal

CompoundFilterType = Literal["and", "or"]
COMPOUND_FILTER_TYPE_VALUES: set[CompoundFilterType] = {"and", "or"}


def check_compound_filter_type(value: str) -> CompoundFilterType:
    if value in COMPOUND_FILTER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPOUND_FILTER_TYPE_VALUES!r}")
