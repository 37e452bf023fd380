from typing import Literal

CustomToolCallOutputResourceType = Literal["custom_tool_call_output"]
CUSTOM_TOOL_CALL_OUTPUT_RESOURCE_TYPE_VALUES: set[CustomToolCallOutputResourceType] = {
    "custom_tool_call_output"
}


def check_custom_tool_call_output_resource_type(value: str) -> CustomToolCallOutputResourceType:
    if value in CUSTOM_TOOL_CALL_OUTPUT_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_TOOL_CALL_OUTPUT_RESOURCE_TYPE_VALUES!r}"
    )
