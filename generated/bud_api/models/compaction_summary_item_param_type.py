from typing import Literal

CompactionSummaryItemParamType = Literal["compaction"]
COMPACTION_SUMMARY_ITEM_PARAM_TYPE_VALUES: set[CompactionSummaryItemParamType] = {"compaction"}


def check_compaction_summary_item_param_type(value: str) -> CompactionSummaryItemParamType:
    if value in COMPACTION_SUMMARY_ITEM_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPACTION_SUMMARY_ITEM_PARAM_TYPE_VALUES!r}"
    )
