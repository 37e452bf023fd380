from typing import Literal

CreateResponsePromptCacheRetentionType0 = Literal["24h", "in_memory"]
CREATE_RESPONSE_PROMPT_CACHE_RETENTION_TYPE_0_VALUES: set[
    CreateResponsePromptCacheRetentionType0
] = {"24h", "in_memory"}


def check_create_response_prompt_cache_retention_type_0(
    value: str,
) -> CreateResponsePromptCacheRetentionType0:
    if value in CREATE_RESPONSE_PROMPT_CACHE_RETENTION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_RESPONSE_PROMPT_CACHE_RETENTION_TYPE_0_VALUES!r}"
    )
