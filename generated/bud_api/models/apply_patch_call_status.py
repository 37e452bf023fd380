from typing import Literal

ApplyPatchCallStatus = Literal["completed", "in_progress"]
APPLY_PATCH_CALL_STATUS_VALUES: set[ApplyPatchCallStatus] = {"completed", "in_progress"}


def check_apply_patch_call_status(value: str) -> ApplyPatchCallStatus:
    if value in APPLY_PATCH_CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLY_PATCH_CALL_STATUS_VALUES!r}"
    )
