from typing import Literal

ApplyPatchUpdateFileOperationType = Literal["update_file"]
APPLY_PATCH_UPDATE_FILE_OPERATION_TYPE_VALUES: set[ApplyPatchUpdateFileOperationType] = {
    "update_file"
}


def check_apply_patch_update_file_operation_type(value: str) -> ApplyPatchUpdateFileOperationType:
    if value in APPLY_PATCH_UPDATE_FILE_OPERATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLY_PATCH_UPDATE_FILE_OPERATION_TYPE_VALUES!r}"
    )
