from typing import Literal

ResponseObjectPromptCacheRetentionType0 = Literal["24h", "in_memory"]
RESPONSE_OBJECT_PROMPT_CACHE_RETENTION_TYPE_0_VALUES: set[
    ResponseObjectPromptCacheRetentionType0
] = {"24h", "in_memory"}


def check_response_object_prompt_cache_retention_type_0(
    value: str,
) -> ResponseObjectPromptCacheRetentionType0:
    if value in RESPONSE_OBJECT_PROMPT_CACHE_RETENTION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_OBJECT_PROMPT_CACHE_RETENTION_TYPE_0_VALUES!r}"
    )
