from typing import Literal

ComparisonFilterType = Literal["eq", "gt", "gte", "in", "lt", "lte", "ne", "nin"]
COMPARISON_FILTER_TYPE_VALUES: set[ComparisonFilterType] = {
    "eq",
    "gt",
    "gte",
    "in",
    "lt",
    "lte",
    "ne",
    "nin",
}


def check_comparison_filter_type(value: str) -> ComparisonFilterType:
    if value in COMPARISON_FILTER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPARISON_FILTER_TYPE_VALUES!r}"
    )
