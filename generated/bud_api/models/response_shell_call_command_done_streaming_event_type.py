from typing import Literal

ResponseShellCallCommandDoneStreamingEventType = Literal["response.shell_call_command.done"]
RESPONSE_SHELL_CALL_COMMAND_DONE_STREAMING_EVENT_TYPE_VALUES: set[
    ResponseShellCallCommandDoneStreamingEventType
] = {"response.shell_call_command.done"}


def check_response_shell_call_command_done_streaming_event_type(
    value: str,
) -> ResponseShellCallCommandDoneStreamingEventType:
    if value in RESPONSE_SHELL_CALL_COMMAND_DONE_STREAMING_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_SHELL_CALL_COMMAND_DONE_STREAMING_EVENT_TYPE_VALUES!r}"
    )
