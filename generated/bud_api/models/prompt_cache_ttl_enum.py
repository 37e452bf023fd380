from typing import Literal

PromptCacheTTLEnum = Literal["30m"]
PROMPT_CACHE_TTL_ENUM_VALUES: set[PromptCacheTTLEnum] = {"30m"}


def check_prompt_cache_ttl_enum(value: str) -> PromptCacheTTLEnum:
    if value in PROMPT_CACHE_TTL_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROMPT_CACHE_TTL_ENUM_VALUES!r}")
