from typing import Literal

FileCitationBodyType = Literal["file_citation"]
FILE_CITATION_BODY_TYPE_VALUES: set[FileCitationBodyType] = {"file_citation"}


def check_file_citation_body_type(value: str) -> FileCitationBodyType:
    if value in FILE_CITATION_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILE_CITATION_BODY_TYPE_VALUES!r}"
    )
