from typing import Literal

CreateChatCompletionRequestPromptCacheRetentionType0 = Literal["24h", "in_memory"]
CREATE_CHAT_COMPLETION_REQUEST_PROMPT_CACHE_RETENTION_TYPE_0_VALUES: set[
    CreateChatCompletionRequestPromptCacheRetentionType0
] = {"24h", "in_memory"}


def check_create_chat_completion_request_prompt_cache_retention_type_0(
    value: str,
) -> CreateChatCompletionRequestPromptCacheRetentionType0:
    if value in CREATE_CHAT_COMPLETION_REQUEST_PROMPT_CACHE_RETENTION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CHAT_COMPLETION_REQUEST_PROMPT_CACHE_RETENTION_TYPE_0_VALUES!r}"
    )
