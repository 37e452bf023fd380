from typing import Literal

CodeInterpreterOutputLogsType = Literal["logs"]
CODE_INTERPRETER_OUTPUT_LOGS_TYPE_VALUES: set[CodeInterpreterOutputLogsType] = {"logs"}


def check_code_interpreter_output_logs_type(value: str) -> CodeInterpreterOutputLogsType:
    if value in CODE_INTERPRETER_OUTPUT_LOGS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CODE_INTERPRETER_OUTPUT_LOGS_TYPE_VALUES!r}"
    )
