"""Derive `openapi/responses.yaml` from the official OpenAPI reference document.

The contract is ours: this tool carries over only *facts* (paths, parameter
names, schema names, property names, types, enums, formats) for the inference
surface the gateway serves (Responses, chat completions, embeddings, models),
and drops every description, summary, title and example. It then applies our
own rules:

* paths get the `/v1` prefix (the client's base URL has none) and our
  operation ids; routes the reference lacks (`/v1/classify`) are our own;
* OpenAPI 3.0 `nullable: true` becomes a 3.1 union with `null`;
* the chat and embedding shapes get the Bud gateway's extensions (guided
  decoding, `tensorzero::cache_options`, `episode_id`, `reasoning_content`,
  embedding chunking, ...), and their results our names (`ChatCompletion`,
  `ChatCompletionChunk`, ...);
* schemas the server sends are read liberally: only `type` stays required,
  and no object forbids unknown properties (real servers omit fields the
  reference marks required, and add new ones); in the chat, embedding and
  classify results the closed string enums (`finish_reason`, `service_tier`,
  `object`, ...) are plain strings too, because the gateway and its providers
  send values the reference does not list (`"service_tier": ""`);
* events added to the API after the reference was cut are appended.

Run it when the API grows, review the diff of `openapi/responses.yaml`, then
`make regen`. Usage::

    python openapi/tools/sync_from_reference.py ../shared/reference/openai-openapi.yaml
"""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "responses.yaml"

# reference path -> (our path, {method: our operation id})
PATHS: dict[str, tuple[str, dict[str, str]]] = {
    "/responses": ("/v1/responses", {"post": "createResponse"}),
    "/responses/{response_id}": (
        "/v1/responses/{response_id}",
        {"get": "retrieveResponse", "delete": "deleteResponse"},
    ),
    "/responses/{response_id}/cancel": (
        "/v1/responses/{response_id}/cancel",
        {"post": "cancelResponse"},
    ),
    "/responses/{response_id}/input_items": (
        "/v1/responses/{response_id}/input_items",
        {"get": "listInputItems"},
    ),
    "/responses/input_tokens": ("/v1/responses/input_tokens", {"post": "countInputTokens"}),
    "/responses/compact": ("/v1/responses/compact", {"post": "compactResponse"}),
    "/models": ("/v1/models", {"get": "listModels"}),
    "/chat/completions": ("/v1/chat/completions", {"post": "createChatCompletion"}),
    "/embeddings": ("/v1/embeddings", {"post": "createEmbedding"}),
}

# Reference schemas that get our own names (the SDK's public type names).
RENAMED: dict[str, str] = {
    "CreateChatCompletionResponse": "ChatCompletion",
    "CreateChatCompletionStreamResponse": "ChatCompletionChunk",
}

# Schemas whose instances the server sends: read liberally.
SERVER_SENT_ROOTS = (
    "Response",
    "ResponseStreamEvent",
    "ResponseItemList",
    "TokenCountsResource",
    "CompactResource",
    "DeletedResponse",
    "ListModelsResponse",
    "ErrorResponse",
    "ChatCompletion",
    "ChatCompletionChunk",
    "CreateEmbeddingResponse",
    "ClassifyResponse",
)

# Of those, the results of the routes beside Responses: their closed string
# enums are opened too (see `open_enums`).
OPEN_ENUM_ROOTS = (
    "ChatCompletion",
    "ChatCompletionChunk",
    "CreateEmbeddingResponse",
    "ClassifyResponse",
)

# Keys that carry prose or vendor tooling hints, never facts we need.
DROP_KEYS = {"description", "summary", "title", "example", "examples", "externalDocs"}

# Stream events the API gained after the reference document was cut.
EXTRA_EVENTS: dict[str, Any] = {
    "ResponseCompactionCompactingEvent": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["response.compaction.compacting"]},
            "item_id": {"type": "string"},
            "output_index": {"type": "integer"},
            "sequence_number": {"type": "integer"},
        },
        "required": ["type", "item_id", "output_index", "sequence_number"],
    },
    # the Bud gateway's providers may end a stream with this instead of
    # response.completed; it carries the final response the same way
    "ResponseDoneEvent": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["response.done"]},
            "response": {"$ref": "#/components/schemas/Response"},
            "sequence_number": {"type": "integer"},
        },
        "required": ["type", "response", "sequence_number"],
    },
}

# Routes the reference does not have: path -> {method: operation}.
OWN_PATHS: dict[str, dict[str, Any]] = {
    "/v1/classify": {
        "post": {
            "operationId": "classify",
            "tags": ["classify"],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/ClassifyRequest"}}
                },
            },
            "responses": {
                "200": {
                    "description": "OK",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/ClassifyResponse"}
                        }
                    },
                }
            },
        }
    },
}

_NOTE_MODEL = (
    "Optional in this contract: the SDK fills in the client's default model when a call "
    "leaves it out. The gateway itself needs one."
)
_NOTE_NOT_IDENTIFIER = (
    "Bud gateway extension. Its name is not a Python identifier, so the SDK's keyword "
    "arguments cannot carry it: pass it in extra_body."
)
_PRIORITY = {
    "type": "string",
    "enum": ["high", "normal", "low"],
    "description": "Bud gateway extension: scheduling priority, passed on to the model server.",
}

# Bud gateway extensions of the chat completion body (budgateway's
# OpenAI-compatible handler reads them; the model server applies them).
CHAT_EXTENSIONS: dict[str, Any] = {
    "guided_json": {
        "anyOf": [{"type": "object", "additionalProperties": True}, {"type": "string"}],
        "description": "Bud gateway extension: constrain the output to this JSON schema.",
    },
    "guided_regex": {
        "type": "string",
        "description": "Bud gateway extension: constrain the output to this regular expression.",
    },
    "guided_choice": {
        "type": "array",
        "items": {"type": "string"},
        "description": "Bud gateway extension: the output is exactly one of these strings.",
    },
    "guided_grammar": {
        "type": "string",
        "description": "Bud gateway extension: constrain the output to this context-free grammar.",
    },
    "guided_decoding_backend": {
        "type": "string",
        "description": "Bud gateway extension: which guided decoding engine the model server uses.",
    },
    "guided_whitespace_pattern": {
        "type": "string",
        "description": "Bud gateway extension: the whitespace allowed in guided JSON output.",
    },
    "structural_tag": {
        "type": "string",
        "description": "Bud gateway extension: structural tag constraints for the output.",
    },
    "chat_template": {
        "type": "string",
        "description": "Bud gateway extension: a chat template to use instead of the model's own.",
    },
    "chat_template_kwargs": {
        "type": "object",
        "additionalProperties": True,
        "description": "Bud gateway extension: extra variables for the chat template.",
    },
    "mm_processor_kwargs": {
        "type": "object",
        "additionalProperties": True,
        "description": "Bud gateway extension: options for the multimodal input processor.",
    },
    "ignore_eos": {
        "type": "boolean",
        "description": "Bud gateway extension: keep generating past end-of-sequence tokens.",
    },
    "tensorzero::cache_options": {
        "$ref": "#/components/schemas/CacheOptions",
        "description": "Gateway inference cache settings. " + _NOTE_NOT_IDENTIFIER,
    },
    "tensorzero::episode_id": {
        "type": "string",
        "format": "uuid",
        "description": "Groups this inference with earlier ones. " + _NOTE_NOT_IDENTIFIER,
    },
    "tensorzero::variant_name": {
        "type": "string",
        "description": "Pins a gateway function variant. " + _NOTE_NOT_IDENTIFIER,
    },
    "tensorzero::dryrun": {
        "type": "boolean",
        "description": "Run the inference without storing it. " + _NOTE_NOT_IDENTIFIER,
    },
}

# Bud gateway extensions of the embeddings body (passed on to the model server).
EMBEDDING_EXTENSIONS: dict[str, Any] = {
    "modality": {
        "type": "string",
        "enum": ["text", "image", "audio"],
        "description": (
            "Bud gateway extension: what the inputs are. Image and audio inputs are URLs "
            "or data URIs."
        ),
    },
    "priority": _PRIORITY,
    "include_input": {
        "type": "boolean",
        "description": "Bud gateway extension: echo each text input back as `text` in its result.",
    },
    "chunking": {
        "$ref": "#/components/schemas/EmbeddingChunking",
        "description": "Bud gateway extension: split long texts and embed each chunk.",
    },
    "tensorzero::cache_options": {
        "$ref": "#/components/schemas/CacheOptions",
        "description": "Gateway embedding cache settings. " + _NOTE_NOT_IDENTIFIER,
    },
}

# Our own small schemas for bodies the reference leaves untyped or lacks.
OWN_SCHEMAS: dict[str, Any] = {
    "DeletedResponse": {
        "type": "object",
        "properties": {
            "id": {"type": "string"},
            "object": {"type": "string", "enum": ["response"]},
            "deleted": {"type": "boolean"},
        },
        "required": ["id", "object", "deleted"],
    },
    "ErrorResponse": {
        "type": "object",
        "properties": {"error": {"$ref": "#/components/schemas/Error"}},
        "required": ["error"],
    },
    "CacheOptions": {
        "type": "object",
        "description": "How the Bud gateway's inference cache treats a request.",
        "properties": {
            "enabled": {"type": "string", "enum": ["on", "off", "read_only", "write_only"]},
            "max_age_s": {"type": "integer", "minimum": 0},
        },
    },
    "EmbeddingChunking": {
        "type": "object",
        "description": (
            "How the model server splits long texts before embedding them (Bud gateway "
            "extension). Unset fields take the server's defaults."
        ),
        "properties": {
            "enabled": {"type": "boolean"},
            "strategy": {"type": "string"},
            "chunk_size": {"type": "integer"},
            "chunk_overlap": {"type": "integer"},
            "tokenizer": {"type": "string"},
            "min_sentences": {"type": "integer"},
            "delimiters": {"type": "array", "items": {"type": "string"}},
            "recipe": {"type": "string"},
            "semantic_threshold": {"type": "number"},
            "semantic_model": {"type": "string"},
            "semantic_window": {"type": "integer"},
            "language": {"type": "string"},
            "chef": {"type": "string"},
            "pipeline": {"type": "array", "items": {"type": "string"}},
            "add_overlap_context": {"type": "boolean"},
            "overlap_size": {"type": "number"},
            "overlap_method": {"type": "string"},
            "return_chunk_text": {"type": "boolean"},
        },
    },
    "ClassifyRequest": {
        "type": "object",
        "description": "Body of `POST /v1/classify`: texts for a classifier model to label.",
        "properties": {
            "model": {"type": "string", "description": _NOTE_MODEL},
            "input": {"type": "array", "items": {"type": "string"}, "minItems": 1},
            "raw_scores": {
                "type": "boolean",
                "description": "Return the classifier's raw scores instead of probabilities.",
            },
            "priority": _PRIORITY,
        },
        "required": ["input"],
    },
    "ClassifyLabel": {
        "type": "object",
        "description": "One label a classifier gave a text, with its score.",
        "properties": {"label": {"type": "string"}, "score": {"type": "number"}},
        "required": ["label", "score"],
    },
    "ClassifyUsage": {
        "type": "object",
        "properties": {"prompt_tokens": {"type": "integer"}, "total_tokens": {"type": "integer"}},
        "required": ["prompt_tokens", "total_tokens"],
    },
    "ClassifyResponse": {
        "type": "object",
        "description": "Result of `POST /v1/classify`: a list of labels for each input, in order.",
        "properties": {
            "id": {"type": "string"},
            "object": {"type": "string", "enum": ["classify"]},
            "created": {"type": "integer", "format": "unixtime"},
            "model": {"type": "string"},
            "data": {
                "type": "array",
                "items": {"type": "array", "items": {"$ref": "#/components/schemas/ClassifyLabel"}},
            },
            "usage": {"$ref": "#/components/schemas/ClassifyUsage"},
        },
        "required": ["object", "data", "model", "usage"],
    },
}


def strip(node: Any, owner: str = "") -> Any:
    """Return *node* without prose and vendor extensions.

    `$recursiveRef: "#"` (JSON Schema 2019-09, not OpenAPI 3.1) becomes a plain
    `$ref` to the schema *owner* it sits in.
    """
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key in DROP_KEYS or key.startswith("x-") or key == "$recursiveAnchor":
                continue
            if key == "$recursiveRef":
                out["$ref"] = f"#/components/schemas/{owner}"
                continue
            if key == "properties":
                # property names are data here, not keywords: keep every one
                out[key] = {name: strip(schema, owner) for name, schema in value.items()}
            elif key == "nullable":
                continue  # OpenAPI 3.0; see `_with_null`
            else:
                out[key] = strip(value, owner)
        return _with_null(out) if node.get("nullable") is True else out
    if isinstance(node, list):
        return [strip(v, owner) for v in node]
    return node


_NULL = {"type": "null"}


def _members(node: dict[str, Any]) -> list[Any]:
    """*node*'s alternatives, with plain nested `anyOf`s spliced in."""
    out: list[Any] = []
    for member in node.get("anyOf") or node.get("oneOf") or [node]:
        if isinstance(member, dict) and set(member) == {"anyOf"}:
            out += _members(member)
        elif member not in out:
            out.append(member)
    return out


def _with_null(node: dict[str, Any]) -> dict[str, Any]:
    """An OpenAPI 3.0 `nullable: true` schema as the 3.1 union `anyOf: [..., null]`."""
    node = dict(node)
    outer = {k: node.pop(k) for k in ("deprecated",) if k in node}
    if set(node) <= {"anyOf", "oneOf", "default"} and ("anyOf" in node or "oneOf" in node):
        members = _members(node)
    else:
        members = [node]
    return {**outer, "anyOf": [m for m in members if m != _NULL] + [dict(_NULL)]}


def refs_in(node: Any, acc: set[str]) -> set[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            acc.add(ref.rsplit("/", 1)[1])
        for key, value in node.items():
            if key != "$ref":
                refs_in(value, acc)
    elif isinstance(node, list):
        for value in node:
            refs_in(value, acc)
    return acc


def closure(roots: set[str], schemas: dict[str, Any]) -> set[str]:
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        name = stack.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        stack.extend(refs_in(schemas[name], set()))
    return seen


_PRIMITIVES = {"string", "integer", "number", "boolean"}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """*schema*, or null: servers send `null` for absent objects (`"usage": null`)."""
    members = schema.get("anyOf")
    if isinstance(members, list):
        if not any(m.get("type") == "null" for m in members if isinstance(m, dict)):
            members.append({"type": "null"})
        return schema
    # plain scalars are read without checks already; enums stay strict because
    # unions tell members apart by them (a message's `role`)
    if schema.get("type") in _PRIMITIVES:
        return schema
    if schema.get("type") == "null" or not schema:
        return schema
    return {"anyOf": [schema, {"type": "null"}]}


def liberalise(node: Any) -> None:
    """Keep only `type` required, allow unknown properties and null values (in place)."""
    if isinstance(node, dict):
        if isinstance(node.get("required"), list):
            kept = [name for name in node["required"] if name == "type"]
            if kept:
                node["required"] = kept
            else:
                del node["required"]
        if node.get("additionalProperties") is False:
            del node["additionalProperties"]
        for key, value in node.items():
            if key == "properties":
                for name, schema in list(value.items()):
                    liberalise(schema)
                    if name != "type":
                        value[name] = _nullable(schema)
            else:
                liberalise(value)
    elif isinstance(node, list):
        for value in node:
            liberalise(value)


def build_paths(ref_paths: dict[str, Any]) -> dict[str, Any]:
    error = {"$ref": "#/components/responses/Error"}
    paths: dict[str, Any] = {}
    for ref_path, (our_path, ops) in PATHS.items():
        item: dict[str, Any] = {}
        for method, op_id in ops.items():
            ref_op = ref_paths[ref_path][method]
            tag = our_path.split("/")[2]  # /v1/<group>/...
            op: dict[str, Any] = {"operationId": op_id, "tags": [tag]}
            if "parameters" in ref_op:
                op["parameters"] = strip(ref_op["parameters"])
            if "requestBody" in ref_op:
                op["requestBody"] = strip(ref_op["requestBody"])
            ok = strip(ref_op["responses"].get("200", {}))
            if "content" not in ok:
                # the reference leaves DELETE's body untyped; the gateway sends one
                ok = {"content": {"application/json": {"schema": _ref("DeletedResponse")}}}
            ok.setdefault("description", "OK")
            op["responses"] = {"200": ok, "default": error}
            item[method] = op
        paths[our_path] = item
    for our_path, methods in OWN_PATHS.items():
        paths[our_path] = {
            method: {
                **copy.deepcopy(op),
                "responses": {**copy.deepcopy(op["responses"]), "default": error},
            }
            for method, op in methods.items()
        }
    # retrieving with ?stream=true streams the stored response's events
    get_ok = paths["/v1/responses/{response_id}"]["get"]["responses"]["200"]
    get_ok["content"]["text/event-stream"] = {"schema": _ref("ResponseStreamEvent")}
    return paths


def rename_refs(node: Any, names: dict[str, str]) -> Any:
    """*node* with every `$ref` to a schema in *names* pointing at its new name."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                name = value.removeprefix("#/components/schemas/")
                value = f"#/components/schemas/{names[name]}" if name in names else value
            out[key] = rename_refs(value, names)
        return out
    if isinstance(node, list):
        return [rename_refs(v, names) for v in node]
    return node


def _at(schemas: dict[str, Any], name: str, *path: str) -> Any:
    """The node at *path* inside schema *name*; fails loudly when the reference moved it."""
    node = schemas[name]
    for step in path:
        if not isinstance(node, dict) or step not in node:
            raise SystemExit(f"reference changed: {name} has no {'/'.join(path)}")
        node = node[step]
    return node


def _body_part(schemas: dict[str, Any], name: str) -> dict[str, Any]:
    """The part of request body *name* that holds its own properties (last `allOf` part)."""
    schema = schemas[name]
    part: dict[str, Any] = schema["allOf"][-1] if "allOf" in schema else schema
    if "properties" not in part:
        raise SystemExit(f"reference changed: {name} has no properties part")
    return part


def _optional_model(part: dict[str, Any]) -> None:
    part["required"] = [r for r in part.get("required", []) if r != "model"]
    part["properties"]["model"] = {**part["properties"]["model"], "description": _NOTE_MODEL}


def _name_object(schemas: dict[str, Any], owner: str, prop: str, name: str) -> None:
    """Move the inline object of *owner*.*prop* (maybe nullable) to schema *name*, so its
    class gets a plain name instead of a generated `...Type0` one. Several owners may
    share *name* when their objects have the same properties (a tool call's function)."""
    props = _at(schemas, owner, "properties")
    node = props.get(prop)
    nullable = isinstance(node, dict) and isinstance(node.get("anyOf"), list)
    objects = [m for m in (node["anyOf"] if nullable else [node]) if m != _NULL]
    if len(objects) != 1 or not isinstance(objects[0], dict) or "properties" not in objects[0]:
        raise SystemExit(f"reference changed: {owner}.{prop} is not one object")
    found = {k: v for k, v in objects[0].items() if k != "deprecated"}
    if name not in schemas:
        schemas[name] = found
    elif set(schemas[name]["properties"]) != set(found["properties"]):
        raise SystemExit(f"reference changed: {name} differs between its owners")
    props[prop] = {"anyOf": [_ref(name), dict(_NULL)]} if nullable else _ref(name)


def shape_inference(schemas: dict[str, Any]) -> None:
    """Bud's shapes for chat completions and embeddings (in place)."""
    # chat completion: the choices, logprobs and inner objects get names of their own
    choice = _at(schemas, "ChatCompletion", "properties", "choices", "items")
    schemas["ChatCompletion"]["properties"]["choices"]["items"] = _ref("ChatCompletionChoice")
    chunk_choice = _at(schemas, "ChatCompletionChunk", "properties", "choices", "items")
    schemas["ChatCompletionChunk"]["properties"]["choices"]["items"] = _ref(
        "ChatCompletionChunkChoice"
    )
    schemas["ChatCompletionChoice"] = choice
    schemas["ChatCompletionChunkChoice"] = chunk_choice
    _name_object(schemas, "ChatCompletionChoice", "logprobs", "ChatCompletionLogprobs")
    # the chunk's logprobs are the same object (its arrays nullable the 3.0 way)
    chunk_choice["properties"]["logprobs"] = {
        "anyOf": [_ref("ChatCompletionLogprobs"), dict(_NULL)]
    }
    for owner in ("ChatCompletionMessageToolCall", "ChatCompletionMessageToolCallChunk"):
        _name_object(schemas, owner, "function", "ChatCompletionToolCallFunction")
    _name_object(schemas, "CompletionUsage", "prompt_tokens_details", "PromptTokensDetails")
    _name_object(schemas, "CompletionUsage", "completion_tokens_details", "CompletionTokensDetails")
    episode = {
        "type": "string",
        "description": "Bud gateway: the episode this inference belongs to.",
    }
    reasoning = {
        "anyOf": [{"type": "string"}, dict(_NULL)],
        "description": "Bud gateway: the model's reasoning text, apart from `content`.",
    }
    for name in ("ChatCompletion", "ChatCompletionChunk"):
        schemas[name]["properties"]["episode_id"] = copy.deepcopy(episode)
    for name in ("ChatCompletionResponseMessage", "ChatCompletionStreamResponseDelta"):
        _at(schemas, name, "properties")["reasoning_content"] = copy.deepcopy(reasoning)
    # request bodies: the gateway's extensions; `model` may come from the client
    chat = _body_part(schemas, "CreateChatCompletionRequest")
    _optional_model(chat)
    chat["properties"].update(copy.deepcopy(CHAT_EXTENSIONS))
    embed = _body_part(schemas, "CreateEmbeddingRequest")
    _optional_model(embed)
    embed["properties"].update(copy.deepcopy(EMBEDDING_EXTENSIONS))
    # the gateway forwards fields it does not know to the model server
    schemas["CreateEmbeddingRequest"].pop("additionalProperties", None)
    # embeddings: base64 strings with encoding_format="base64"; chunk and input echoes
    _name_object(schemas, "CreateEmbeddingResponse", "usage", "EmbeddingUsage")
    item = _at(schemas, "Embedding", "properties")
    item["embedding"] = {"anyOf": [item["embedding"], {"type": "string"}]}
    item["text"] = {
        "type": "string",
        "description": "Bud gateway: the input this embedding is of (with `include_input`).",
    }
    item["chunk_text"] = {
        "type": "string",
        "description": "Bud gateway: the input chunk this embedding is of (with `chunking`).",
    }


def _string_enum(node: Any, schemas: dict[str, Any]) -> bool:
    """Whether *node* admits only listed strings (and maybe null)."""
    if not isinstance(node, dict):
        return False
    if "$ref" in node:
        return _string_enum(schemas.get(node["$ref"].rsplit("/", 1)[1]), schemas)
    members = node.get("anyOf") or node.get("oneOf")
    if isinstance(members, list):
        real = [m for m in members if m != _NULL]
        return bool(real) and all(_string_enum(m, schemas) for m in real)
    return node.get("type") == "string" and "enum" in node


def _admits_null(node: Any, schemas: dict[str, Any]) -> bool:
    if not isinstance(node, dict):
        return False
    if "$ref" in node:
        return _admits_null(schemas.get(node["$ref"].rsplit("/", 1)[1]), schemas)
    members = node.get("anyOf") or node.get("oneOf") or []
    return node == _NULL or any(_admits_null(m, schemas) for m in members)


def _alternatives(node: dict[str, Any]) -> list[Any] | None:
    """The members of a union of two or more non-null schemas, else None."""
    for key in ("anyOf", "oneOf"):
        members = node.get(key)
        if isinstance(members, list) and len([m for m in members if m != _NULL]) > 1:
            return members
    return None


def union_members(schemas: dict[str, Any]) -> set[str]:
    """Names of the schemas that are members of some union."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for member in _alternatives(node) or []:
                if isinstance(member, dict) and "$ref" in member:
                    found.add(member["$ref"].rsplit("/", 1)[1])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schemas)
    return found


def open_enums(node: Any, schemas: dict[str, Any], keep_type: bool = False) -> None:
    """Every closed string enum property becomes a plain string, null kept (in place).

    `type` stays closed in union members (*keep_type*): unions tell their members
    apart by it (a tool call's), and the generated code dispatches on it."""
    if isinstance(node, dict):
        members = _alternatives(node)
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                for name, schema in list(value.items()):
                    if (name != "type" or not keep_type) and _string_enum(schema, schemas):
                        plain: dict[str, Any] = {"type": "string"}
                        if _admits_null(schema, schemas):
                            plain = {"anyOf": [plain, dict(_NULL)]}
                        value[name] = plain
                    else:
                        open_enums(schema, schemas)
            elif members is not None and value is members:
                for member in members:
                    open_enums(member, schemas, keep_type=True)
            else:
                open_enums(value, schemas)
    elif isinstance(node, list):
        for value in node:
            open_enums(value, schemas)


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def derive(reference: dict[str, Any]) -> dict[str, Any]:
    ref_schemas = reference["components"]["schemas"]
    paths = build_paths(reference["paths"])
    roots = (refs_in(paths, set()) | refs_in(OWN_SCHEMAS, set())) - set(OWN_SCHEMAS)
    names = closure(roots, ref_schemas)
    schemas = {
        RENAMED.get(name, name): rename_refs(strip(copy.deepcopy(ref_schemas[name]), name), RENAMED)
        for name in sorted(names)
    }
    paths = rename_refs(paths, RENAMED)
    schemas.update(copy.deepcopy(OWN_SCHEMAS))
    shape_inference(schemas)
    # `output_text` is computed by SDKs, never sent: ours is a property (templates/)
    for part in schemas["Response"]["allOf"]:
        part.get("properties", {}).pop("output_text", None)
    for name, schema in EXTRA_EVENTS.items():
        schemas[name] = copy.deepcopy(schema)
        schemas["ResponseStreamEvent"]["anyOf"].append(_ref(name))
    # results of the other routes: their enums open, except where Responses share a schema
    responses_side = closure(set(SERVER_SENT_ROOTS) - set(OPEN_ENUM_ROOTS), schemas)
    in_unions = union_members(schemas)
    for name in sorted(closure(set(OPEN_ENUM_ROOTS), schemas) - responses_side):
        open_enums(schemas[name], schemas, keep_type=name in in_unions)
    for name in closure(set(SERVER_SENT_ROOTS), schemas):
        liberalise(schemas[name])
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Bud AI Foundry gateway: inference API",
            "version": "1.0.0",
            "description": (
                "bud-sdk's contract for the inference surface of the Bud AI Foundry gateway "
                "(OpenAI-compatible): Responses, chat completions, embeddings, classify and "
                "models. Chat completion streams are `data:` frames of `ChatCompletionChunk` "
                "ending in `data: [DONE]`. Body fields whose names are not Python identifiers "
                "(`tensorzero::cache_options`, ...) are sent through extra_body. Derived by "
                "openapi/tools/sync_from_reference.py; see openapi/README.md."
            ),
        },
        "servers": [{"url": "http://localhost:8000"}],
        "security": [{"bearerAuth": []}],
        "paths": paths,
        "components": {
            "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
            "responses": {
                "Error": {
                    "description": "An error, with the gateway's error body.",
                    "content": {"application/json": {"schema": _ref("ErrorResponse")}},
                }
            },
            "schemas": dict(sorted(schemas.items())),
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reference", type=Path, help="path to the official openapi yaml")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    reference = yaml.safe_load(args.reference.read_text())
    contract = derive(reference)
    text = yaml.safe_dump(contract, sort_keys=False, allow_unicode=True, width=100)
    args.out.write_text(
        "# bud-sdk's inference contract. Maintained as openapi/README.md describes.\n" + text
    )
    print(f"wrote {args.out}: {len(contract['components']['schemas'])} schemas", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
