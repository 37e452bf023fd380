from typing import Literal

CompactionTriggerItemParamType = Literal["compaction_trigger"]
COMPACTION_TRIGGER_ITEM_PARAM_TYPE_VALUES: set[CompactionTriggerItemParamType] = {
    "compaction_trigger"
}


def check_compaction_trigger_item_param_type(value: str) -> CompactionTriggerItemParamType:
    if value in COMPACTION_TRIGGER_ITEM_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPACTION_TRIGGER_ITEM_PARAM_TYPE_VALUES!r}"
    )
