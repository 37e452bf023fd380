from typing import Literal

ApplyPatchToolCallOutputItemParamType = Literal["apply_patch_call_output"]
APPLY_PATCH_TOOL_CALL_OUTPUT_ITEM_PARAM_TYPE_VALUES: set[ApplyPatchToolCallOutputItemParamType] = {
    "apply_patch_call_output"
}


def check_apply_patch_tool_call_output_item_param_type(
    value: str,
) -> ApplyPatchToolCallOutputItemParamType:
    if value in APPLY_PATCH_TOOL_CALL_OUTPUT_ITEM_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLY_PATCH_TOOL_CALL_OUTPUT_ITEM_PARAM_TYPE_VALUES!r}"
    )
