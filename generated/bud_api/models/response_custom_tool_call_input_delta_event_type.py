from typing import Literal

ResponseCustomToolCallInputDeltaEventType = Literal["response.custom_tool_call_input.delta"]
RESPONSE_CUSTOM_TOOL_CALL_INPUT_DELTA_EVENT_TYPE_VALUES: set[
    ResponseCustomToolCallInputDeltaEventType
] = {"response.custom_tool_call_input.delta"}


def check_response_custom_tool_call_input_delta_event_type(
    value: str,
) -> ResponseCustomToolCallInputDeltaEventType:
    if value in RESPONSE_CUSTOM_TOOL_CALL_INPUT_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_CUSTOM_TOOL_CALL_INPUT_DELTA_EVENT_TYPE_VALUES!r}"
    )
