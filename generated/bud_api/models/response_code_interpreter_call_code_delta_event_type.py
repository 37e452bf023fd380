from typing import Literal

ResponseCodeInterpreterCallCodeDeltaEventType = Literal["response.code_interpreter_call_code.delta"]
RESPONSE_CODE_INTERPRETER_CALL_CODE_DELTA_EVENT_TYPE_VALUES: set[
    ResponseCodeInterpreterCallCodeDeltaEventType
] = {"response.code_interpreter_call_code.delta"}


def check_response_code_interpreter_call_code_delta_event_type(
    value: str,
) -> ResponseCodeInterpreterCallCodeDeltaEventType:
    if value in RESPONSE_CODE_INTERPRETER_CALL_CODE_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_CODE_INTERPRETER_CALL_CODE_DELTA_EVENT_TYPE_VALUES!r}"
    )
