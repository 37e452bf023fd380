from typing import Literal

ReasoningContextType0 = Literal["all_turns", "auto", "current_turn"]
REASONING_CONTEXT_TYPE_0_VALUES: set[ReasoningContextType0] = {"all_turns", "auto", "current_turn"}


def check_reasoning_context_type_0(value: str) -> ReasoningContextType0:
    if value in REASONING_CONTEXT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REASONING_CONTEXT_TYPE_0_VALUES!r}"
    )
