from typing import Literal

ClassifyRequestPriority = Literal["high", "low", "normal"]
CLASSIFY_REQUEST_PRIORITY_VALUES: set[ClassifyRequestPriority] = {"high", "low", "normal"}


def check_classify_request_priority(value: str) -> ClassifyRequestPriority:
    if value in CLASSIFY_REQUEST_PRIORITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLASSIFY_REQUEST_PRIORITY_VALUES!r}"
    )
