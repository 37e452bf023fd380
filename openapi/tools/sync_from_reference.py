"""Derive `openapi/responses.yaml` from the official OpenAPI reference document.

The contract is ours: this tool carries over only *facts* (paths, parameter
names, schema names, property names, types, enums, formats) for the Responses
surface the gateway serves, and drops every description, summary, title and
example. It then applies our own rules:

* paths get the `/v1` prefix (the client's base URL has none) and our
  operation ids;
* schemas the server sends are read liberally: only `type` stays required,
  and no object forbids unknown properties (real servers omit fields the
  reference marks required, and add new ones);
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

# Our own small schemas for bodies the reference leaves untyped.
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
            else:
                out[key] = strip(value, owner)
        return out
    if isinstance(node, list):
        return [strip(v, owner) for v in node]
    return node


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
    # retrieving with ?stream=true streams the stored response's events
    get_ok = paths["/v1/responses/{response_id}"]["get"]["responses"]["200"]
    get_ok["content"]["text/event-stream"] = {"schema": _ref("ResponseStreamEvent")}
    return paths


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def derive(reference: dict[str, Any]) -> dict[str, Any]:
    ref_schemas = reference["components"]["schemas"]
    paths = build_paths(reference["paths"])
    roots = (refs_in(paths, set()) | refs_in(OWN_SCHEMAS, set())) - set(OWN_SCHEMAS)
    names = closure(roots, ref_schemas)
    schemas = {name: strip(copy.deepcopy(ref_schemas[name]), name) for name in sorted(names)}
    schemas.update(copy.deepcopy(OWN_SCHEMAS))
    # `output_text` is computed by SDKs, never sent: ours is a property (templates/)
    for part in schemas["Response"]["allOf"]:
        part.get("properties", {}).pop("output_text", None)
    for name, schema in EXTRA_EVENTS.items():
        schemas[name] = copy.deepcopy(schema)
        schemas["ResponseStreamEvent"]["anyOf"].append(_ref(name))
    for name in closure(set(SERVER_SENT_ROOTS), schemas):
        liberalise(schemas[name])
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Bud AI Foundry gateway: Responses API",
            "version": "1.0.0",
            "description": (
                "bud-sdk's contract for the Responses surface of the Bud AI Foundry "
                "gateway (OpenAI-compatible). Derived by openapi/tools/sync_from_reference.py; "
                "see openapi/README.md."
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
        "# bud-sdk's Responses contract. Maintained as openapi/README.md describes.\n" + text
    )
    print(f"wrote {args.out}: {len(contract['components']['schemas'])} schemas", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
