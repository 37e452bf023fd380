from typing import Literal

CompactionBodyType = Literal["compaction"]
COMPACTION_BODY_TYPE_VALUES: set[CompactionBodyType] = {"compaction"}


def check_compaction_body_type(value: str) -> CompactionBodyType:
    if value in COMPACTION_BODY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPACTION_BODY_TYPE_VALUES!r}")
