"""One sample of every stream event the contract knows, shaped like what the server sends.

The samples follow one imaginary streamed call (ids, output indexes and
sequence numbers agree across events) plus the tool events a call can emit.
They are written for these tests; the wire shapes follow
`openapi/responses.yaml`. Tests must deep-copy a sample before changing it:
use `sample(event_type)`.

`EVENT_SAMPLES` is keyed by the event `type`. A new event type in the contract
needs a sample here (the tests check that every type has one).
"""

from __future__ import annotations

import copy
from typing import Any

RESPONSE_ID = "resp_68b2c4e1a9f08193b1c7d2e4f6a8b0c2d4e6f8a0b2c4d6e8"
MESSAGE_ID = "msg_68b2c4e2f1d481938e2a4c6e8f0a2b4c6d8e0f2a4b6c8d0e"
REASONING_ID = "rs_68b2c4e1d7c08193a2b4c6d8e0f2a4b6c8d0e2f4a6b8c0d2"
FUNCTION_CALL_ID = "fc_68b2c4e3a5e88193b6d8f0a2c4e6a8b0d2f4a6c8e0b2d4f6"
CALL_ID = "call_Q7nV2kR9sLw3XyZ1aB4cD5eF"
WEB_SEARCH_ID = "ws_68b2c4e2b3c48193a6b8c0d2e4f6a8b0c2d4e6f8a0b2c4d6"
FILE_SEARCH_ID = "fs_68b2c4e4c8a08193a1c3e5a7c9e1a3c5e7a9c1e3a5c7e9a1"
CODE_INTERPRETER_ID = "ci_68b2c4e5d9b48193b2d4f6b8d0f2b4d6f8b0d2f4b6d8f0b2"
IMAGE_GEN_ID = "ig_68b2c4e6e0c88193c3e5a7c9e1a3c5e7a9c1e3a5c7e9a1c3"
MCP_CALL_ID = "mcp_68b2c4e7f1d08193d4f6b8d0f2b4d6f8b0d2f4b6d8f0b2d4"
MCP_LIST_ID = "mcpl_68b2c4e702e48193e5a7c9e1a3c5e7a9c1e3a5c7e9a1c3e5"
CUSTOM_TOOL_ID = "ctc_68b2c4e813f88193f6b8d0f2b4d6f8b0d2f4b6d8f0b2d4f6"
SHELL_CALL_ID = "sh_68b2c4e9240c8193a7c9e1a3c5e7a9c1e3a5c7e9a1c3e5a7"
COMPACTION_ID = "cmp_68b2c4ea351c8193b8d0f2b4d6f8b0d2f4b6d8f0b2d4f6b8"

MODEL = "gpt-4.1-mini-2025-04-14"
CREATED_AT = 1756545249
ANSWER = "Lisbon's tram 28 runs every 10 minutes in the afternoon."


def response_object(status: str, output: list[dict[str, Any]], **changes: Any) -> dict[str, Any]:
    """A `response` object as the server embeds it in lifecycle events."""
    response: dict[str, Any] = {
        "id": RESPONSE_ID,
        "object": "response",
        "created_at": CREATED_AT,
        "status": status,
        "background": False,
        "completed_at": None,
        "error": None,
        "incomplete_details": None,
        "instructions": "Answer briefly and cite a source.",
        "max_output_tokens": None,
        "max_tool_calls": None,
        "model": MODEL,
        "output": output,
        "parallel_tool_calls": True,
        "previous_response_id": None,
        "prompt_cache_key": None,
        "reasoning": {"effort": None, "summary": None},
        "safety_identifier": None,
        "service_tier": "default",
        "store": True,
        "temperature": 1.0,
        "text": {"format": {"type": "text"}, "verbosity": "medium"},
        "tool_choice": "auto",
        "tools": [
            {
                "type": "function",
                "name": "get_departures",
                "description": "Next departures of a tram line.",
                "parameters": {
                    "type": "object",
                    "properties": {"line": {"type": "string"}},
                    "required": ["line"],
                    "additionalProperties": False,
                },
                "strict": True,
            }
        ],
        "top_logprobs": 0,
        "top_p": 1.0,
        "truncation": "disabled",
        "usage": None,
        "user": None,
        "metadata": {"ticket": "T-4821"},
    }
    response.update(changes)
    return response


def output_text_part(text: str) -> dict[str, Any]:
    return {
        "type": "output_text",
        "text": text,
        "annotations": [
            {
                "type": "url_citation",
                "url": "https://www.carris.pt/en/tram-28",
                "start_index": 0,
                "end_index": len(text),
                "title": "Tram 28 | Carris",
            }
        ]
        if text
        else [],
        "logprobs": [],
    }


def message_item(status: str, text: str | None) -> dict[str, Any]:
    return {
        "id": MESSAGE_ID,
        "type": "message",
        "status": status,
        "role": "assistant",
        "content": [] if text is None else [output_text_part(text)],
    }


USAGE = {
    "input_tokens": 412,
    "input_tokens_details": {"cached_tokens": 256},
    "output_tokens": 38,
    "output_tokens_details": {"reasoning_tokens": 0},
    "total_tokens": 450,
}


def _item_event(event_type: str, seq: int, item_id: str, output_index: int = 1) -> dict[str, Any]:
    return {
        "type": event_type,
        "sequence_number": seq,
        "output_index": output_index,
        "item_id": item_id,
    }


EVENT_SAMPLES: dict[str, dict[str, Any]] = {
    # -------------------------------------------------------------- lifecycle
    "response.queued": {
        "type": "response.queued",
        "sequence_number": 0,
        "response": response_object("queued", [], background=True),
    },
    "response.created": {
        "type": "response.created",
        "sequence_number": 0,
        "response": response_object("in_progress", []),
    },
    "response.in_progress": {
        "type": "response.in_progress",
        "sequence_number": 1,
        "response": response_object("in_progress", []),
    },
    "response.completed": {
        "type": "response.completed",
        "sequence_number": 14,
        "response": response_object(
            "completed",
            [message_item("completed", ANSWER)],
            completed_at=CREATED_AT + 3,
            usage=USAGE,
        ),
    },
    "response.incomplete": {
        "type": "response.incomplete",
        "sequence_number": 9,
        "response": response_object(
            "incomplete",
            [message_item("incomplete", "Lisbon's tram 28 runs")],
            incomplete_details={"reason": "max_output_tokens"},
            max_output_tokens=16,
            usage={
                "input_tokens": 412,
                "input_tokens_details": {"cached_tokens": 0},
                "output_tokens": 16,
                "output_tokens_details": {"reasoning_tokens": 0},
                "total_tokens": 428,
            },
        ),
    },
    "response.failed": {
        "type": "response.failed",
        "sequence_number": 3,
        "response": response_object(
            "failed",
            [],
            error={"code": "server_error", "message": "The model failed to generate a response."},
        ),
    },
    "error": {
        "type": "error",
        "sequence_number": 2,
        "code": "rate_limit_exceeded",
        "message": "Rate limit reached for gpt-4.1-mini on tokens per min. Retry in 2s.",
        "param": None,
    },
    # ------------------------------------------------------- items and content
    "response.output_item.added": {
        "type": "response.output_item.added",
        "sequence_number": 2,
        "output_index": 0,
        "item": message_item("in_progress", None),
    },
    "response.output_item.done": {
        "type": "response.output_item.done",
        "sequence_number": 13,
        "output_index": 0,
        "item": message_item("completed", ANSWER),
    },
    "response.content_part.added": {
        "type": "response.content_part.added",
        "sequence_number": 3,
        "item_id": MESSAGE_ID,
        "output_index": 0,
        "content_index": 0,
        "part": {"type": "output_text", "text": "", "annotations": [], "logprobs": []},
    },
    "response.content_part.done": {
        "type": "response.content_part.done",
        "sequence_number": 12,
        "item_id": MESSAGE_ID,
        "output_index": 0,
        "content_index": 0,
        "part": output_text_part(ANSWER),
    },
    "response.output_text.delta": {
        "type": "response.output_text.delta",
        "sequence_number": 4,
        "item_id": MESSAGE_ID,
        "output_index": 0,
        "content_index": 0,
        "delta": "Lisbon's",
        "logprobs": [],
        "obfuscation": "q3Xv9Lk",
    },
    "response.output_text.done": {
        "type": "response.output_text.done",
        "sequence_number": 10,
        "item_id": MESSAGE_ID,
        "output_index": 0,
        "content_index": 0,
        "text": ANSWER,
        "logprobs": [],
    },
    "response.output_text.annotation.added": {
        "type": "response.output_text.annotation.added",
        "sequence_number": 11,
        "item_id": MESSAGE_ID,
        "output_index": 0,
        "content_index": 0,
        "annotation_index": 0,
        "annotation": {
            "type": "url_citation",
            "url": "https://www.carris.pt/en/tram-28",
            "start_index": 0,
            "end_index": len(ANSWER),
            "title": "Tram 28 | Carris",
        },
    },
    "response.refusal.delta": {
        "type": "response.refusal.delta",
        "sequence_number": 4,
        "item_id": MESSAGE_ID,
        "output_index": 0,
        "content_index": 0,
        "delta": "I can't help",
    },
    "response.refusal.done": {
        "type": "response.refusal.done",
        "sequence_number": 7,
        "item_id": MESSAGE_ID,
        "output_index": 0,
        "content_index": 0,
        "refusal": "I can't help with that request.",
    },
    # --------------------------------------------------------------- reasoning
    "response.reasoning_summary_part.added": {
        "type": "response.reasoning_summary_part.added",
        "sequence_number": 3,
        "item_id": REASONING_ID,
        "output_index": 0,
        "summary_index": 0,
        "part": {"type": "summary_text", "text": ""},
    },
    "response.reasoning_summary_part.done": {
        "type": "response.reasoning_summary_part.done",
        "sequence_number": 6,
        "item_id": REASONING_ID,
        "output_index": 0,
        "summary_index": 0,
        "part": {"type": "summary_text", "text": "**Checking the timetable**"},
    },
    "response.reasoning_summary_text.delta": {
        "type": "response.reasoning_summary_text.delta",
        "sequence_number": 4,
        "item_id": REASONING_ID,
        "output_index": 0,
        "summary_index": 0,
        "delta": "**Checking",
        "obfuscation": "Zr8",
    },
    "response.reasoning_summary_text.done": {
        "type": "response.reasoning_summary_text.done",
        "sequence_number": 5,
        "item_id": REASONING_ID,
        "output_index": 0,
        "summary_index": 0,
        "text": "**Checking the timetable**",
    },
    "response.reasoning_text.delta": {
        "type": "response.reasoning_text.delta",
        "sequence_number": 4,
        "item_id": REASONING_ID,
        "output_index": 0,
        "content_index": 0,
        "delta": "The user wants",
    },
    "response.reasoning_text.done": {
        "type": "response.reasoning_text.done",
        "sequence_number": 5,
        "item_id": REASONING_ID,
        "output_index": 0,
        "content_index": 0,
        "text": "The user wants afternoon frequency for tram 28.",
    },
    # ---------------------------------------------------------- function calls
    "response.function_call_arguments.delta": {
        "type": "response.function_call_arguments.delta",
        "sequence_number": 4,
        "item_id": FUNCTION_CALL_ID,
        "output_index": 1,
        "delta": '{"line":',
        "obfuscation": "pQ2mW8xY0",
    },
    "response.function_call_arguments.done": {
        "type": "response.function_call_arguments.done",
        "sequence_number": 6,
        "item_id": FUNCTION_CALL_ID,
        "output_index": 1,
        "name": "get_departures",
        "arguments": '{"line":"28E"}',
    },
    "response.custom_tool_call_input.delta": {
        "type": "response.custom_tool_call_input.delta",
        "sequence_number": 4,
        "output_index": 1,
        "item_id": CUSTOM_TOOL_ID,
        "delta": "SELECT line, ",
    },
    "response.custom_tool_call_input.done": {
        "type": "response.custom_tool_call_input.done",
        "sequence_number": 6,
        "output_index": 1,
        "item_id": CUSTOM_TOOL_ID,
        "input": "SELECT line, headway_min FROM trams WHERE line = '28E'",
    },
    # ----------------------------------------------------------- hosted tools
    "response.web_search_call.in_progress": _item_event(
        "response.web_search_call.in_progress", 3, WEB_SEARCH_ID, 0
    ),
    "response.web_search_call.searching": _item_event(
        "response.web_search_call.searching", 4, WEB_SEARCH_ID, 0
    ),
    "response.web_search_call.completed": _item_event(
        "response.web_search_call.completed", 5, WEB_SEARCH_ID, 0
    ),
    "response.file_search_call.in_progress": _item_event(
        "response.file_search_call.in_progress", 3, FILE_SEARCH_ID
    ),
    "response.file_search_call.searching": _item_event(
        "response.file_search_call.searching", 4, FILE_SEARCH_ID
    ),
    "response.file_search_call.completed": _item_event(
        "response.file_search_call.completed", 5, FILE_SEARCH_ID
    ),
    "response.code_interpreter_call.in_progress": _item_event(
        "response.code_interpreter_call.in_progress", 3, CODE_INTERPRETER_ID
    ),
    "response.code_interpreter_call_code.delta": {
        "type": "response.code_interpreter_call_code.delta",
        "sequence_number": 4,
        "output_index": 1,
        "item_id": CODE_INTERPRETER_ID,
        "delta": "import statistics\n",
    },
    "response.code_interpreter_call_code.done": {
        "type": "response.code_interpreter_call_code.done",
        "sequence_number": 7,
        "output_index": 1,
        "item_id": CODE_INTERPRETER_ID,
        "code": "import statistics\nprint(statistics.mean([9, 10, 11]))\n",
    },
    "response.code_interpreter_call.interpreting": _item_event(
        "response.code_interpreter_call.interpreting", 8, CODE_INTERPRETER_ID
    ),
    "response.code_interpreter_call.completed": _item_event(
        "response.code_interpreter_call.completed", 9, CODE_INTERPRETER_ID
    ),
    "response.image_generation_call.in_progress": _item_event(
        "response.image_generation_call.in_progress", 3, IMAGE_GEN_ID
    ),
    "response.image_generation_call.generating": _item_event(
        "response.image_generation_call.generating", 4, IMAGE_GEN_ID
    ),
    "response.image_generation_call.partial_image": {
        "type": "response.image_generation_call.partial_image",
        "sequence_number": 5,
        "output_index": 1,
        "item_id": IMAGE_GEN_ID,
        "partial_image_index": 0,
        "partial_image_b64": (
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQ"
            "AAAABJRU5ErkJggg=="
        ),
        "size": "1024x1024",
        "quality": "medium",
        "background": "opaque",
        "output_format": "png",
    },
    "response.image_generation_call.completed": _item_event(
        "response.image_generation_call.completed", 6, IMAGE_GEN_ID
    ),
    "response.mcp_list_tools.in_progress": _item_event(
        "response.mcp_list_tools.in_progress", 2, MCP_LIST_ID, 0
    ),
    "response.mcp_list_tools.completed": _item_event(
        "response.mcp_list_tools.completed", 3, MCP_LIST_ID, 0
    ),
    "response.mcp_list_tools.failed": _item_event(
        "response.mcp_list_tools.failed", 3, MCP_LIST_ID, 0
    ),
    "response.mcp_call.in_progress": _item_event("response.mcp_call.in_progress", 5, MCP_CALL_ID),
    "response.mcp_call_arguments.delta": {
        "type": "response.mcp_call_arguments.delta",
        "sequence_number": 6,
        "output_index": 1,
        "item_id": MCP_CALL_ID,
        "delta": '{"stop_id":',
    },
    "response.mcp_call_arguments.done": {
        "type": "response.mcp_call_arguments.done",
        "sequence_number": 7,
        "output_index": 1,
        "item_id": MCP_CALL_ID,
        "arguments": '{"stop_id":"PR-0471"}',
    },
    "response.mcp_call.completed": _item_event("response.mcp_call.completed", 8, MCP_CALL_ID),
    "response.mcp_call.failed": _item_event("response.mcp_call.failed", 8, MCP_CALL_ID),
    # ------------------------------------------------------------------ shell
    "response.shell_call_command.added": {
        "type": "response.shell_call_command.added",
        "sequence_number": 4,
        "output_index": 1,
        "command_index": 0,
        "command": "",
    },
    "response.shell_call_command.delta": {
        "type": "response.shell_call_command.delta",
        "sequence_number": 5,
        "output_index": 1,
        "command_index": 0,
        "delta": "ls -la ",
        "obfuscation": "Yt5",
    },
    "response.shell_call_command.done": {
        "type": "response.shell_call_command.done",
        "sequence_number": 6,
        "output_index": 1,
        "command_index": 0,
        "command": "ls -la /srv/timetables",
    },
    "response.shell_call_output_content.delta": {
        "type": "response.shell_call_output_content.delta",
        "sequence_number": 8,
        "item_id": SHELL_CALL_ID,
        "output_index": 2,
        "command_index": 0,
        "delta": {"stdout": "total 12\n", "stderr": ""},
    },
    "response.shell_call_output_content.done": {
        "type": "response.shell_call_output_content.done",
        "sequence_number": 9,
        "item_id": SHELL_CALL_ID,
        "output_index": 2,
        "command_index": 0,
        "output": [
            {
                "stdout": "total 12\n-rw-r--r-- 1 app app 2048 tram28.csv\n",
                "stderr": "",
                "outcome": {"type": "exit", "exit_code": 0},
            }
        ],
    },
    # ------------------------------------------------------------------ audio
    "response.audio.delta": {
        "type": "response.audio.delta",
        "sequence_number": 5,
        "delta": "UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQAAAAA=",
    },
    "response.audio.done": {"type": "response.audio.done", "sequence_number": 9},
    "response.audio.transcript.delta": {
        "type": "response.audio.transcript.delta",
        "sequence_number": 6,
        "delta": "Tram 28 ",
    },
    "response.audio.transcript.done": {
        "type": "response.audio.transcript.done",
        "sequence_number": 10,
    },
    # ----------------------------------------------------- the Bud gateway's end
    "response.done": {
        "type": "response.done",
        "sequence_number": 14,
        "response": response_object(
            "completed",
            [message_item("completed", ANSWER)],
            completed_at=CREATED_AT + 3,
            usage=USAGE,
        ),
    },
    # ------------------------------------------------------------- compaction
    "response.compaction.compacting": {
        "type": "response.compaction.compacting",
        "sequence_number": 2,
        "item_id": COMPACTION_ID,
        "output_index": 0,
    },
}


def sample(event_type: str) -> dict[str, Any]:
    """A private copy of the sample for `event_type`."""
    return copy.deepcopy(EVENT_SAMPLES[event_type])
