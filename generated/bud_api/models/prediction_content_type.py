from typing import Literal

PredictionContentType = Literal["content"]
PREDICTION_CONTENT_TYPE_VALUES: set[PredictionContentType] = {"content"}


def check_prediction_content_type(value: str) -> PredictionContentType:
    if value in PREDICTION_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PREDICTION_CONTENT_TYPE_VALUES!r}"
    )
