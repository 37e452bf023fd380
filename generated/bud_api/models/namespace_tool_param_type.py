from typing import Literal

NamespaceToolParamType = Literal["namespace"]
NAMESPACE_TOOL_PARAM_TYPE_VALUES: set[NamespaceToolParamType] = {"namespace"}


def check_namespace_tool_param_type(value: str) -> NamespaceToolParamType:
    if value in NAMESPACE_TOOL_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NAMESPACE_TOOL_PARAM_TYPE_VALUES!r}"
    )
