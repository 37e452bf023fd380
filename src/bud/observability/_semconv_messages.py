"""Prompt and completion content in the shapes of the GenAI semantic conventions (pure).

The opt-in content attributes `gen_ai.input.messages`, `gen_ai.output.messages`,
`gen_ai.system_instructions` and `gen_ai.tool.definitions` have JSON schemas
(`gen-ai-input-messages.json`, …) that every GenAI backend parses: messages
are `{"role", "parts": [...], "name"?}` (output messages add `finish_reason`)
and parts are typed (`text`, `tool_call`, `tool_call_response`, `reasoning`,
`blob`, `uri`, `file`, or any other `{"type": ...}`). This module turns the
Responses and Chat Completions payloads into those structures, and
`to_attribute` into the length-limited JSON string a span carries.

Payloads come as generated models, dicts or look-alike objects alike: every
field is read through `_get`, which treats a missing, None or UNSET field as
None. Nothing here touches a span.

Decisions a reader needs:

* Unknown *items* (Responses `item_reference`, `web_search_call`, `mcp_call`,
  … in an input list or in `response.output`) are skipped: they carry no role
  and no content of their own. An unknown *content part* of a known message is
  kept as `{"type": <its type>}` only, without its payload, so the message
  still shows something was there while no unknown (possibly huge or binary)
  payload escapes the length limit.
* Tool-call arguments are parsed when they are a JSON object (what a backend
  renders best), else kept as the raw string; tool results are never parsed.
* Consecutive model-side Responses input items (reasoning, function calls)
  join the assistant message before them, as Chat Completions' assistant
  message with `tool_calls` does; each tool result is its own `tool` message.
* Roles are kept as sent (`developer` stays `developer`): the schema allows
  any string and a rename would lose what the caller wrote.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final, TypeAlias

from bud_api.types import Unset

from bud.observability._inference_attributes import json_default

# one semconv message or part: plain JSON values only
Part: TypeAlias = dict[str, Any]
Message: TypeAlias = dict[str, Any]

# appended to a value `to_attribute` cut, so a reader knows it is not the whole
TRUNCATION_MARKER: Final = "…[truncated]"

_TEXT_PARTS: Final = frozenset({"text", "input_text", "output_text"})
_REASONING_PARTS: Final = frozenset({"reasoning_text", "summary_text"})
# Responses items the model produced: they belong to an assistant message
_MODEL_ITEMS: Final = frozenset({"function_call", "custom_tool_call", "reasoning"})
_CALL_ITEMS: Final = frozenset({"function_call", "custom_tool_call"})
_TOOL_OUTPUT_ITEMS: Final = frozenset({"function_call_output", "custom_tool_call_output"})
_MEDIA_MODALITIES: Final = frozenset({"image", "audio", "video"})
_AUDIO_MIME: Final = {"mp3": "audio/mpeg", "wav": "audio/wav"}
_CHAT_FINISH: Final = {
    "stop": "stop",
    "length": "length",
    "tool_calls": "tool_call",
    "function_call": "tool_call",
    "content_filter": "content_filter",
}
_INCOMPLETE_FINISH: Final = {"max_output_tokens": "length", "content_filter": "content_filter"}
# statuses of a response that did not finish: its output stopped on an error
_UNFINISHED: Final = frozenset({"failed", "cancelled", "in_progress", "queued"})
# keys `to_attribute` cuts when they hold a string
_CUT_KEYS: Final = ("content", "arguments", "response")


# ----------------------------------------------------------------------------- Responses API


def responses_input_messages(kwargs: Mapping[str, Any]) -> list[Message] | None:
    """`gen_ai.input.messages` of a `responses.create(**kwargs)` call, None without input.

    A plain string `input` is one user message, as the API reads it.
    """
    value = kwargs.get("input")
    if isinstance(value, str):
        return [{"role": "user", "parts": [_text(value)]}]
    return _responses_items(_seq(value)) or None


def system_instructions(instructions: object) -> list[Part] | None:
    """`gen_ai.system_instructions` of Responses `instructions`, None without any.

    A string is one text part. A list (what a `Response` echoes back) gives the
    parts of its messages, since the attribute is a flat list of parts.
    """
    if isinstance(instructions, str):
        return [_text(instructions)] if instructions else None
    parts = [p for m in _responses_items(_seq(instructions)) for p in m["parts"]]
    return parts or None


def tool_definitions(tools: object) -> list[Part] | None:
    """`gen_ai.tool.definitions` of Responses or Chat `tools`, None without any.

    Function tools, flat (Responses) or nested under `function` (Chat), keep
    their name, description and parameter schema (null when the tool has none:
    the schema's "the tool has no description"). Every other kind is only
    `{"type", "name"}`: its own name if it has one, else its type, since
    built-in tools (web search, file search, …) have no schema to show.
    """
    definitions: list[Part] = []
    for tool in _seq(tools):
        kind = _get(tool, "type")
        if not isinstance(kind, str):
            continue
        if kind != "function":
            definitions.append({"type": kind, "name": _tool_name(tool, kind)})
            continue
        spec = _get(tool, "function")
        if spec is None:
            spec = tool
        definitions.append(
            {
                "type": "function",
                "name": _str(_get(spec, "name")) or "",
                "description": _str(_get(spec, "description")),
                "parameters": _plain(_get(spec, "parameters")),
            }
        )
    return definitions or None


def responses_output_messages(response: object) -> list[Message] | None:
    """`gen_ai.output.messages` of a `Response`: one assistant message, None without output.

    A response is one generation, so all its output items (messages,
    reasoning, function calls) are the parts of one message, in order.
    """
    parts: list[Part] = []
    called = False
    for item in _seq(_get(response, "output")):
        kind = _str(_get(item, "type"))
        if kind == "message":
            parts.extend(_content_parts(_get(item, "content")))
        elif kind in _MODEL_ITEMS:
            parts.extend(_model_item_parts(item, kind))
            called = called or kind in _CALL_ITEMS
    if not parts:
        return None
    return [
        {"role": "assistant", "parts": parts, "finish_reason": _responses_finish(response, called)}
    ]


def _responses_items(items: Sequence[Any]) -> list[Message]:
    """Responses input items as messages; unknown items are skipped (no role to give them)."""
    messages: list[Message] = []
    for item in items:
        kind = _str(_get(item, "type"))
        if kind in _MODEL_ITEMS:
            parts = _model_item_parts(item, kind)
            if not parts:
                continue  # e.g. a reasoning item with only encrypted content
            if messages and messages[-1]["role"] == "assistant":
                messages[-1]["parts"].extend(parts)
            else:
                messages.append({"role": "assistant", "parts": parts})
        elif kind in _TOOL_OUTPUT_ITEMS:
            response = _tool_response(_get(item, "call_id"), _get(item, "output"))
            messages.append({"role": "tool", "parts": [response]})
        elif kind is None or kind == "message":
            role = _get(item, "role")
            if isinstance(role, str):
                messages.append({"role": role, "parts": _content_parts(_get(item, "content"))})
    return messages


def _model_item_parts(item: object, kind: str) -> list[Part]:
    """The parts of a model-produced Responses item (a reasoning item or a tool call)."""
    if kind == "reasoning":
        return _reasoning_parts(item)
    if kind == "custom_tool_call":
        # free-form input, not JSON: kept as sent
        return [_tool_call(_get(item, "call_id"), _get(item, "name"), _get(item, "input"))]
    arguments = _arguments(_get(item, "arguments"))
    return [_tool_call(_get(item, "call_id"), _get(item, "name"), arguments)]


def _reasoning_parts(item: object) -> list[Part]:
    """A reasoning item's text: its full `content` when present, else its `summary`.

    Both at once would repeat the reasoning; encrypted content is opaque and left out.
    """
    for key in ("content", "summary"):
        texts = [_get(entry, "text") for entry in _seq(_get(item, key))]
        parts = [{"type": "reasoning", "content": t} for t in texts if isinstance(t, str)]
        if parts:
            return parts
    return []


def _responses_finish(response: object, called: bool) -> str:
    """The semconv finish reason of a response.

    `tool_call` when any function call is in the output (the caller has to
    act), as `gen_ai.response.finish_reasons` reports it; an incomplete one by
    its reason; one that failed, was cancelled or never finished: `error`.
    """
    status = _str(_get(response, "status"))
    if status == "incomplete":
        reason = _get(_get(response, "incomplete_details"), "reason")
        if not isinstance(reason, str) or not reason:
            return "incomplete"
        return _INCOMPLETE_FINISH.get(reason, reason)
    if status in _UNFINISHED:
        return "error"
    return "tool_call" if called else "stop"


# ----------------------------------------------------------------------------- Chat Completions


def chat_input_messages(messages: object) -> list[Message] | None:
    """`gen_ai.input.messages` of Chat `messages`, None without any.

    System and developer messages stay here: Chat has no separate
    instructions field, so they are part of the conversation.
    """
    result: list[Message] = []
    for message in _seq(messages):
        role = _get(message, "role")
        if not isinstance(role, str):
            continue
        if role == "tool":
            parts = [_tool_response(_get(message, "tool_call_id"), _get(message, "content"))]
        else:
            parts = _chat_message_parts(message)
        converted: Message = {"role": role, "parts": parts}
        name = _get(message, "name")
        if isinstance(name, str) and name:
            converted["name"] = name
        result.append(converted)
    return result or None


def chat_output_messages(completion: object) -> list[Message] | None:
    """`gen_ai.output.messages` of a `ChatCompletion`: one message per choice, None without any.

    Every choice is kept, even an empty one, so positions match
    `gen_ai.response.finish_reasons`.
    """
    result: list[Message] = []
    for choice in _seq(_get(completion, "choices")):
        message = _get(choice, "message")
        role = _get(message, "role")
        result.append(
            {
                "role": role if isinstance(role, str) else "assistant",
                "parts": _chat_message_parts(message),
                "finish_reason": _chat_finish(_get(choice, "finish_reason")),
            }
        )
    return result or None


def _chat_message_parts(message: object) -> list[Part]:
    """A Chat message's parts in the order the model produced them.

    Reasoning (the gateway's `reasoning_content`), content, refusal, tool calls.
    """
    parts: list[Part] = []
    reasoning = _get(message, "reasoning_content")
    if isinstance(reasoning, str) and reasoning:
        parts.append({"type": "reasoning", "content": reasoning})
    parts.extend(_content_parts(_get(message, "content")))
    refusal = _get(message, "refusal")
    if isinstance(refusal, str) and refusal:
        parts.append(_text(refusal))
    for call in _seq(_get(message, "tool_calls")):
        function = _get(call, "function")
        if function is not None:
            arguments = _arguments(_get(function, "arguments"))
            parts.append(_tool_call(_get(call, "id"), _get(function, "name"), arguments))
            continue
        custom = _get(call, "custom")
        if custom is not None:
            parts.append(_tool_call(_get(call, "id"), _get(custom, "name"), _get(custom, "input")))
    return parts


def _chat_finish(reason: object) -> str:
    """A Chat finish reason in semconv terms; a missing one is `error`.

    A choice without a finish reason did not end normally (the convention's
    rule for a stream that stopped before its last event).
    """
    if not isinstance(reason, str) or not reason:
        return "error"
    return _CHAT_FINISH.get(reason, reason)


# ----------------------------------------------------------------------------- parts


def _content_parts(content: object) -> list[Part]:
    """Message content, a string or a list of content parts, as semconv parts.

    An empty string is no part: assistant turns that only call tools carry one.
    """
    if isinstance(content, str):
        return [_text(content)] if content else []
    return [_part(item) for item in _seq(content)]


def _part(part: object) -> Part:
    """One content part of either API as a semconv part.

    Unknown kinds keep only their type (see the module docstring).
    """
    if isinstance(part, str):
        return _text(part)
    kind = _str(_get(part, "type"))
    if kind in _TEXT_PARTS:
        return _text(_get(part, "text"))
    if kind == "refusal":
        return _text(_get(part, "refusal"))
    if kind in _REASONING_PARTS:
        return {"type": "reasoning", "content": _str(_get(part, "text")) or ""}
    media: Part | None = None
    if kind == "image_url":  # Chat
        media = _media("image", uri=_get(_get(part, "image_url"), "url"))
    elif kind == "input_image":  # Responses
        media = _media("image", uri=_get(part, "image_url"), file_id=_get(part, "file_id"))
    elif kind == "input_audio":  # Chat
        media = _audio(_get(part, "input_audio"))
    elif kind == "file":  # Chat
        file = _get(part, "file")
        media = _media("document", data=_get(file, "file_data"), file_id=_get(file, "file_id"))
    elif kind == "input_file":  # Responses
        media = _media(
            "document",
            data=_get(part, "file_data"),
            uri=_get(part, "file_url"),
            file_id=_get(part, "file_id"),
        )
    if media is not None:
        return media
    return {"type": kind or "unknown"}


def _media(
    modality: str, data: object = None, uri: object = None, file_id: object = None
) -> Part | None:
    """Inline data as a `blob`, a link as a `uri`, an uploaded file as a `file` part.

    A `data:` URL is inline data: the schema keeps `uri` for real links.
    """
    if isinstance(data, str) and data:
        return _blob(data, modality)
    if isinstance(uri, str) and uri:
        if uri.startswith("data:"):
            return _blob(uri, modality)
        return {"type": "uri", "modality": modality, "uri": uri}
    if isinstance(file_id, str) and file_id:
        return {"type": "file", "modality": modality, "file_id": file_id}
    return None


def _audio(audio: object) -> Part | None:
    """Chat `input_audio` (base64 `data` and a `format`) as a `blob` part."""
    data = _get(audio, "data")
    if not isinstance(data, str) or not data:
        return None
    fmt = _get(audio, "format")
    mime = _AUDIO_MIME.get(fmt, f"audio/{fmt}") if isinstance(fmt, str) and fmt else None
    return _blob(data, "audio", mime)


def _blob(data: str, modality: str, mime: str | None = None) -> Part:
    """A `blob` part of base64 *data* or a `data:` URL (whose media type wins).

    The media type also names the modality when it is an image, audio or video.
    """
    if data.startswith("data:"):
        header, _, data = data.partition(",")
        media_type = header[5:].split(";", 1)[0]
        if media_type:
            mime = media_type
    part: Part = {"type": "blob"}
    if mime:
        part["mime_type"] = mime
        top = mime.split("/", 1)[0]
        if top in _MEDIA_MODALITIES:
            modality = top
    part["modality"] = modality
    part["content"] = data
    return part


def _text(text: object) -> Part:
    return {"type": "text", "content": text if isinstance(text, str) else ""}


def _tool_call(call_id: object, name: object, arguments: object) -> Part:
    return {
        "type": "tool_call",
        "id": _str(call_id),
        "name": _str(name) or "",
        "arguments": arguments,
    }


def _tool_response(call_id: object, output: object) -> Part:
    """A tool's result: a string as is, a list of content parts as parts."""
    if isinstance(output, list | tuple):
        response: object = [_part(item) for item in output]
    else:
        response = _plain(output)
    return {"type": "tool_call_response", "id": _str(call_id), "response": response}


def _arguments(arguments: object) -> object:
    """Tool-call arguments: the parsed JSON object, else the raw value.

    Only objects are parsed (arguments are always one); anything that does
    not parse stays the string the model wrote, which is what went wrong.
    """
    if not isinstance(arguments, str):
        return _plain(arguments)
    if not arguments.lstrip().startswith("{"):
        return arguments
    try:
        parsed = json.loads(arguments)
    except ValueError:
        return arguments
    return parsed if isinstance(parsed, dict) else arguments


def _tool_name(tool: object, kind: str) -> str:
    """A non-function tool's own name (flat or under its type's key), else its type."""
    name = _get(tool, "name")
    if not isinstance(name, str) or not name:
        name = _get(_get(tool, kind), "name")
    return name if isinstance(name, str) and name else kind


# ----------------------------------------------------------------------------- reading


def _get(obj: object, name: str) -> Any:
    """Field *name* of a model, a dict or a look-alike; missing, None and UNSET are None.

    Generated models keep fields they do not know in `additional_properties`:
    read there too, so a gateway's extra fields are not lost.
    """
    if obj is None:
        return None
    # the cheap tests first: an ABC check costs several attribute reads (per field)
    if isinstance(obj, dict):
        value = obj.get(name)
    else:
        value = getattr(obj, name, None)
        if value is None:
            extra = getattr(obj, "additional_properties", None)
            if extra.__class__ is dict:  # a generated model: no ABC check needed
                value = extra.get(name)
            elif isinstance(obj, Mapping):
                value = obj.get(name)
    return None if value.__class__ is Unset else value


def _seq(value: object) -> Sequence[Any]:
    """*value* if it is a list or tuple, else nothing (a string is not a list of items)."""
    return value if isinstance(value, list | tuple) else ()


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _plain(value: object) -> Any:
    """A generated model as its JSON dict (`to_dict()`); anything else as is."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


# ----------------------------------------------------------------------------- the attribute


def to_attribute(structure: Sequence[Mapping[str, Any]], limit: int) -> str:
    """*structure* as the JSON string a span attribute carries, long values cut.

    Every string `content` (text, reasoning, blob data), tool-call `arguments`
    and tool-call `response` longer than *limit* characters keeps its first
    *limit* and gets `TRUNCATION_MARKER`; the values are cut, never the JSON,
    so the attribute always parses. Parsed arguments and structured responses
    are not cut. *structure* itself is left unchanged: only what is cut is copied.
    """
    limit = max(limit, 0)
    text = _encode(structure)
    if len(text) <= limit:
        return text  # no value in it can be longer: nothing to cut (the common case)
    return _encode([_cut(node, limit) if isinstance(node, dict) else node for node in structure])


def _json_encoder() -> Callable[[object], str]:
    """Compact JSON text of plain values: msgspec's when it is installed (the `otel` extra
    brings it; it writes long text several times faster), else the standard library's.

    The structures are plain JSON by construction (models went through `to_dict()`),
    so both give the same JSON; anything else is encoded the way `to_json` does.
    """
    try:
        import msgspec
    except ImportError:
        stdlib = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=json_default)
        return stdlib.encode
    encode = msgspec.json.Encoder(enc_hook=json_default).encode
    return lambda value: encode(value).decode()


_encode = _json_encoder()


def _cut(node: dict[str, Any], limit: int) -> dict[str, Any]:
    """*node* with its long values cut, and those of its `parts` (or a `response` list).

    A node with nothing to cut is returned as is: most content is short.
    """
    copy: dict[str, Any] | None = None
    for key in _CUT_KEYS:
        value = node.get(key)
        if isinstance(value, str):
            if len(value) > limit:
                copy = copy if copy is not None else dict(node)
                copy[key] = value[:limit] + TRUNCATION_MARKER
        elif key == "response" and isinstance(value, list):
            response = _cut_list(value, limit)
            if response is not value:
                copy = copy if copy is not None else dict(node)
                copy[key] = response
    parts = node.get("parts")
    if isinstance(parts, list):
        cut_parts = _cut_list(parts, limit)
        if cut_parts is not parts:
            copy = copy if copy is not None else dict(node)
            copy["parts"] = cut_parts
    return node if copy is None else copy


def _cut_list(items: list[Any], limit: int) -> list[Any]:
    """*items* with their long values cut: the same list when nothing was."""
    copy: list[Any] | None = None
    for index, item in enumerate(items):
        if isinstance(item, dict):
            cut = _cut(item, limit)
            if cut is not item:
                copy = copy if copy is not None else list(items)
                copy[index] = cut
    return items if copy is None else copy


# --------------------------------------------------------------------------- span attributes

GENAI_INPUT_MESSAGES: Final = "gen_ai.input.messages"
GENAI_OUTPUT_MESSAGES: Final = "gen_ai.output.messages"
GENAI_SYSTEM_INSTRUCTIONS: Final = "gen_ai.system_instructions"
GENAI_TOOL_DEFINITIONS: Final = "gen_ai.tool.definitions"


def _put(attrs: dict[str, Any], key: str, structure: Sequence[Any] | None, limit: int) -> None:
    if structure:
        attrs[key] = to_attribute(structure, limit)


def add_responses_request_content(
    attrs: dict[str, Any], kwargs: Mapping[str, Any], fields: frozenset[str], limit: int
) -> None:
    """The semconv content attributes of a Responses request, for the fields captured."""
    if "input" in fields:
        _put(attrs, GENAI_INPUT_MESSAGES, responses_input_messages(kwargs), limit)
    if "instructions" in fields:
        _put(attrs, GENAI_SYSTEM_INSTRUCTIONS, system_instructions(kwargs.get("instructions")),
             limit)  # fmt: skip
    if "tools" in fields:
        _put(attrs, GENAI_TOOL_DEFINITIONS, tool_definitions(kwargs.get("tools")), limit)


def add_chat_request_content(
    attrs: dict[str, Any], kwargs: Mapping[str, Any], fields: frozenset[str], limit: int
) -> None:
    """The semconv content attributes of a chat request, for the fields captured."""
    if "messages" in fields:
        _put(attrs, GENAI_INPUT_MESSAGES, chat_input_messages(kwargs.get("messages")), limit)
    if "tools" in fields:
        _put(attrs, GENAI_TOOL_DEFINITIONS, tool_definitions(kwargs.get("tools")), limit)
