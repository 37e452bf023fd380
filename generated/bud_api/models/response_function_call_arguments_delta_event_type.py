from typing import Literal

ResponseFunctionCallArgumentsDeltaEventType = Literal["response.function_call_arguments.delta"]
RESPONSE_FUNCTION_CALL_ARGUMENTS_DELTA_EVENT_TYPE_VALUES: set[
    ResponseFunctionCallArgumentsDeltaEventType
] = {"response.function_call_arguments.delta"}


def check_response_function_call_arguments_delta_event_type(
    value: str,
) -> ResponseFunctionCallArgumentsDeltaEventType:
    if value in RESPONSE_FUNCTION_CALL_ARGUMENTS_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_FUNCTION_CALL_ARGUMENTS_DELTA_EVENT_TYPE_VALUES!r}"
    )
