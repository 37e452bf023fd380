from typing import Literal

PromptCacheRetentionEnum = Literal["24h", "in_memory"]
PROMPT_CACHE_RETENTION_ENUM_VALUES: set[PromptCacheRetentionEnum] = {"24h", "in_memory"}


def check_prompt_cache_retention_enum(value: str) -> PromptCacheRetentionEnum:
    if value in PROMPT_CACHE_RETENTION_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_CACHE_RETENTION_ENUM_VALUES!r}"
    )
