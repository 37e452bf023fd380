from typing import Literal

ResponseObjectIncompleteDetailsType0Reason = Literal["content_filter", "max_output_tokens"]
RESPONSE_OBJECT_INCOMPLETE_DETAILS_TYPE_0_REASON_VALUES: set[
    ResponseObjectIncompleteDetailsType0Reason
] = {"content_filter", "max_output_tokens"}


def check_response_object_incomplete_details_type_0_reason(
    value: str,
) -> ResponseObjectIncompleteDetailsType0Reason:
    if value in RESPONSE_OBJECT_INCOMPLETE_DETAILS_TYPE_0_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_OBJECT_INCOMPLETE_DETAILS_TYPE_0_REASON_VALUES!r}"
    )
