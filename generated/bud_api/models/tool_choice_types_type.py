from typing import Literal

ToolChoiceTypesType = Literal[
    "code_interpreter",
    "computer",
    "computer_use",
    "computer_use_preview",
    "file_search",
    "image_generation",
    "web_search_preview",
    "web_search_preview_2025_03_11",
]
TOOL_CHOICE_TYPES_TYPE_VALUES: set[ToolChoiceTypesType] = {
    "code_interpreter",
    "computer",
    "computer_use",
    "computer_use_preview",
    "file_search",
    "image_generation",
    "web_search_preview",
    "web_search_preview_2025_03_11",
}


def check_tool_choice_types_type(value: str) -> ToolChoiceTypesType:
    if value in TOOL_CHOICE_TYPES_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOOL_CHOICE_TYPES_TYPE_VALUES!r}"
    )
