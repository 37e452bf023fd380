"""What the server reads from a request body: text, token counts, input items."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

from ._ids import new_id

# A deterministic stand-in for a tokenizer: each run of word characters and
# each punctuation mark counts as one token.
_TOKEN = re.compile(r"\w+|[^\w\s]")

_ITEM_ID_PREFIX = {"message": "msg", "function_call": "fc", "reasoning": "rs"}


def count_tokens(text: str) -> int:
    return len(_TOKEN.findall(text))


def first_tokens(text: str, limit: int) -> str:
    """The shortest prefix of ``text`` holding ``limit`` tokens (whole words kept)."""
    if limit <= 0:
        return ""
    match = list(_TOKEN.finditer(text))
    if len(match) <= limit:
        return text
    return text[: match[limit - 1].end()]


def _item_texts(item: Any) -> Iterator[str]:
    if isinstance(item, str):
        yield item
        return
    if not isinstance(item, Mapping):
        return
    content = item.get("content")
    if isinstance(content, str):
        yield content
    elif isinstance(content, list):
        for part in content:
            if isinstance(part, Mapping) and isinstance(part.get("text"), str):
                yield part["text"]
    for key in ("output", "arguments", "name"):
        if isinstance(item.get(key), str):
            yield item[key]
    summary = item.get("summary")
    if isinstance(summary, list):
        for part in summary:
            if isinstance(part, Mapping) and isinstance(part.get("text"), str):
                yield part["text"]


def input_texts(body: Mapping[str, Any]) -> Iterator[str]:
    """Every piece of text the model would read for this request."""
    instructions = body.get("instructions")
    if isinstance(instructions, str):
        yield instructions
    elif isinstance(instructions, list):
        for item in instructions:
            yield from _item_texts(item)
    given = body.get("input")
    if isinstance(given, list):
        for item in given:
            yield from _item_texts(item)
    else:
        yield from _item_texts(given)
    tools = body.get("tools")
    if isinstance(tools, list) and tools:
        yield json.dumps(tools, sort_keys=True)


def count_input_tokens(body: Mapping[str, Any]) -> int:
    return sum(count_tokens(text) for text in input_texts(body))


def last_user_text(body: Mapping[str, Any]) -> str:
    given = body.get("input")
    if isinstance(given, str):
        return given
    if isinstance(given, list):
        for item in reversed(given):
            if isinstance(item, Mapping) and item.get("role", "user") == "user":
                texts = list(_item_texts(item))
                if texts:
                    return " ".join(texts)
    return ""


def input_items(body: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The request's input as the item resources the input_items endpoint lists."""
    given = body.get("input")
    if given is None:
        return []
    raw = [given] if isinstance(given, str) else given if isinstance(given, list) else []
    items: list[dict[str, Any]] = []
    for entry in raw:
        if isinstance(entry, str):
            entry = {"role": "user", "content": entry}
        if not isinstance(entry, Mapping):
            continue
        item = dict(entry)
        kind = item.setdefault("type", "message")
        if kind == "message":
            item.setdefault("role", "user")
            if isinstance(item.get("content"), str):
                part = "output_text" if item["role"] == "assistant" else "input_text"
                item["content"] = [{"type": part, "text": item["content"]}]
        if not isinstance(item.get("id"), str):
            item["id"] = new_id(_ITEM_ID_PREFIX.get(kind, "item"))
        items.append(item)
    return items
