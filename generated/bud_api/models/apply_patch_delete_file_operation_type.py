from typing import Literal

ApplyPatchDeleteFileOperationType = Literal["delete_file"]
APPLY_PATCH_DELETE_FILE_OPERATION_TYPE_VALUES: set[ApplyPatchDeleteFileOperationType] = {
    "delete_file"
}


def check_apply_patch_delete_file_operation_type(value: str) -> ApplyPatchDeleteFileOperationType:
    if value in APPLY_PATCH_DELETE_FILE_OPERATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLY_PATCH_DELETE_FILE_OPERATION_TYPE_VALUES!r}"
    )
