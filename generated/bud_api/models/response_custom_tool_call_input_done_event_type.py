from typing import Literal

ResponseCustomToolCallInputDoneEventType = Literal["response.custom_tool_call_input.done"]
RESPONSE_CUSTOM_TOOL_CALL_INPUT_DONE_EVENT_TYPE_VALUES: set[
    ResponseCustomToolCallInputDoneEventType
] = {"response.custom_tool_call_input.done"}


def check_response_custom_tool_call_input_done_event_type(
    value: str,
) -> ResponseCustomToolCallInputDoneEventType:
    if value in RESPONSE_CUSTOM_TOOL_CALL_INPUT_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_CUSTOM_TOOL_CALL_INPUT_DONE_EVENT_TYPE_VALUES!r}"
    )
