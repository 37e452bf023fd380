"""Replies of the inference routes beside Responses, shaped like what the Bud gateway sends.

Chat completions (JSON and stream frames), embeddings (float and base64) and
classify results, written for these tests. Where the gateway differs from
OpenAI's reference the samples follow the gateway: `service_tier` and
`system_fingerprint` are empty strings, replies carry an `episode_id`, reasoning
comes as `reasoning_content`, and a stream asked for usage ends with a chunk that
has no choices. Tests must deep-copy a sample before changing it (`copy.deepcopy`,
or the helpers below that build a fresh one each call).
"""

from __future__ import annotations

import json
from typing import Any

CHAT_MODEL = "qwen3-32b"
EMBEDDING_MODEL = "bge-m3"
CLASSIFIER_MODEL = "finbert"
CREATED = 1756545249
INFERENCE_ID = "0198f3a2-6c41-7d03-9b8e-2f4c6a8e0b1d"
EPISODE_ID = "0198f3a2-6c40-7a51-8c2d-4e6f8a0b2c4d"
TOOL_CALL_ID = "chatcmpl-tool-5b1e9d7c3a4f4e2b8d6c0a1f3e5b7d9c"


def chat_completion_with_tool_call() -> dict[str, Any]:
    """A non-streamed chat completion whose answer is a tool call (gateway shape)."""
    return {
        "id": INFERENCE_ID,
        "episode_id": EPISODE_ID,
        "object": "chat.completion",
        "created": CREATED,
        "model": CHAT_MODEL,
        "system_fingerprint": "",
        "service_tier": "",
        "choices": [
            {
                "index": 0,
                "finish_reason": "tool_calls",
                "message": {
                    "role": "assistant",
                    "content": None,
                    "reasoning_content": "The user wants departures, so call the tool.",
                    "tool_calls": [
                        {
                            "id": TOOL_CALL_ID,
                            "type": "function",
                            "function": {
                                "name": "get_departures",
                                "arguments": '{"line":"28E","stop":"Martim Moniz"}',
                            },
                        }
                    ],
                },
            }
        ],
        "usage": {"prompt_tokens": 212, "completion_tokens": 38, "total_tokens": 250},
    }


def chat_completion_with_logprobs() -> dict[str, Any]:
    """A plain text answer with logprobs and usage details (OpenAI shape)."""
    return {
        "id": "chatcmpl-C2mXq8Zb7yR4tN1vK6pL3sD9fG0h",
        "object": "chat.completion",
        "created": CREATED,
        "model": "gpt-4.1-mini-2025-04-14",
        "system_fingerprint": "fp_6f2eabb9a5",
        "service_tier": "default",
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "message": {
                    "role": "assistant",
                    "content": "Every 10 minutes.",
                    "refusal": None,
                    "annotations": [],
                },
                "logprobs": {
                    "content": [
                        {
                            "token": "Every",
                            "logprob": -0.0012,
                            "bytes": [69, 118, 101, 114, 121],
                            "top_logprobs": [
                                {"token": "Every", "logprob": -0.0012, "bytes": [69, 118, 101]},
                                {"token": "About", "logprob": -6.9, "bytes": None},
                            ],
                        }
                    ],
                    "refusal": None,
                },
            }
        ],
        "usage": {
            "prompt_tokens": 19,
            "completion_tokens": 5,
            "total_tokens": 24,
            "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
            "completion_tokens_details": {
                "reasoning_tokens": 0,
                "audio_tokens": 0,
                "accepted_prediction_tokens": 0,
                "rejected_prediction_tokens": 0,
            },
        },
    }


def chunk(choices: list[dict[str, Any]], usage: dict[str, Any] | None = None) -> dict[str, Any]:
    """One `chat.completion.chunk` frame as the gateway streams it."""
    return {
        "id": INFERENCE_ID,
        "episode_id": EPISODE_ID,
        "object": "chat.completion.chunk",
        "created": CREATED,
        "model": CHAT_MODEL,
        "system_fingerprint": "",
        "service_tier": "",
        "choices": choices,
        "usage": usage,
    }


def delta_choice(delta: dict[str, Any], finish_reason: str | None = None) -> dict[str, Any]:
    return {"index": 0, "delta": delta, "finish_reason": finish_reason, "logprobs": None}


def chat_stream() -> list[dict[str, Any]]:
    """Every frame of one streamed tool call with `stream_options.include_usage`."""
    return [
        chunk([delta_choice({"role": "assistant", "reasoning_content": "Departures: "})]),
        chunk([delta_choice({"reasoning_content": "use the tool."})]),
        chunk(
            [
                delta_choice(
                    {
                        "tool_calls": [
                            {
                                "index": 0,
                                "id": TOOL_CALL_ID,
                                "type": "function",
                                "function": {"name": "get_departures", "arguments": '{"line":'},
                            }
                        ]
                    }
                )
            ]
        ),
        chunk(
            [
                delta_choice(
                    {
                        "tool_calls": [
                            {
                                "index": 0,
                                "type": "function",
                                "function": {"name": "get_departures", "arguments": '"28E"}'},
                            }
                        ]
                    }
                )
            ]
        ),
        chunk([delta_choice({}, finish_reason="tool_calls")]),
        chunk([], usage={"prompt_tokens": 212, "completion_tokens": 38, "total_tokens": 250}),
    ]


def sse(frames: list[dict[str, Any]]) -> str:
    """*frames* as the event stream body: `data:` lines, then `data: [DONE]`."""
    lines = [f"data: {json.dumps(frame, separators=(',', ':'))}\n\n" for frame in frames]
    return "".join(lines) + "data: [DONE]\n\n"


def embeddings_float() -> dict[str, Any]:
    """Two texts embedded, with `include_input` echoing them back."""
    return {
        "object": "list",
        "data": [
            {
                "object": "embedding",
                "index": 0,
                "embedding": [0.0123, -0.0456, 0.0789, -0.1011],
                "text": "When does tram 28 run?",
            },
            {
                "object": "embedding",
                "index": 1,
                "embedding": [-0.0222, 0.0333, -0.0444, 0.0555],
                "text": "Where does it stop?",
            },
        ],
        "model": EMBEDDING_MODEL,
        "usage": {"prompt_tokens": 14, "total_tokens": 14},
    }


def embeddings_base64() -> dict[str, Any]:
    """`encoding_format="base64"` with chunking: each chunk's vector as a base64 string."""
    return {
        "object": "list",
        "data": [
            {
                "object": "embedding",
                "index": 0,
                "embedding": "AACAPwAAAEAAAEBAAACAQA==",
                "chunk_text": "Tram 28 runs from Martim Moniz",
            },
            {
                "object": "embedding",
                "index": 1,
                "embedding": "AACgQAAAwEAAAOBAAAAAQQ==",
                "chunk_text": "to Campo Ourique every 10 minutes.",
            },
        ],
        "model": EMBEDDING_MODEL,
        "usage": {"prompt_tokens": 17, "total_tokens": 17},
    }


def classify_result() -> dict[str, Any]:
    """Two texts classified: one list of label scores per input, in input order."""
    return {
        "id": "classify-0198f3a2-7e10-7c2b",
        "object": "classify",
        "created": CREATED,
        "model": CLASSIFIER_MODEL,
        "data": [
            [
                {"label": "positive", "score": 0.912},
                {"label": "neutral", "score": 0.071},
                {"label": "negative", "score": 0.017},
            ],
            [
                {"label": "negative", "score": 0.803},
                {"label": "neutral", "score": 0.152},
                {"label": "positive", "score": 0.045},
            ],
        ],
        "usage": {"prompt_tokens": 21, "total_tokens": 21},
    }
