from typing import Literal

ResponseCodeInterpreterCallInterpretingEventType = Literal[
    "response.code_interpreter_call.interpreting"
]
RESPONSE_CODE_INTERPRETER_CALL_INTERPRETING_EVENT_TYPE_VALUES: set[
    ResponseCodeInterpreterCallInterpretingEventType
] = {"response.code_interpreter_call.interpreting"}


def check_response_code_interpreter_call_interpreting_event_type(
    value: str,
) -> ResponseCodeInterpreterCallInterpretingEventType:
    if value in RESPONSE_CODE_INTERPRETER_CALL_INTERPRETING_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_CODE_INTERPRETER_CALL_INTERPRETING_EVENT_TYPE_VALUES!r}"
    )
