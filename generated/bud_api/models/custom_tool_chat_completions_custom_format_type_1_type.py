from typing import Literal

CustomToolChatCompletionsCustomFormatType1Type = Literal["grammar"]
CUSTOM_TOOL_CHAT_COMPLETIONS_CUSTOM_FORMAT_TYPE_1_TYPE_VALUES: set[
    CustomToolChatCompletionsCustomFormatType1Type
] = {"grammar"}


def check_custom_tool_chat_completions_custom_format_type_1_type(
    value: str,
) -> CustomToolChatCompletionsCustomFormatType1Type:
    if value in CUSTOM_TOOL_CHAT_COMPLETIONS_CUSTOM_FORMAT_TYPE_1_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_TOOL_CHAT_COMPLETIONS_CUSTOM_FORMAT_TYPE_1_TYPE_VALUES!r}"
    )
