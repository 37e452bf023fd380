from typing import Literal

ReasoningGenerateSummaryType0 = Literal["auto", "concise", "detailed"]
REASONING_GENERATE_SUMMARY_TYPE_0_VALUES: set[ReasoningGenerateSummaryType0] = {
    "auto",
    "concise",
    "detailed",
}


def check_reasoning_generate_summary_type_0(value: str) -> ReasoningGenerateSummaryType0:
    if value in REASONING_GENERATE_SUMMARY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REASONING_GENERATE_SUMMARY_TYPE_0_VALUES!r}"
    )
