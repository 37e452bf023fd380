from typing import Literal

CustomToolChatCompletionsType = Literal["custom"]
CUSTOM_TOOL_CHAT_COMPLETIONS_TYPE_VALUES: set[CustomToolChatCompletionsType] = {"custom"}


def check_custom_tool_chat_completions_type(value: str) -> CustomToolChatCompletionsType:
    if value in CUSTOM_TOOL_CHAT_COMPLETIONS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_TOOL_CHAT_COMPLETIONS_TYPE_VALUES!r}"
    )
