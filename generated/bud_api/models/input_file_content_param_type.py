from typing import Literal

InputFileContentParamType = Literal["input_file"]
INPUT_FILE_CONTENT_PARAM_TYPE_VALUES: set[InputFileContentParamType] = {"input_file"}


def check_input_file_content_param_type(value: str) -> InputFileContentParamType:
    if value in INPUT_FILE_CONTENT_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUT_FILE_CONTENT_PARAM_TYPE_VALUES!r}"
    )
