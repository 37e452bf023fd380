"""The endpoints under ``/v1``: from a recorded request to what to send back."""

from __future__ import annotations

import base64
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ._events import generate, usage_object
from ._http import RecordedRequest
from ._ids import new_id
from ._inputs import (
    count_input_tokens,
    count_tokens,
    first_tokens,
    input_items,
    last_user_text,
    tool_arguments,
)
from ._plan import (
    Content,
    ErrorEvent,
    FunctionCallSpec,
    Incomplete,
    MessageSpec,
    Plan,
    split_text,
)
from ._store import ResponseStore, StoredResponse


@dataclass(frozen=True, slots=True)
class JSONResult:
    status: int
    body: Any


@dataclass(frozen=True, slots=True)
class StreamResult:
    frames: Sequence[bytes]
    done_marker: bool


Result = JSONResult | StreamResult


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        message: str,
        *,
        error_type: str = "invalid_request_error",
        param: str | None = None,
        code: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.body = error_body(message, error_type, param, code)


def error_body(
    message: str, error_type: str, param: str | None = None, code: str | None = None
) -> dict[str, Any]:
    return {"error": {"message": message, "type": error_type, "param": param, "code": code}}


def _not_found(response_id: str) -> ApiError:
    return ApiError(404, f"No response found with id '{response_id}'.", code="not_found")


def _flag(query: Mapping[str, str], name: str) -> bool:
    return query.get(name, "").lower() in ("true", "1")


def _int_param(query: Mapping[str, str], name: str, default: int) -> int:
    raw = query.get(name)
    if raw is None:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ApiError(400, f"Invalid '{name}': expected an integer.", param=name) from None


def _require_model(body: Mapping[str, Any]) -> None:
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise ApiError(
            400,
            "Missing required parameter: 'model'.",
            param="model",
            code="missing_required_parameter",
        )


def default_content(body: Mapping[str, Any]) -> Content:
    """The unscripted answer: a function call when a tool is forced, else an echo.

    The call's arguments fill in the tool's ``parameters`` schema (see ``fill_arguments``),
    so that the tool a client runs on them gets what it declared it needs.
    """
    tools = [t for t in body.get("tools") or [] if isinstance(t, Mapping)]
    choice = body.get("tool_choice")
    if isinstance(choice, Mapping) and isinstance(choice.get("name"), str):
        return Content((FunctionCallSpec(choice["name"], (), from_schema=True),))
    if choice == "required" and tools and isinstance(tools[0].get("name"), str):
        return Content((FunctionCallSpec(tools[0]["name"], (), from_schema=True),))
    said = last_user_text(body).strip()
    text = f"You said: {said}" if said else "Hello from the Bud local server."
    limit = body.get("max_output_tokens")
    if isinstance(limit, int) and count_tokens(text) > limit:
        return Content(
            (MessageSpec(split_text(first_tokens(text, limit))),), Incomplete("max_output_tokens")
        )
    return Content((MessageSpec(split_text(text)),))


def fill_arguments(content: Content, body: Mapping[str, Any]) -> Content:
    """Function calls with no scripted arguments get them from the request's tool schema."""
    if not any(isinstance(i, FunctionCallSpec) and i.from_schema for i in content.items):
        return content
    items = tuple(
        replace(
            item,
            deltas=split_text(tool_arguments(body, item.name), item.chunk_size),
            from_schema=False,
        )
        if isinstance(item, FunctionCallSpec) and item.from_schema
        else item
        for item in content.items
    )
    return Content(items, content.outcome)


DEFAULT_MODELS = ("bud-demo-model", "bud-local-model")
_MODELS_CREATED = 1_767_225_600  # a fixed time: the list reads the same on every run


class Routes:
    def __init__(
        self, store: ResponseStore, *, done_marker: bool, models: tuple[str, ...] = DEFAULT_MODELS
    ) -> None:
        self.store = store
        self.done_marker = done_marker
        self.models = models

    def dispatch(self, req: RecordedRequest, plan: Plan) -> Result:
        try:
            return self._route(req, plan)
        except ApiError as exc:
            return JSONResult(exc.status, exc.body)

    def _route(self, req: RecordedRequest, plan: Plan) -> Result:
        if not req.path.startswith("/v1/"):
            raise ApiError(404, f"Unknown path: {req.path}", code="unknown_url")
        parts = req.path[len("/v1/") :].rstrip("/").split("/")
        method = req.method
        match parts:
            case ["responses"]:
                self._allow(method, "POST")
                return self._create(req, plan)
            case ["responses", "input_tokens"] if method == "POST":
                return self._input_tokens(req)
            case ["responses", "compact"] if method == "POST":
                return self._compact(req)
            case ["responses", response_id]:
                self._allow(method, "GET", "DELETE")
                if method == "DELETE":
                    return self._delete(response_id)
                return self._retrieve(req, response_id)
            case ["responses", response_id, "cancel"]:
                self._allow(method, "POST")
                return self._cancel(response_id)
            case ["responses", response_id, "input_items"]:
                self._allow(method, "GET")
                return self._input_items(req, response_id)
            case ["models"]:
                self._allow(method, "GET")
                return self._models()
        raise ApiError(404, f"Unknown path: {req.path}", code="unknown_url")

    @staticmethod
    def _allow(method: str, *allowed: str) -> None:
        if method not in allowed:
            raise ApiError(405, f"Method {method} is not allowed here.", code="method_not_allowed")

    @staticmethod
    def _body(req: RecordedRequest) -> dict[str, Any]:
        if req.json_error is not None:
            raise ApiError(400, f"The request body is not valid JSON: {req.json_error}")
        if not isinstance(req.json, dict):
            raise ApiError(400, "The request body must be a JSON object.")
        return req.json

    def _previous(self, body: Mapping[str, Any]) -> StoredResponse | None:
        """The stored response a request continues, if it names one (400 if unknown)."""
        previous = body.get("previous_response_id")
        if previous is None:
            return None
        entry = self.store.get(previous) if isinstance(previous, str) else None
        if entry is None:
            raise ApiError(
                400,
                f"Previous response with id '{previous}' not found.",
                param="previous_response_id",
                code="previous_response_not_found",
            )
        return entry

    def _prior_tokens(self, body: Mapping[str, Any]) -> int:
        """Tokens of the conversation a follow-up continues (counted, and cached)."""
        entry = self._previous(body)
        return 0 if entry is None else entry.context_tokens

    def _create(self, req: RecordedRequest, plan: Plan) -> Result:
        body = self._body(req)
        _require_model(body)
        stream = body.get("stream")
        if stream is not None and not isinstance(stream, bool):
            raise ApiError(400, "'stream' must be a boolean.", param="stream")
        prior = self._prior_tokens(body)
        gen = generate(
            body,
            fill_arguments(plan.content or default_content(body), body),
            input_tokens=prior + count_input_tokens(body),
            cached_tokens=prior,
            usage_overrides=plan.usage,
        )
        background = bool(body.get("background")) and not stream
        if body.get("store") is not False:
            entry = StoredResponse(
                current=gen.initial if background else gen.final,
                final=gen.final,
                frames=gen.frames,
                input_items=input_items(body),
                background=bool(body.get("background")),
                pending=background,
                context_tokens=gen.context_tokens,
            )
            self.store.put(gen.response_id, entry)
        if stream:
            return StreamResult(gen.frames, self.done_marker)
        if isinstance(gen.outcome, ErrorEvent):
            err = gen.outcome
            status = err.http_status
            kind = "server_error" if status >= 500 else "invalid_request_error"
            return JSONResult(status, error_body(err.message, kind, err.param, err.code))
        return JSONResult(200, gen.initial if background else gen.final)

    def _entry(self, response_id: str) -> StoredResponse:
        entry = self.store.get(response_id)
        if entry is None:
            raise _not_found(response_id)
        return entry

    def _retrieve(self, req: RecordedRequest, response_id: str) -> Result:
        entry = self._entry(response_id)
        if entry.pending:
            # A background response is done by the time anyone looks again.
            entry.pending, entry.current = False, entry.final
        if _flag(req.query, "stream"):
            after = _int_param(req.query, "starting_after", -1)
            return StreamResult(entry.frames[max(after + 1, 0) :], self.done_marker)
        return JSONResult(200, entry.current)

    def _delete(self, response_id: str) -> Result:
        if not self.store.delete(response_id):
            raise _not_found(response_id)
        return JSONResult(200, {"id": response_id, "object": "response", "deleted": True})

    def _cancel(self, response_id: str) -> Result:
        entry = self._entry(response_id)
        if not entry.background:
            raise ApiError(400, "Only responses created with background=true can be cancelled.")
        if entry.pending:
            entry.pending = False
            entry.current = {**entry.current, "status": "cancelled", "output": []}
            # Replay shows what a watcher saw before the cancel: created, in_progress.
            entry.frames = entry.frames[:2]
        return JSONResult(200, entry.current)

    def _input_items(self, req: RecordedRequest, response_id: str) -> Result:
        entry = self._entry(response_id)
        limit = _int_param(req.query, "limit", 20)
        if not 1 <= limit <= 100:
            raise ApiError(400, "'limit' must be between 1 and 100.", param="limit")
        order = req.query.get("order", "desc")
        if order not in ("asc", "desc"):
            raise ApiError(400, "'order' must be 'asc' or 'desc'.", param="order")
        items = entry.input_items if order == "asc" else entry.input_items[::-1]
        after = req.query.get("after")
        if after is not None:
            ids = [item["id"] for item in items]
            if after not in ids:
                raise ApiError(400, f"No input item with id '{after}'.", param="after")
            items = items[ids.index(after) + 1 :]
        page = items[:limit]
        return JSONResult(
            200,
            {
                "object": "list",
                "data": page,
                "first_id": page[0]["id"] if page else None,
                "last_id": page[-1]["id"] if page else None,
                "has_more": len(items) > limit,
            },
        )

    def _models(self) -> Result:
        data = [{"id": model, "object": "model", "created": _MODELS_CREATED, "owned_by": "bud"}
                for model in self.models]  # fmt: skip
        return JSONResult(200, {"object": "list", "data": data})

    def _input_tokens(self, req: RecordedRequest) -> Result:
        body = self._body(req)
        total = self._prior_tokens(body) + count_input_tokens(body)
        return JSONResult(200, {"object": "response.input_tokens", "input_tokens": total})

    def _compact(self, req: RecordedRequest) -> Result:
        body = self._body(req)
        _require_model(body)
        history: list[dict[str, Any]] = []
        previous = self._previous(body)
        if previous is not None:
            history += previous.input_items + list(previous.final.get("output", []))
        history += input_items(body)
        kept = [i for i in history if i.get("type") == "message" and i.get("role") == "user"]
        summary = f"Summary of {len(history)} conversation items."
        compaction = {
            "type": "compaction",
            "id": new_id("cmp"),
            "encrypted_content": base64.b64encode(summary.encode()).decode(),
        }
        seen = count_input_tokens({"input": history, "instructions": body.get("instructions")})
        usage = usage_object(seen, 0, count_tokens(summary), 0)
        return JSONResult(
            200,
            {
                "id": new_id("resp"),
                "object": "response.compaction",
                "output": [*kept, compaction],
                "created_at": int(time.time()),
                "usage": usage,
            },
        )
