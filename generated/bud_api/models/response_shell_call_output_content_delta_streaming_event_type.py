from typing import Literal

ResponseShellCallOutputContentDeltaStreamingEventType = Literal[
    "response.shell_call_output_content.delta"
]
RESPONSE_SHELL_CALL_OUTPUT_CONTENT_DELTA_STREAMING_EVENT_TYPE_VALUES: set[
    ResponseShellCallOutputContentDeltaStreamingEventType
] = {"response.shell_call_output_content.delta"}


def check_response_shell_call_output_content_delta_streaming_event_type(
    value: str,
) -> ResponseShellCallOutputContentDeltaStreamingEventType:
    if value in RESPONSE_SHELL_CALL_OUTPUT_CONTENT_DELTA_STREAMING_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_SHELL_CALL_OUTPUT_CONTENT_DELTA_STREAMING_EVENT_TYPE_VALUES!r}"
    )
