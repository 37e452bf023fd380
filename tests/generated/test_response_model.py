"""The generated `ResponseObject` (the API's `Response`) reads and writes real wire data."""

from __future__ import annotations

import copy
from typing import Any

import bud_api.models as models
import pytest
from bud_api.models import ResponseObject
from bud_api.types import UNSET

from ._contract import output_item_types
from .event_samples import CREATED_AT, MESSAGE_ID, MODEL, RESPONSE_ID

OUTPUT_ITEMS = output_item_types()  # item type -> schema name, read from the YAML

FULL_RESPONSE: dict[str, Any] = {
    "id": RESPONSE_ID,
    "object": "response",
    "created_at": CREATED_AT,
    "status": "completed",
    "background": False,
    "completed_at": CREATED_AT + 7,
    "error": None,
    "incomplete_details": None,
    "instructions": "You are a travel assistant. Cite sources.",
    "max_output_tokens": 2048,
    "max_tool_calls": None,
    "model": MODEL,
    "output": [
        {
            "type": "reasoning",
            "id": "rs_68b2c4e1d7c08193a2b4c6d8e0f2a4b6c8d0e2f4a6b8c0d2",
            "summary": [
                {"type": "summary_text", "text": "**Finding the tram timetable**"},
                {"type": "summary_text", "text": "The user asks about tram 28."},
            ],
            "encrypted_content": None,
            "status": "completed",
        },
        {
            "type": "web_search_call",
            "id": "ws_68b2c4e2b3c48193a6b8c0d2e4f6a8b0c2d4e6f8a0b2c4d6",
            "status": "completed",
            "action": {
                "type": "search",
                "query": "Lisbon tram 28 afternoon frequency",
                "sources": [{"type": "url", "url": "https://www.carris.pt/en/tram-28"}],
            },
        },
        {
            "type": "function_call",
            "id": "fc_68b2c4e3a5e88193b6d8f0a2c4e6a8b0d2f4a6c8e0b2d4f6",
            "call_id": "call_Q7nV2kR9sLw3XyZ1aB4cD5eF",
            "name": "get_departures",
            "arguments": '{"line":"28E","stop":"Martim Moniz"}',
            "status": "completed",
        },
        {
            "type": "message",
            "id": MESSAGE_ID,
            "status": "completed",
            "role": "assistant",
            "content": [
                {
                    "type": "output_text",
                    "text": "Tram 28 runs every 10 minutes in the afternoon.",
                    "annotations": [
                        {
                            "type": "url_citation",
                            "url": "https://www.carris.pt/en/tram-28",
                            "start_index": 0,
                            "end_index": 47,
                            "title": "Tram 28 | Carris",
                        },
                        {
                            "type": "file_citation",
                            "file_id": "file-7Hk2mQp9RtW4vXz1",
                            "index": 47,
                            "filename": "timetable-2026.pdf",
                        },
                    ],
                    "logprobs": [],
                },
                {
                    "type": "output_text",
                    "text": " Expect queues at Martim Moniz.",
                    "annotations": [],
                    "logprobs": [],
                },
            ],
        },
    ],
    "parallel_tool_calls": True,
    "previous_response_id": "resp_68b2c3ff0a1c8193a0b2c4d6e8f0a2b4c6d8e0f2a4b6c8d0",
    "prompt_cache_key": "travel-assistant-v3",
    "reasoning": {"effort": "medium", "summary": "auto"},
    "safety_identifier": "user-5f2a9c",
    "service_tier": "default",
    "store": True,
    "temperature": 0.7,
    "text": {"format": {"type": "text"}, "verbosity": "low"},
    "tool_choice": "auto",
    "tools": [
        {
            "type": "function",
            "name": "get_departures",
            "description": "Next departures of a tram line at a stop.",
            "parameters": {
                "type": "object",
                "properties": {"line": {"type": "string"}, "stop": {"type": "string"}},
                "required": ["line", "stop"],
                "additionalProperties": False,
            },
            "strict": True,
        },
        {"type": "web_search", "search_context_size": "medium"},
    ],
    "top_logprobs": 0,
    "top_p": 1.0,
    "truncation": "disabled",
    "usage": {
        "input_tokens": 1837,
        "input_tokens_details": {"cached_tokens": 1536},
        "output_tokens": 294,
        "output_tokens_details": {"reasoning_tokens": 192},
        "total_tokens": 2131,
    },
    "user": None,
    "metadata": {"conversation": "c-2291"},
}

# One small sample per item type of the contract's OutputItem union.
_ID = "68b2c4f0a1b28193c4d6e8f0a2b4c6d8"
MINIMAL_ITEMS: dict[str, dict[str, Any]] = {
    "message": {"type": "message", "id": f"msg_{_ID}", "role": "assistant", "content": []},
    "file_search_call": {
        "type": "file_search_call",
        "id": f"fs_{_ID}",
        "status": "completed",
        "queries": ["tram 28 timetable"],
        "results": None,
    },
    "function_call": {
        "type": "function_call",
        "id": f"fc_{_ID}",
        "call_id": "call_a1",
        "name": "f",
        "arguments": "{}",
    },
    "function_call_output": {
        "type": "function_call_output",
        "id": f"fco_{_ID}",
        "call_id": "call_a1",
        "output": '{"ok":true}',
    },
    "web_search_call": {"type": "web_search_call", "id": f"ws_{_ID}", "status": "searching"},
    "computer_call": {"type": "computer_call", "id": f"cu_{_ID}", "call_id": "call_c1"},
    "computer_call_output": {
        "type": "computer_call_output",
        "id": f"cuo_{_ID}",
        "call_id": "call_c1",
    },
    "reasoning": {"type": "reasoning", "id": f"rs_{_ID}", "summary": []},
    "program": {"type": "program", "id": f"pg_{_ID}", "call_id": "call_p1", "code": "1+1"},
    "program_output": {
        "type": "program_output",
        "id": f"pgo_{_ID}",
        "call_id": "call_p1",
        "result": "2",
    },
    "tool_search_call": {"type": "tool_search_call", "id": f"tsc_{_ID}", "call_id": None},
    "tool_search_output": {"type": "tool_search_output", "id": f"tso_{_ID}", "tools": []},
    "additional_tools": {"type": "additional_tools", "id": f"at_{_ID}", "tools": []},
    "compaction": {"type": "compaction", "id": f"cmp_{_ID}", "encrypted_content": "gAAAAB"},
    "image_generation_call": {
        "type": "image_generation_call",
        "id": f"ig_{_ID}",
        "status": "completed",
        "result": None,
    },
    "code_interpreter_call": {
        "type": "code_interpreter_call",
        "id": f"ci_{_ID}",
        "status": "completed",
        "container_id": "cntr_9f1",
        "code": "print(1)",
        "outputs": None,
    },
    "local_shell_call": {"type": "local_shell_call", "id": f"lsh_{_ID}", "call_id": "call_l1"},
    "local_shell_call_output": {
        "type": "local_shell_call_output",
        "id": f"lsho_{_ID}",
        "output": "ok\n",
    },
    "shell_call": {"type": "shell_call", "id": f"sh_{_ID}", "call_id": "call_s1"},
    "shell_call_output": {"type": "shell_call_output", "id": f"sho_{_ID}", "output": []},
    "apply_patch_call": {"type": "apply_patch_call", "id": f"apc_{_ID}", "call_id": "call_ap1"},
    "apply_patch_call_output": {
        "type": "apply_patch_call_output",
        "id": f"apco_{_ID}",
        "call_id": "call_ap1",
        "output": None,
    },
    "mcp_call": {
        "type": "mcp_call",
        "id": f"mcp_{_ID}",
        "server_label": "transit",
        "name": "next_departures",
        "arguments": "{}",
    },
    "mcp_list_tools": {
        "type": "mcp_list_tools",
        "id": f"mcpl_{_ID}",
        "server_label": "transit",
        "tools": [],
    },
    "mcp_approval_request": {
        "type": "mcp_approval_request",
        "id": f"mcpr_{_ID}",
        "server_label": "transit",
        "name": "book_ticket",
        "arguments": "{}",
    },
    "mcp_approval_response": {
        "type": "mcp_approval_response",
        "id": f"mcpa_{_ID}",
        "approval_request_id": f"mcpr_{_ID}",
        "approve": True,
    },
    "custom_tool_call": {
        "type": "custom_tool_call",
        "id": f"ctc_{_ID}",
        "call_id": "call_x1",
        "name": "sql",
        "input": "SELECT 1",
    },
    "custom_tool_call_output": {
        "type": "custom_tool_call_output",
        "id": f"ctco_{_ID}",
        "call_id": "call_x1",
        "output": "1",
    },
}

MEMBER_CLASSES = tuple(getattr(models, name) for name in OUTPUT_ITEMS.values())


def parse(data: dict[str, Any]) -> ResponseObject:
    return ResponseObject.from_dict(copy.deepcopy(data))


def test_full_response_round_trips() -> None:
    response = parse(FULL_RESPONSE)
    assert response.to_dict() == FULL_RESPONSE


def test_full_response_fields() -> None:
    response = parse(FULL_RESPONSE)
    assert response.id == RESPONSE_ID
    assert response.object == "response"
    assert response.status == "completed"
    assert response.created_at == CREATED_AT
    assert response.model == MODEL
    assert response.temperature == 0.7
    assert response.error is None
    assert response.usage.input_tokens == 1837
    assert response.usage.input_tokens_details.cached_tokens == 1536
    assert response.usage.output_tokens_details.reasoning_tokens == 192
    assert response.usage.total_tokens == 2131
    assert response.additional_properties == {"store": True}


def test_full_response_items_are_typed() -> None:
    reasoning, web_search, call, message = parse(FULL_RESPONSE).output

    assert isinstance(reasoning, models.ReasoningItem)
    assert [type(s).__name__ for s in reasoning.summary] == ["SummaryTextContent"] * 2
    assert reasoning.summary[0].text == "**Finding the tram timetable**"
    assert reasoning.encrypted_content is None

    assert isinstance(web_search, models.WebSearchToolCall)
    assert web_search.status == "completed"
    assert type(web_search.action).__name__ == "WebSearchActionSearch"
    assert web_search.action.query == "Lisbon tram 28 afternoon frequency"

    assert isinstance(call, models.FunctionToolCall)
    assert (call.name, call.call_id) == ("get_departures", "call_Q7nV2kR9sLw3XyZ1aB4cD5eF")
    assert call.arguments == '{"line":"28E","stop":"Martim Moniz"}'

    assert isinstance(message, models.OutputMessage)
    assert message.role == "assistant"
    first, second = message.content
    assert isinstance(first, models.OutputTextContent)
    assert isinstance(second, models.OutputTextContent)
    url, file = first.annotations
    assert isinstance(url, models.UrlCitationBody)
    assert (url.url, url.start_index, url.end_index) == ("https://www.carris.pt/en/tram-28", 0, 47)
    assert isinstance(file, models.FileCitationBody)
    assert file.file_id == "file-7Hk2mQp9RtW4vXz1"


def test_every_contract_output_item_type_has_a_sample() -> None:
    assert set(MINIMAL_ITEMS) == set(OUTPUT_ITEMS)
    assert len(OUTPUT_ITEMS) == len(MEMBER_CLASSES) == len(set(MEMBER_CLASSES))


@pytest.mark.parametrize("item_type", sorted(OUTPUT_ITEMS))
def test_output_item_parses_to_the_class_of_its_type(item_type: str) -> None:
    item = MINIMAL_ITEMS[item_type]
    data = {"id": RESPONSE_ID, "output": [item]}
    response = parse(data)
    (parsed,) = response.output
    assert type(parsed) is getattr(models, OUTPUT_ITEMS[item_type])
    assert parsed.type == item_type
    assert parsed.id == item["id"]
    assert parsed.additional_properties == {}
    assert response.to_dict() == data


@pytest.mark.parametrize("item_type", sorted(OUTPUT_ITEMS))
def test_output_item_with_only_its_type_parses_to_its_class(item_type: str) -> None:
    response = parse({"output": [{"type": item_type}]})
    assert type(response.output[0]) is getattr(models, OUTPUT_ITEMS[item_type])


def test_unknown_item_type_is_kept_as_data() -> None:
    unknown = {
        "type": "x_gateway_trace",
        "id": "gt_68b2c4f9",
        "spans": [{"name": "route", "ms": 3}],
        "status": "completed",
    }
    data = {"id": RESPONSE_ID, "output": [unknown, FULL_RESPONSE["output"][3]]}
    response = parse(data)
    kept, message = response.output
    assert not isinstance(kept, MEMBER_CLASSES)
    assert kept.additional_properties == unknown
    assert kept.to_dict() == unknown
    assert isinstance(message, models.OutputMessage)
    assert response.to_dict() == data
    assert response.output_text == (
        "Tram 28 runs every 10 minutes in the afternoon. Expect queues at Martim Moniz."
    )


def test_unknown_content_part_type_keeps_the_message_typed() -> None:
    audio = {"type": "output_audio", "transcript": "Tram 28.", "data": "UklGRg=="}
    text = {"type": "output_text", "text": "Tram 28.", "annotations": []}
    message = {"type": "message", "id": MESSAGE_ID, "role": "assistant", "content": [audio, text]}
    response = parse({"output": [message]})
    (parsed,) = response.output
    assert isinstance(parsed, models.OutputMessage)
    kept, typed = parsed.content
    assert kept.to_dict() == audio
    assert isinstance(typed, models.OutputTextContent)
    assert response.output_text == "Tram 28."
    assert response.to_dict() == {"output": [message]}


def test_output_text_joins_every_output_text_part_of_every_message() -> None:
    def message(*texts: str, refusal: str | None = None) -> dict[str, Any]:
        content: list[dict[str, Any]] = [{"type": "output_text", "text": t} for t in texts]
        if refusal is not None:
            content.insert(1, {"type": "refusal", "refusal": refusal})
        return {"type": "message", "role": "assistant", "content": content}

    output = [
        message("Hello", ", ", refusal="no"),
        MINIMAL_ITEMS["function_call"],
        {"type": "reasoning", "summary": [{"type": "summary_text", "text": "hidden"}]},
        message("world"),
        message(),
        message("!"),
    ]
    assert parse({"output": output}).output_text == "Hello, world!"
    assert parse(FULL_RESPONSE).output_text == (
        "Tram 28 runs every 10 minutes in the afternoon. Expect queues at Martim Moniz."
    )


@pytest.mark.parametrize(
    "data",
    [
        {"id": RESPONSE_ID},
        {"id": RESPONSE_ID, "output": []},
        {"output": [MINIMAL_ITEMS["reasoning"], MINIMAL_ITEMS["function_call"]]},
        {"output": [{"type": "message", "role": "assistant", "content": []}]},
        {"output": [{"type": "message", "content": [{"type": "refusal", "refusal": "no"}]}]},
    ],
)
def test_output_text_is_empty_without_output_text_parts(data: dict[str, Any]) -> None:
    response = parse(data)
    assert response.output_text == ""
    assert isinstance(response.output_text, str)


def test_output_text_is_not_serialised() -> None:
    response = parse(FULL_RESPONSE)
    assert response.output_text
    assert "output_text" not in response.to_dict()


def test_minimal_response_reads_unset_fields() -> None:
    response = parse({"id": RESPONSE_ID})
    assert response.status is UNSET
    assert response.usage is UNSET
    assert not response.output
    assert response.to_dict() == {"id": RESPONSE_ID}


def test_unknown_top_level_fields_are_kept() -> None:
    data = copy.deepcopy(FULL_RESPONSE)
    data["x_gateway"] = {"region": "eu-west-1", "upstream": "azure", "retries": 0}
    data["billing_units"] = 7
    response = parse(data)
    assert response.additional_properties["x_gateway"] == data["x_gateway"]
    assert response.additional_properties["billing_units"] == 7
    assert response.to_dict() == data
