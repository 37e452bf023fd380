from typing import Literal

CustomToolCallResourceType = Literal["custom_tool_call"]
CUSTOM_TOOL_CALL_RESOURCE_TYPE_VALUES: set[CustomToolCallResourceType] = {"custom_tool_call"}


def check_custom_tool_call_resource_type(value: str) -> CustomToolCallResourceType:
    if value in CUSTOM_TOOL_CALL_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_TOOL_CALL_RESOURCE_TYPE_VALUES!r}"
    )
