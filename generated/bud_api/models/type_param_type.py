from typing import Literal

TypeParamType = Literal["type"]
TYPE_PARAM_TYPE_VALUES: set[TypeParamType] = {"type"}


def check_type_param_type(value: str) -> TypeParamType:
    if value in TYPE_PARAM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TYPE_PARAM_TYPE_VALUES!r}")
