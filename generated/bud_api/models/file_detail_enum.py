from typing import Literal

FileDetailEnum = Literal["auto", "high", "low"]
FILE_DETAIL_ENUM_VALUES: set[FileDetailEnum] = {"auto", "high", "low"}


def check_file_detail_enum(value: str) -> FileDetailEnum:
    if value in FILE_DETAIL_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FILE_DETAIL_ENUM_VALUES!r}")
