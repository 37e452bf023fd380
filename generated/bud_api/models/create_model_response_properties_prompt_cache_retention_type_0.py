from typing import Literal

CreateModelResponsePropertiesPromptCacheRetentionType0 = Literal["24h", "in_memory"]
CREATE_MODEL_RESPONSE_PROPERTIES_PROMPT_CACHE_RETENTION_TYPE_0_VALUES: set[
    CreateModelResponsePropertiesPromptCacheRetentionType0
] = {"24h", "in_memory"}


def check_create_model_response_properties_prompt_cache_retention_type_0(
    value: str,
) -> CreateModelResponsePropertiesPromptCacheRetentionType0:
    if value in CREATE_MODEL_RESPONSE_PROPERTIES_PROMPT_CACHE_RETENTION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_MODEL_RESPONSE_PROPERTIES_PROMPT_CACHE_RETENTION_TYPE_0_VALUES!r}"
    )
