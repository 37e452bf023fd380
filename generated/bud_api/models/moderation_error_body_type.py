from typing import Literal

ModerationErrorBodyType = Literal["error"]
MODERATION_ERROR_BODY_TYPE_VALUES: set[ModerationErrorBodyType] = {"error"}


def check_moderation_error_body_type(value: str) -> ModerationErrorBodyType:
    if value in MODERATION_ERROR_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODERATION_ERROR_BODY_TYPE_VALUES!r}"
    )
