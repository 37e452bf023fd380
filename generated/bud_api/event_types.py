"""Stream event `type` -> model class, for O(1) dispatch of server-sent events.

Generated from the `ResponseStreamEvent` union in openapi/responses.yaml.
Classes are imported on first use and then served from a plain dict.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import Any

_LOCATIONS: dict[str, tuple[str, str]] = {
    "error": ("response_error_event", "ResponseErrorEvent"),
    "response.audio.delta": ("response_audio_delta_event", "ResponseAudioDeltaEvent"),
    "response.audio.done": ("response_audio_done_event", "ResponseAudioDoneEvent"),
    "response.audio.transcript.delta": (
        "response_audio_transcript_delta_event",
        "ResponseAudioTranscriptDeltaEvent",
    ),
    "response.audio.transcript.done": (
        "response_audio_transcript_done_event",
        "ResponseAudioTranscriptDoneEvent",
    ),
    "response.code_interpreter_call.completed": (
        "response_code_interpreter_call_completed_event",
        "ResponseCodeInterpreterCallCompletedEvent",
    ),
    "response.code_interpreter_call.in_progress": (
        "response_code_interpreter_call_in_progress_event",
        "ResponseCodeInterpreterCallInProgressEvent",
    ),
    "response.code_interpreter_call.interpreting": (
        "response_code_interpreter_call_interpreting_event",
        "ResponseCodeInterpreterCallInterpretingEvent",
    ),
    "response.code_interpreter_call_code.delta": (
        "response_code_interpreter_call_code_delta_event",
        "ResponseCodeInterpreterCallCodeDeltaEvent",
    ),
    "response.code_interpreter_call_code.done": (
        "response_code_interpreter_call_code_done_event",
        "ResponseCodeInterpreterCallCodeDoneEvent",
    ),
    "response.compaction.compacting": (
        "response_compaction_compacting_event",
        "ResponseCompactionCompactingEvent",
    ),
    "response.completed": ("response_completed_event", "ResponseCompletedEvent"),
    "response.content_part.added": (
        "response_content_part_added_event",
        "ResponseContentPartAddedEvent",
    ),
    "response.content_part.done": (
        "response_content_part_done_event",
        "ResponseContentPartDoneEvent",
    ),
    "response.created": ("response_created_event", "ResponseCreatedEvent"),
    "response.custom_tool_call_input.delta": (
        "response_custom_tool_call_input_delta_event",
        "ResponseCustomToolCallInputDeltaEvent",
    ),
    "response.custom_tool_call_input.done": (
        "response_custom_tool_call_input_done_event",
        "ResponseCustomToolCallInputDoneEvent",
    ),
    "response.done": ("response_done_event", "ResponseDoneEvent"),
    "response.failed": ("response_failed_event", "ResponseFailedEvent"),
    "response.file_search_call.completed": (
        "response_file_search_call_completed_event",
        "ResponseFileSearchCallCompletedEvent",
    ),
    "response.file_search_call.in_progress": (
        "response_file_search_call_in_progress_event",
        "ResponseFileSearchCallInProgressEvent",
    ),
    "response.file_search_call.searching": (
        "response_file_search_call_searching_event",
        "ResponseFileSearchCallSearchingEvent",
    ),
    "response.function_call_arguments.delta": (
        "response_function_call_arguments_delta_event",
        "ResponseFunctionCallArgumentsDeltaEvent",
    ),
    "response.function_call_arguments.done": (
        "response_function_call_arguments_done_event",
        "ResponseFunctionCallArgumentsDoneEvent",
    ),
    "response.image_generation_call.completed": (
        "response_image_gen_call_completed_event",
        "ResponseImageGenCallCompletedEvent",
    ),
    "response.image_generation_call.generating": (
        "response_image_gen_call_generating_event",
        "ResponseImageGenCallGeneratingEvent",
    ),
    "response.image_generation_call.in_progress": (
        "response_image_gen_call_in_progress_event",
        "ResponseImageGenCallInProgressEvent",
    ),
    "response.image_generation_call.partial_image": (
        "response_image_gen_call_partial_image_event",
        "ResponseImageGenCallPartialImageEvent",
    ),
    "response.in_progress": ("response_in_progress_event", "ResponseInProgressEvent"),
    "response.incomplete": ("response_incomplete_event", "ResponseIncompleteEvent"),
    "response.mcp_call.completed": (
        "response_mcp_call_completed_event",
        "ResponseMCPCallCompletedEvent",
    ),
    "response.mcp_call.failed": ("response_mcp_call_failed_event", "ResponseMCPCallFailedEvent"),
    "response.mcp_call.in_progress": (
        "response_mcp_call_in_progress_event",
        "ResponseMCPCallInProgressEvent",
    ),
    "response.mcp_call_arguments.delta": (
        "response_mcp_call_arguments_delta_event",
        "ResponseMCPCallArgumentsDeltaEvent",
    ),
    "response.mcp_call_arguments.done": (
        "response_mcp_call_arguments_done_event",
        "ResponseMCPCallArgumentsDoneEvent",
    ),
    "response.mcp_list_tools.completed": (
        "response_mcp_list_tools_completed_event",
        "ResponseMCPListToolsCompletedEvent",
    ),
    "response.mcp_list_tools.failed": (
        "response_mcp_list_tools_failed_event",
        "ResponseMCPListToolsFailedEvent",
    ),
    "response.mcp_list_tools.in_progress": (
        "response_mcp_list_tools_in_progress_event",
        "ResponseMCPListToolsInProgressEvent",
    ),
    "response.output_item.added": (
        "response_output_item_added_event",
        "ResponseOutputItemAddedEvent",
    ),
    "response.output_item.done": ("response_output_item_done_event", "ResponseOutputItemDoneEvent"),
    "response.output_text.annotation.added": (
        "response_output_text_annotation_added_event",
        "ResponseOutputTextAnnotationAddedEvent",
    ),
    "response.output_text.delta": ("response_text_delta_event", "ResponseTextDeltaEvent"),
    "response.output_text.done": ("response_text_done_event", "ResponseTextDoneEvent"),
    "response.queued": ("response_queued_event", "ResponseQueuedEvent"),
    "response.reasoning_summary_part.added": (
        "response_reasoning_summary_part_added_event",
        "ResponseReasoningSummaryPartAddedEvent",
    ),
    "response.reasoning_summary_part.done": (
        "response_reasoning_summary_part_done_event",
        "ResponseReasoningSummaryPartDoneEvent",
    ),
    "response.reasoning_summary_text.delta": (
        "response_reasoning_summary_text_delta_event",
        "ResponseReasoningSummaryTextDeltaEvent",
    ),
    "response.reasoning_summary_text.done": (
        "response_reasoning_summary_text_done_event",
        "ResponseReasoningSummaryTextDoneEvent",
    ),
    "response.reasoning_text.delta": (
        "response_reasoning_text_delta_event",
        "ResponseReasoningTextDeltaEvent",
    ),
    "response.reasoning_text.done": (
        "response_reasoning_text_done_event",
        "ResponseReasoningTextDoneEvent",
    ),
    "response.refusal.delta": ("response_refusal_delta_event", "ResponseRefusalDeltaEvent"),
    "response.refusal.done": ("response_refusal_done_event", "ResponseRefusalDoneEvent"),
    "response.shell_call_command.added": (
        "response_shell_call_command_added_streaming_event",
        "ResponseShellCallCommandAddedStreamingEvent",
    ),
    "response.shell_call_command.delta": (
        "response_shell_call_command_delta_streaming_event",
        "ResponseShellCallCommandDeltaStreamingEvent",
    ),
    "response.shell_call_command.done": (
        "response_shell_call_command_done_streaming_event",
        "ResponseShellCallCommandDoneStreamingEvent",
    ),
    "response.shell_call_output_content.delta": (
        "response_shell_call_output_content_delta_streaming_event",
        "ResponseShellCallOutputContentDeltaStreamingEvent",
    ),
    "response.shell_call_output_content.done": (
        "response_shell_call_output_content_done_streaming_event",
        "ResponseShellCallOutputContentDoneStreamingEvent",
    ),
    "response.web_search_call.completed": (
        "response_web_search_call_completed_event",
        "ResponseWebSearchCallCompletedEvent",
    ),
    "response.web_search_call.in_progress": (
        "response_web_search_call_in_progress_event",
        "ResponseWebSearchCallInProgressEvent",
    ),
    "response.web_search_call.searching": (
        "response_web_search_call_searching_event",
        "ResponseWebSearchCallSearchingEvent",
    ),
}


class _EventTypes(Mapping[str, type[Any]]):
    __slots__ = ("_loaded",)

    def __init__(self) -> None:
        self._loaded: dict[str, type[Any]] = {}

    def __getitem__(self, event_type: str) -> type[Any]:
        try:
            return self._loaded[event_type]
        except KeyError:
            module, name = _LOCATIONS[event_type]
            cls: type[Any] = getattr(
                importlib.import_module(f"{__package__}.models.{module}"), name
            )
            self._loaded[event_type] = cls
            return cls

    def get(self, event_type: str, default: Any = None) -> Any:  # type: ignore[override]
        cls = self._loaded.get(event_type)
        if cls is not None:
            return cls
        if event_type not in _LOCATIONS:
            return default
        return self[event_type]

    def __iter__(self) -> Iterator[str]:
        return iter(_LOCATIONS)

    def __len__(self) -> int:
        return len(_LOCATIONS)

    def __contains__(self, event_type: object) -> bool:
        return event_type in _LOCATIONS


EVENT_TYPES: Mapping[str, type[Any]] = _EventTypes()
"""Every stream event `type` the contract knows, mapped to its model class."""

__all__ = ["EVENT_TYPES"]
