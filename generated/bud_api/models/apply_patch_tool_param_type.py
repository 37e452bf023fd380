from typing import Literal

ApplyPatchToolParamType = Literal["apply_patch"]
APPLY_PATCH_TOOL_PARAM_TYPE_VALUES: set[ApplyPatchToolParamType] = {"apply_patch"}


def check_apply_patch_tool_param_type(value: str) -> ApplyPatchToolParamType:
    if value in APPLY_PATCH_TOOL_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLY_PATCH_TOOL_PARAM_TYPE_VALUES!r}"
    )
