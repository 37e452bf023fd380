from typing import Literal

ChatCompletionToolChoiceOptionType0 = Literal["auto", "none", "required"]
CHAT_COMPLETION_TOOL_CHOICE_OPTION_TYPE_0_VALUES: set[ChatCompletionToolChoiceOptionType0] = {
    "auto",
    "none",
    "required",
}


def check_chat_completion_tool_choice_option_type_0(
    value: str,
) -> ChatCompletionToolChoiceOptionType0:
    if value in CHAT_COMPLETION_TOOL_CHOICE_OPTION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_TOOL_CHOICE_OPTION_TYPE_0_VALUES!r}"
    )
