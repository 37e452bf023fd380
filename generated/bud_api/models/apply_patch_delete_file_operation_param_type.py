from typing import Literal

ApplyPatchDeleteFileOperationParamType = Literal["delete_file"]
APPLY_PATCH_DELETE_FILE_OPERATION_PARAM_TYPE_VALUES: set[ApplyPatchDeleteFileOperationParamType] = {
    "delete_file"
}


def check_apply_patch_delete_file_operation_param_type(
    value: str,
) -> ApplyPatchDeleteFileOperationParamType:
    if value in APPLY_PATCH_DELETE_FILE_OPERATION_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLY_PATCH_DELETE_FILE_OPERATION_PARAM_TYPE_VALUES!r}"
    )
