from typing import Literal

ReasoningEffortType0 = Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"]
REASONING_EFFORT_TYPE_0_VALUES: set[ReasoningEffortType0] = {
    "high",
    "low",
    "max",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_reasoning_effort_type_0(value: str) -> ReasoningEffortType0:
    if value in REASONING_EFFORT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REASONING_EFFORT_TYPE_0_VALUES!r}"
    )
