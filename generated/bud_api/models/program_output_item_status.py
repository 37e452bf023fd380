from typing import Literal

ProgramOutputItemStatus = Literal["completed", "incomplete"]
PROGRAM_OUTPUT_ITEM_STATUS_VALUES: set[ProgramOutputItemStatus] = {"completed", "incomplete"}


def check_program_output_item_status(value: str) -> ProgramOutputItemStatus:
    if value in PROGRAM_OUTPUT_ITEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROGRAM_OUTPUT_ITEM_STATUS_VALUES!r}"
    )
