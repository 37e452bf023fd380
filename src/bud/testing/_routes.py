"""The endpoints under ``/v1``: from a recorded request to what to send back."""

from __future__ import annotations

import base64
import contextlib
import json
import time
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ._chat import chat_options, generate_chat
from ._errors import (
    ApiError,
    GatewayApiError,
    error_body,
    gateway_auth_error,
    gateway_string_error,
    int_field,
    invalid,
    require_model,
)
from ._events import dumps, generate, usage_object
from ._http import RecordedRequest
from ._ids import new_id, new_uuid7
from ._inputs import (
    count_input_tokens,
    count_tokens,
    first_tokens,
    forced_tool,
    input_items,
    last_user_text,
    requested_schema,
    schema_instance,
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
from ._vectors import (
    DEFAULT_CLASSIFY_LABELS,
    DEFAULT_EMBEDDING_DIMENSIONS,
    classify_inputs,
    embedding,
    embedding_inputs,
    encode_vector,
    input_tokens,
    label_scores,
)


@dataclass(frozen=True, slots=True)
class JSONResult:
    status: int
    body: Any
    headers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class StreamResult:
    frames: Sequence[bytes]
    done_marker: bool
    headers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class BytesResult:
    """A body sent as it is, under its own content type (an OTLP export's answer)."""

    status: int
    body: bytes
    content_type: str
    headers: tuple[tuple[str, str], ...] = ()


Result = JSONResult | StreamResult | BytesResult


@dataclass(frozen=True, slots=True)
class TelemetryExport:
    """One OTLP/HTTP export the server received on ``/v1/traces``, ``/metrics`` or ``/logs``."""

    path: str
    content_type: str
    body: bytes
    received_at: float = field(compare=False, default=0.0)

    @property
    def signal(self) -> str:
        """``traces``, ``metrics`` or ``logs``."""
        return self.path.rsplit("/", 1)[-1]

    @property
    def is_protobuf(self) -> bool:
        return "protobuf" in self.content_type.lower()

    def json(self) -> Any:
        """The body parsed as JSON (an OTLP/JSON export)."""
        return json.loads(self.body)


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


def default_content(body: Mapping[str, Any], limit: Any) -> Content:
    """The unscripted answer: a function call when a tool is forced, else an echo of the
    last user message, cut to ``limit`` tokens (``Incomplete``) when it is longer.

    The call's arguments fill in the tool's ``parameters`` schema (see ``fill_arguments``),
    so that the tool a client runs on them gets what it declared it needs. A request for
    structured output (``text.format`` of type ``json_schema``) is answered with a JSON
    instance of its schema instead of the echo (``schema_instance``: its strings are the
    last user message).
    """
    tool = forced_tool(body)
    if tool is not None:
        return Content((FunctionCallSpec(tool, (), from_schema=True),))
    said = last_user_text(body).strip()
    schema = requested_schema(body)
    if isinstance(schema, Mapping):
        text = dumps(schema_instance(schema, said))
    else:
        text = f"You said: {said}" if said else "Hello from the Bud local server."
    if isinstance(limit, int) and count_tokens(text) > limit:
        return Content(
            (MessageSpec(split_text(first_tokens(text, limit))),), Incomplete("max_output_tokens")
        )
    return Content((MessageSpec(split_text(text)),))


def answer(plan: Plan, body: Mapping[str, Any], limit: Any) -> Content:
    """What the "model" says: the scripted content, or the default one."""
    return fill_arguments(plan.content or default_content(body, limit), body)


def _stream_flag(body: Mapping[str, Any]) -> bool:
    stream = body.get("stream")
    if stream is not None and not isinstance(stream, bool):
        raise ApiError(400, "'stream' must be a boolean.", param="stream")
    return bool(stream)


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
DEFAULT_DONE_MODELS = ("bud-done-model",)
DEFAULT_PROMPTS: Mapping[str, bool] = {"pmpt_stream": True, "pmpt_json": False}
_MODELS_CREATED = 1_767_225_600  # a fixed time: the list reads the same on every run
_TELEMETRY_SIGNALS = ("traces", "metrics", "logs")
_GATEWAY_ONLY_OPENAI = ("input_tokens", "compact")
_COST_PER_TOKEN = 0.000002  # made up: the gateway reports a cost, any stable number will do


def _done_frame(frame: bytes) -> bytes:
    """A ``response.completed`` frame rewritten as ``response.done`` (same payload)."""
    data = frame.split(b"data: ", 1)[1].strip()
    payload = json.loads(data)
    payload["type"] = "response.done"
    text = json.dumps(payload, separators=(",", ":"), ensure_ascii=False)
    return f"event: response.done\ndata: {text}\n\n".encode()


class Routes:
    def __init__(
        self,
        store: ResponseStore,
        *,
        done_marker: bool,
        models: tuple[str, ...] = DEFAULT_MODELS,
        gateway: bool = False,
        done_models: tuple[str, ...] = DEFAULT_DONE_MODELS,
        prompts: Mapping[str, bool] | None = None,
        on_telemetry: Callable[[TelemetryExport], None] | None = None,
        embedding_dimensions: int = DEFAULT_EMBEDDING_DIMENSIONS,
        classify_labels: Sequence[str] = DEFAULT_CLASSIFY_LABELS,
        refuse_telemetry: Collection[str] = (),
    ) -> None:
        if embedding_dimensions < 1:
            raise ValueError("embedding_dimensions must be at least 1")
        if not classify_labels:
            raise ValueError("classify_labels cannot be empty")
        self.embedding_dimensions = embedding_dimensions
        self.classify_labels = tuple(classify_labels)
        self._inference_routes: dict[str, Callable[[RecordedRequest, Plan], Result]] = {
            "chat": self._chat,
            "embeddings": self._embeddings,
            "classify": self._classify,
        }
        self.store = store
        self.done_marker = done_marker and not gateway  # the gateway never sends [DONE]
        self.models = models
        self.gateway = gateway
        self.done_models = frozenset(done_models)
        self.prompts = dict(DEFAULT_PROMPTS if prompts is None else prompts)
        self.on_telemetry = on_telemetry
        self.refuse_telemetry = frozenset(refuse_telemetry)

    def dispatch(self, req: RecordedRequest, plan: Plan) -> Result:
        try:
            return self._route(req, plan)
        except ApiError as exc:
            return JSONResult(exc.status, exc.body)
        except GatewayApiError as exc:
            return JSONResult(exc.status, exc.body)

    def _route(self, req: RecordedRequest, plan: Plan) -> Result:
        if not req.path.startswith("/v1/"):
            raise ApiError(404, f"Unknown path: {req.path}", code="unknown_url")
        parts = req.path[len("/v1/") :].rstrip("/").split("/")
        method = req.method
        match parts:
            case [signal] if signal in _TELEMETRY_SIGNALS:
                self._allow(method, "POST")
                if signal in self.refuse_telemetry:  # a collector without it (Phoenix: metrics)
                    raise ApiError(405, f"No {signal} here.", code="method_not_allowed")
                return self._telemetry(req)
            case ["responses"]:
                self._allow(method, "POST")
                return self._create(req, plan)
            case ["responses", name] if self.gateway and name in _GATEWAY_ONLY_OPENAI:
                raise gateway_string_error(404, f"Route not found: {method} {req.path}")
            case ["responses", "input_tokens"] if method == "POST":
                return self._input_tokens(req)
            case ["responses", "compact"] if method == "POST":
                return self._compact(req)
            case ["responses", response_id]:
                self._allow(method, "GET", "DELETE")
                if self.gateway:
                    self._require_model_header(req)
                if method == "DELETE":
                    return self._delete(response_id)
                return self._retrieve(req, response_id)
            case ["responses", response_id, "cancel"]:
                self._allow(method, "POST")
                if self.gateway:
                    self._require_model_header(req)
                return self._cancel(response_id)
            case ["responses", response_id, "input_items"]:
                self._allow(method, "GET")
                if self.gateway:
                    self._require_model_header(req)
                return self._input_items(req, response_id)
            case ["models"]:
                self._allow(method, "GET")
                return self._models()
            case ["chat", "completions"] | ["embeddings"] | ["classify"]:
                self._allow(method, "POST")
                handler = self._inference_routes[parts[0]]
                # A request the gateway's handler refuses gets its {"error": "<string>"}.
                with self._gateway_shape(gateway_string_error):
                    return handler(req, plan)
        raise ApiError(404, f"Unknown path: {req.path}", code="unknown_url")

    @staticmethod
    def _require_model_header(req: RecordedRequest) -> None:
        """The gateway's sub-routes find their model in ``x-model-name``, or fail with 500."""
        if not req.headers.get("x-model-name", "").strip():
            raise gateway_string_error(500, "Model 'default' not found")

    def _telemetry(self, req: RecordedRequest) -> Result:
        content_type = req.headers.get("content-type", "application/x-protobuf")
        export = TelemetryExport(req.path.rstrip("/"), content_type, req.body, req.received_at)
        if self.on_telemetry is not None:
            self.on_telemetry(export)
        if export.is_protobuf:
            # An empty ExportTrace/Metrics/LogsServiceResponse: full success.
            return BytesResult(200, b"", "application/x-protobuf")
        return JSONResult(200, {})

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

    def _gateway_stream(self, body: Mapping[str, Any], stream: bool) -> tuple[bool, str | None]:
        """Whether the gateway streams its reply, and the stored prompt's id if any.

        The body must name a model or a prompt; a prompt's own configuration decides
        whether the reply streams, whatever ``stream`` says.
        """
        prompt = body.get("prompt")
        prompt_id = prompt.get("id") if isinstance(prompt, Mapping) else None
        if isinstance(prompt_id, str) and prompt_id:
            if prompt_id not in self.prompts:
                raise gateway_auth_error(404, f"Prompt '{prompt_id}' not found")
            return self.prompts[prompt_id], prompt_id
        model = body.get("model")
        if not isinstance(model, str) or not model:
            raise gateway_auth_error(400, "Either 'model' or 'prompt.id' must be provided")
        return stream, None

    def _create(self, req: RecordedRequest, plan: Plan) -> Result:
        started = time.perf_counter()
        body = self._body(req)
        stream = _stream_flag(body)
        prompt_id: str | None = None
        if self.gateway:
            stream, prompt_id = self._gateway_stream(body, stream)
            if not body.get("model") and prompt_id is not None:
                body = {**body, "model": prompt_id}
        else:
            require_model(body)
        prior = self._prior_tokens(body)
        gen = generate(
            body,
            answer(plan, body, body.get("max_output_tokens")),
            input_tokens=prior + count_input_tokens(body),
            cached_tokens=prior,
            usage_overrides=plan.usage,
        )
        if (
            self.gateway
            and body.get("model") in self.done_models
            and gen.frames
            and gen.frames[-1].startswith(b"event: response.completed\n")
        ):
            gen.frames[-1] = _done_frame(gen.frames[-1])
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
        headers: list[tuple[str, str]] = []
        if self.gateway:
            if prompt_id is not None:
                headers.append(("x-tensorzero-prompt-id", prompt_id))
                prompt = body.get("prompt")
                version = prompt.get("version") if isinstance(prompt, Mapping) else None
                headers.append(("x-tensorzero-prompt-version", str(version or "1")))
            headers.append(_latency(started))
        if stream:
            return StreamResult(gen.frames, self.done_marker, tuple(headers))
        if isinstance(gen.outcome, ErrorEvent):
            return self._failure(gen.outcome, headers)
        reply = gen.initial if background else gen.final
        if self.gateway:
            headers.extend(_usage_headers(gen.final.get("usage")))
        return JSONResult(200, reply, tuple(headers))

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
        if self.gateway:
            # The gateway ignores limit/after/order: one page, in stored order.
            every = entry.input_items
            listing: dict[str, Any] = {
                "object": "list",
                "data": every,
                "first_id": every[0]["id"] if every else None,
                "last_id": every[-1]["id"] if every else None,
                "has_more": False,
            }
            return JSONResult(200, listing)
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
        require_model(body)
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

    # --- inference routes: chat, embeddings, classify ---------------------------------

    @contextlib.contextmanager
    def _gateway_shape(self, make: Callable[[int, str], GatewayApiError]) -> Iterator[None]:
        """In the gateway profile, turn the ``ApiError`` raised inside into ``make``'s shape."""
        try:
            yield
        except ApiError as exc:
            if not self.gateway:
                raise
            raise make(exc.status, exc.message) from None

    def _inference_body(self, req: RecordedRequest) -> dict[str, Any]:
        """A JSON object naming a model (the gateway's auth layer checks, in its shape)."""
        with self._gateway_shape(gateway_auth_error):
            body = self._body(req)
            require_model(body)
        return body

    def _inference_headers(self, started: float) -> tuple[tuple[str, str], ...]:
        if not self.gateway:
            return ()
        return (("x-tensorzero-inference-id", new_uuid7()), _latency(started))

    def _failure(self, err: ErrorEvent, headers: Sequence[tuple[str, str]] = ()) -> JSONResult:
        """An answer that failed before any byte was sent: an HTTP error."""
        if self.gateway:
            return JSONResult(err.http_status, {"error": err.message}, tuple(headers))
        return JSONResult(err.http_status, _error_payload(err), tuple(headers))

    @staticmethod
    def _prompt_usage(tokens: int, plan: Plan) -> dict[str, int]:
        tokens = plan.usage.get("input_tokens", tokens)
        return {"prompt_tokens": tokens, "total_tokens": tokens}

    def _chat(self, req: RecordedRequest, plan: Plan) -> Result:
        started = time.perf_counter()
        body = self._inference_body(req)
        stream = _stream_flag(body)
        limit, include_usage = chat_options(body, stream)
        gen = generate_chat(
            body,
            answer(plan, body, limit),
            input_tokens=count_input_tokens(body),
            include_usage=include_usage,
            usage_overrides=plan.usage,
            detailed_usage=not self.gateway,
            extra={"episode_id": new_uuid7()} if self.gateway else None,
        )
        headers = self._inference_headers(started)
        if not stream:
            if gen.error is not None:
                return self._failure(gen.error, headers)
            return JSONResult(200, gen.completion, headers)
        if gen.error is None:
            return StreamResult(gen.frames, True, headers)
        if self.gateway:
            # A provider error cuts the gateway's stream: no error chunk, no [DONE].
            if plan.cut_after is None:
                plan.cut_after, plan.cut_mode = len(gen.frames), "disconnect"
            return StreamResult(gen.frames, False, headers)
        # OpenAI ends a failed chat stream with an error object, and no [DONE].
        frame = f"data: {dumps(_error_payload(gen.error))}\n\n".encode()
        return StreamResult([*gen.frames, frame], False, headers)

    def _embeddings(self, req: RecordedRequest, plan: Plan) -> Result:
        started = time.perf_counter()
        body = self._inference_body(req)
        items = embedding_inputs(body.get("input"))
        encoding = body.get("encoding_format") or "float"
        if encoding not in ("float", "base64"):
            raise invalid(
                "encoding_format", "Invalid 'encoding_format': expected 'float' or 'base64'."
            )
        size = int_field(body, "dimensions", most=self.embedding_dimensions)
        size = self.embedding_dimensions if size is None else size
        with_text = self.gateway and body.get("include_input") is True
        data: list[dict[str, Any]] = []
        for index, item in enumerate(items):
            vector = encode_vector(embedding(item, size), encoding)
            entry = {"object": "embedding", "index": index, "embedding": vector}
            if with_text and isinstance(item, str):
                entry["text"] = item
            data.append(entry)
        usage = self._prompt_usage(sum(map(input_tokens, items)), plan)
        reply = {"object": "list", "data": data, "model": body["model"], "usage": usage}
        return JSONResult(200, reply, self._inference_headers(started))

    def _classify(self, req: RecordedRequest, plan: Plan) -> Result:
        started = time.perf_counter()
        body = self._inference_body(req)
        texts = classify_inputs(body.get("input"))
        reply = {
            "object": "classify",
            "id": new_id("classify", 32, "-"),
            "created": int(time.time()),
            "model": body["model"],
            "data": [label_scores(text, self.classify_labels) for text in texts],
            "usage": self._prompt_usage(sum(map(count_tokens, texts)), plan),
        }
        return JSONResult(200, reply, self._inference_headers(started))


def _latency(started: float) -> tuple[str, str]:
    millis = max(int((time.perf_counter() - started) * 1000), 1)
    return ("x-tensorzero-model-latency-ms", str(millis))


def _error_payload(err: ErrorEvent) -> dict[str, Any]:
    kind = "server_error" if err.http_status >= 500 else "invalid_request_error"
    return error_body(err.message, kind, err.param, err.code)


def _usage_headers(usage: Any) -> list[tuple[str, str]]:
    """``x-tensorzero-*`` token counts and cost, as the gateway adds to JSON replies."""
    if not isinstance(usage, Mapping):
        usage = {}
    tokens_in = int(usage.get("input_tokens") or 0)
    tokens_out = int(usage.get("output_tokens") or 0)
    total = int(usage.get("total_tokens") or tokens_in + tokens_out)
    return [
        ("x-tensorzero-input-tokens", str(tokens_in)),
        ("x-tensorzero-output-tokens", str(tokens_out)),
        ("x-tensorzero-total-tokens", str(total)),
        ("x-tensorzero-inference-cost", f"{total * _COST_PER_TOKEN:.6f}"),
    ]
