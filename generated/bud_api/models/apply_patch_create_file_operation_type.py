from typing import Literal

ApplyPatchCreateFileOperationType = Literal["create_file"]
APPLY_PATCH_CREATE_FILE_OPERATION_TYPE_VALUES: set[ApplyPatchCreateFileOperationType] = {
    "create_file"
}


def check_apply_patch_create_file_operation_type(value: str) -> ApplyPatchCreateFileOperationType:
    if value in APPLY_PATCH_CREATE_FILE_OPERATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLY_PATCH_CREATE_FILE_OPERATION_TYPE_VALUES!r}"
    )
