from typing import Literal

ToolChoiceAllowedType = Literal["allowed_tools"]
TOOL_CHOICE_ALLOWED_TYPE_VALUES: set[ToolChoiceAllowedType] = {"allowed_tools"}


def check_tool_choice_allowed_type(value: str) -> ToolChoiceAllowedType:
    if value in TOOL_CHOICE_ALLOWED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOOL_CHOICE_ALLOWED_TYPE_VALUES!r}"
    )
