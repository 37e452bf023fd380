from typing import Literal

AdditionalToolsItemParamType = Literal["additional_tools"]
ADDITIONAL_TOOLS_ITEM_PARAM_TYPE_VALUES: set[AdditionalToolsItemParamType] = {"additional_tools"}


def check_additional_tools_item_param_type(value: str) -> AdditionalToolsItemParamType:
    if value in ADDITIONAL_TOOLS_ITEM_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADDITIONAL_TOOLS_ITEM_PARAM_TYPE_VALUES!r}"
    )
