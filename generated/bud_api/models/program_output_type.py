from typing import Literal

ProgramOutputType = Literal["program_output"]
PROGRAM_OUTPUT_TYPE_VALUES: set[ProgramOutputType] = {"program_output"}


def check_program_output_type(value: str) -> ProgramOutputType:
    if value in PROGRAM_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROGRAM_OUTPUT_TYPE_VALUES!r}")
