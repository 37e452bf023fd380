from typing import Literal

PromptCacheBreakpointConfigMode = Literal["explicit"]
PROMPT_CACHE_BREAKPOINT_CONFIG_MODE_VALUES: set[PromptCacheBreakpointConfigMode] = {"explicit"}


def check_prompt_cache_breakpoint_config_mode(value: str) -> PromptCacheBreakpointConfigMode:
    if value in PROMPT_CACHE_BREAKPOINT_CONFIG_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_CACHE_BREAKPOINT_CONFIG_MODE_VALUES!r}"
    )
