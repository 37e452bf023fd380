from typing import Literal

AdditionalToolsItemParamRole = Literal["developer"]
ADDITIONAL_TOOLS_ITEM_PARAM_ROLE_VALUES: set[AdditionalToolsItemParamRole] = {"developer"}


def check_additional_tools_item_param_role(value: str) -> AdditionalToolsItemParamRole:
    if value in ADDITIONAL_TOOLS_ITEM_PARAM_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADDITIONAL_TOOLS_ITEM_PARAM_ROLE_VALUES!r}"
    )
