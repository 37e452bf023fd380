from typing import Literal

ApplyPatchCreateFileOperationParamType = Literal["create_file"]
APPLY_PATCH_CREATE_FILE_OPERATION_PARAM_TYPE_VALUES: set[ApplyPatchCreateFileOperationParamType] = {
    "create_file"
}


def check_apply_patch_create_file_operation_param_type(
    value: str,
) -> ApplyPatchCreateFileOperationParamType:
    if value in APPLY_PATCH_CREATE_FILE_OPERATION_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLY_PATCH_CREATE_FILE_OPERATION_PARAM_TYPE_VALUES!r}"
    )
