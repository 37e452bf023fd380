from typing import Literal

ListModelsResponseObject = Literal["list"]
LIST_MODELS_RESPONSE_OBJECT_VALUES: set[ListModelsResponseObject] = {"list"}


def check_list_models_response_object(value: str) -> ListModelsResponseObject:
    if value in LIST_MODELS_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MODELS_RESPONSE_OBJECT_VALUES!r}"
    )
