from typing import Literal

LocalEnvironmentParamType = Literal["local"]
LOCAL_ENVIRONMENT_PARAM_TYPE_VALUES: set[LocalEnvironmentParamType] = {"local"}


def check_local_environment_param_type(value: str) -> LocalEnvironmentParamType:
    if value in LOCAL_ENVIRONMENT_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOCAL_ENVIRONMENT_PARAM_TYPE_VALUES!r}"
    )
