from typing import Literal

ChatCompletionAllowedToolsChoiceType = Literal["allowed_tools"]
CHAT_COMPLETION_ALLOWED_TOOLS_CHOICE_TYPE_VALUES: set[ChatCompletionAllowedToolsChoiceType] = {
    "allowed_tools"
}


def check_chat_completion_allowed_tools_choice_type(
    value: str,
) -> ChatCompletionAllowedToolsChoiceType:
    if value in CHAT_COMPLETION_ALLOWED_TOOLS_CHOICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_ALLOWED_TOOLS_CHOICE_TYPE_VALUES!r}"
    )
