from typing import Literal

ResponseCodeInterpreterCallInProgressEventType = Literal[
    "response.code_interpreter_call.in_progress"
]
RESPONSE_CODE_INTERPRETER_CALL_IN_PROGRESS_EVENT_TYPE_VALUES: set[
    ResponseCodeInterpreterCallInProgressEventType
] = {"response.code_interpreter_call.in_progress"}


def check_response_code_interpreter_call_in_progress_event_type(
    value: str,
) -> ResponseCodeInterpreterCallInProgressEventType:
    if value in RESPONSE_CODE_INTERPRETER_CALL_IN_PROGRESS_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_CODE_INTERPRETER_CALL_IN_PROGRESS_EVENT_TYPE_VALUES!r}"
    )
