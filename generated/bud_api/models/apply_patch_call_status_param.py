from typing import Literal

ApplyPatchCallStatusParam = Literal["completed", "in_progress"]
APPLY_PATCH_CALL_STATUS_PARAM_VALUES: set[ApplyPatchCallStatusParam] = {"completed", "in_progress"}


def check_apply_patch_call_status_param(value: str) -> ApplyPatchCallStatusParam:
    if value in APPLY_PATCH_CALL_STATUS_PARAM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLY_PATCH_CALL_STATUS_PARAM_VALUES!r}"
    )
