"""LocalServer: the embedded Responses API server, on its own loop in a thread."""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import time
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from ._delivery import Delivery, send_error
from ._errors import error_body, gateway_auth_error, gateway_string_error
from ._http import BadRequest, ClientGone, RecordedRequest, read_request, record
from ._ids import new_request_id
from ._plan import Plan
from ._routes import (
    DEFAULT_DONE_MODELS,
    DEFAULT_MODELS,
    JSONResult,
    Result,
    Routes,
    TelemetryExport,
)
from ._store import ResponseStore
from ._vectors import DEFAULT_CLASSIFY_LABELS, DEFAULT_EMBEDDING_DIMENSIONS
from .replies import Reply

__all__ = ["LocalServer"]

_ANY = "*"


@dataclass(slots=True)
class _Queued:
    reply: Reply
    method: str
    path: str
    remaining: int

    def matches(self, req: RecordedRequest) -> bool:
        if self.method not in (_ANY, req.method):
            return False
        if self.path.endswith(_ANY):
            return req.path.startswith(self.path[:-1])
        return self.path == req.path


class LocalServer:
    """An OpenAI-compatible inference server on 127.0.0.1, for tests and demos.

    ::

        with LocalServer() as server:
            server.enqueue(TextReply("Hi!"))
            httpx.post(server.base_url + "/v1/responses", ...)
            assert server.requests[-1].json["model"] == "m"

    Replies queued with :meth:`enqueue` answer matching requests in FIFO order;
    with none queued, ``POST /v1/responses`` echoes the input, or, when the request
    asks for structured output (``text.format`` of type ``json_schema``), answers
    with a JSON instance of that schema whose strings are the input. Any bearer token
    is accepted unless ``api_key`` is set (``require_auth=False``: none needed).
    ``done_marker`` ends Responses streams with ``data: [DONE]``; ``event_delay``
    paces every stream (seconds before each event); ``max_stored`` bounds the
    responses kept for retrieval, oldest dropped first. ``models`` is what
    ``GET /v1/models`` lists.

    ``POST /v1/chat/completions`` answers as ``/v1/responses`` does (the same echo,
    forced tool calls and scripted replies: enqueue them with
    ``path="/v1/chat/completions"``), as a ``chat.completion`` or a stream of
    ``chat.completion.chunk`` frames ending in ``data: [DONE]``. ``POST
    /v1/embeddings`` returns unit vectors drawn from a hash of each input,
    ``embedding_dimensions`` long (1536 by default) unless the request asks for
    fewer ``dimensions``; ``POST /v1/classify`` scores each input against
    ``classify_labels``, likewise from a hash. Faults apply to every route.

    ``gateway=True`` behaves like the Bud gateway (see ``GATEWAY.md``): the
    ``/v1/responses/{id}`` sub-routes need an ``x-model-name`` header (else 500,
    ``{"error": "<string>"}``); ``input_tokens`` and ``compact`` are 404; streams
    never end in ``[DONE]``, and for a model in ``done_models`` end in
    ``response.done``; a body's ``prompt.id`` is looked up in ``prompts`` (id ->
    streams?), which decides SSE or JSON whatever ``stream`` says; replies carry
    ``x-tensorzero-*`` and ``X-RateLimit-*`` headers (``rate_limit`` requests a
    minute, counted for show) and no request id. Chat, embeddings and classify
    replies carry ``x-tensorzero-inference-id``, chat bodies an ``episode_id``,
    ``include_input`` embeddings their ``text``; their request errors are
    ``{"error": "<string>"}``, and a chat stream that fails is cut, not ended.

    ``POST /v1/traces``, ``/v1/metrics`` and ``/v1/logs`` are an OTLP/HTTP sink in
    every mode: what they receive is in :attr:`telemetry`, and ``on_telemetry``
    (if given) is called with each export, on the server's thread. A signal named in
    ``refuse_telemetry`` (``"metrics"``: a traces-only collector such as Phoenix) is
    answered ``405`` and not kept.
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        api_key: str | None = None,
        require_auth: bool = True,
        done_marker: bool = False,
        event_delay: float = 0.0,
        max_stored: int = 10_000,
        record_requests: bool = True,
        backlog: int = 2048,
        models: tuple[str, ...] = DEFAULT_MODELS,
        gateway: bool = False,
        done_models: tuple[str, ...] = DEFAULT_DONE_MODELS,
        prompts: Mapping[str, bool] | None = None,
        gateway_version: str = "2026.3.0",
        rate_limit: int = 1000,
        on_telemetry: Callable[[TelemetryExport], None] | None = None,
        embedding_dimensions: int = DEFAULT_EMBEDDING_DIMENSIONS,
        classify_labels: Sequence[str] = DEFAULT_CLASSIFY_LABELS,
        refuse_telemetry: Collection[str] = (),
    ) -> None:
        if rate_limit < 1:
            raise ValueError("rate_limit must be at least 1")
        self.host = host
        self.gateway = gateway
        self.gateway_version = gateway_version
        self.rate_limit = rate_limit
        self._on_telemetry = on_telemetry
        self._telemetry: list[TelemetryExport] = []
        self._window = (0, 0)  # (minute, requests seen in it): X-RateLimit-Remaining
        self._requested_port = port
        self.api_key = api_key
        self.require_auth = require_auth
        self.record_requests = record_requests
        self.event_delay = event_delay
        self._backlog = backlog
        self._store = ResponseStore(max_stored)
        self._routes = Routes(
            self._store,
            done_marker=done_marker,
            models=models,
            gateway=gateway,
            done_models=done_models,
            prompts=prompts,
            on_telemetry=self._keep_telemetry,
            embedding_dimensions=embedding_dimensions,
            classify_labels=classify_labels,
            refuse_telemetry=refuse_telemetry,
        )
        self._lock = threading.Lock()
        self._queue: list[_Queued] = []
        self._requests: list[RecordedRequest] = []
        self._errors: list[BaseException] = []
        self._connections = 0
        self._open: set[asyncio.StreamWriter] = set()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop_event: asyncio.Event | None = None
        self._port: int | None = None
        self._closing = False

    # --- lifecycle -----------------------------------------------------------

    def start(self) -> LocalServer:
        """Bind and serve in a background thread; returns once connections are accepted."""
        if self._thread is not None:
            raise RuntimeError("LocalServer is already running")
        started = threading.Event()
        failure: list[BaseException] = []
        self._closing = False
        thread = threading.Thread(
            target=self._run, args=(started, failure), name="bud-local-server", daemon=True
        )
        thread.start()
        started.wait()
        if failure:
            thread.join()
            raise failure[0]
        self._thread = thread
        return self

    def stop(self) -> None:
        """Close every connection, stop the loop and join its thread. Idempotent."""
        thread, loop, stop_event = self._thread, self._loop, self._stop_event
        if thread is None or loop is None or stop_event is None:
            return
        with contextlib.suppress(RuntimeError):  # the loop may have died already
            loop.call_soon_threadsafe(stop_event.set)
        thread.join()
        self._thread = self._loop = self._stop_event = None

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    async def __aenter__(self) -> LocalServer:
        return self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._thread is not None

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("LocalServer has not been started")
        return self._port

    @property
    def base_url(self) -> str:
        """``http://HOST:PORT``, without ``/v1``: clients append ``/v1/...`` themselves."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    # --- scripting -----------------------------------------------------------

    def enqueue(
        self,
        *replies: Reply,
        times: int = 1,
        method: str = "POST",
        path: str = "/v1/responses",
    ) -> None:
        """Queue replies for the next matching requests, each used ``times`` times.

        By default they answer ``POST /v1/responses``; ``method="*"`` matches any
        method, and a ``path`` ending in ``*`` matches by prefix (``"*"``: any).
        Content replies only shape creation; faults apply to any endpoint.
        """
        if times < 1:
            raise ValueError("times must be at least 1")
        with self._lock:
            for reply in replies:
                if not isinstance(reply, Reply):
                    raise TypeError(f"not a reply: {reply!r}")
                self._queue.append(_Queued(reply, method.upper(), path, times))

    @property
    def queued(self) -> int:
        """Uses left across every queued reply."""
        with self._lock:
            return sum(entry.remaining for entry in self._queue)

    def clear_queue(self) -> None:
        with self._lock:
            self._queue.clear()

    def _take_plan(self, req: RecordedRequest) -> Plan:
        plan = Plan(event_delay=self.event_delay)
        with self._lock:
            for index, entry in enumerate(self._queue):
                if entry.matches(req):
                    entry.remaining -= 1
                    if entry.remaining == 0:
                        del self._queue[index]
                    break
            else:
                return plan
        entry.reply._apply(plan)
        return plan

    # --- observation ---------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot of every request received so far, oldest first."""
        with self._lock:
            return list(self._requests)

    @property
    def last_request(self) -> RecordedRequest:
        with self._lock:
            if not self._requests:
                raise LookupError("no request received yet")
            return self._requests[-1]

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    @property
    def connection_count(self) -> int:
        """Connections accepted since start (keep-alive reuse keeps this low)."""
        with self._lock:
            return self._connections

    @property
    def open_connections(self) -> int:
        with self._lock:
            return len(self._open)

    @property
    def errors(self) -> list[BaseException]:
        """Unexpected exceptions raised while serving (each also answered with a 500)."""
        with self._lock:
            return list(self._errors)

    @property
    def telemetry(self) -> list[TelemetryExport]:
        """Every OTLP export received on ``/v1/traces``, ``/v1/metrics``, ``/v1/logs``."""
        with self._lock:
            return list(self._telemetry)

    def clear_telemetry(self) -> None:
        with self._lock:
            self._telemetry.clear()

    def wait_for_telemetry(self, signal: str = "traces", timeout: float = 5.0) -> bool:
        """Block until an export of ``signal`` (traces, metrics, logs) arrives; False on timeout."""
        deadline = time.monotonic() + timeout
        while True:
            if any(export.signal == signal for export in self.telemetry):
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.01)

    def _keep_telemetry(self, export: TelemetryExport) -> None:
        with self._lock:
            self._telemetry.append(export)
        if self._on_telemetry is not None:
            self._on_telemetry(export)

    def stored_response(self, response_id: str) -> dict[str, Any] | None:
        """A copy of a stored response as ``GET`` would return it, or None."""
        return self._store.snapshot(response_id)

    # --- serving -------------------------------------------------------------

    def _run(self, started: threading.Event, failure: list[BaseException]) -> None:
        try:
            asyncio.run(self._main(started))
        except BaseException as exc:  # reported to start(), or kept for inspection
            if started.is_set():
                with self._lock:
                    self._errors.append(exc)
            else:
                failure.append(exc)
        finally:
            started.set()

    async def _main(self, started: threading.Event) -> None:
        self._loop = asyncio.get_running_loop()
        self._loop.set_exception_handler(self._on_loop_error)
        self._stop_event = asyncio.Event()
        server = await asyncio.start_server(
            self._serve_connection, self.host, self._requested_port, backlog=self._backlog
        )
        self._port = server.sockets[0].getsockname()[1]
        started.set()
        try:
            await self._stop_event.wait()
        finally:
            self._closing = True
            server.close()
            with self._lock:
                writers, tasks = list(self._open), list(self._tasks)
            for writer in writers:
                writer.transport.abort()
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await server.wait_closed()

    def _on_loop_error(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        # Kept for tests to assert on, instead of being logged from another thread.
        error = context.get("exception")
        if not isinstance(error, BaseException):
            error = RuntimeError(str(context.get("message")))
        with self._lock:
            self._errors.append(error)

    async def _serve_connection(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        task = asyncio.current_task()
        if self._closing or task is None:
            writer.transport.abort()
            return
        with self._lock:
            self._connections += 1
            connection_id = self._connections
            self._open.add(writer)
            self._tasks.add(task)
        try:
            while await self._serve_one(reader, writer, connection_id):
                pass
        except (ConnectionError, ClientGone, asyncio.IncompleteReadError):
            pass  # the client went away: nothing left to answer
        except asyncio.CancelledError:
            # Shutting down: end normally, because asyncio.start_server on 3.11
            # logs a traceback for every connection task that ends cancelled.
            if not self._closing:
                raise
        except Exception as exc:
            with self._lock:
                self._errors.append(exc)
        finally:
            writer.close()
            with self._lock:
                self._open.discard(writer)
                self._tasks.discard(task)

    async def _serve_one(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, connection_id: int
    ) -> bool:
        request_id = new_request_id()
        try:
            raw = await read_request(reader, writer)
        except BadRequest as exc:
            if self.gateway:
                body = json.dumps(gateway_string_error(exc.status, exc.message).body).encode()
                await send_error(writer, exc.status, body, None, self._gateway_headers())
            else:
                body = json.dumps(error_body(exc.message, "invalid_request_error")).encode()
                await send_error(writer, exc.status, body, request_id)
            return False
        if raw is None:
            return False
        req = record(raw, connection_id, time.time())
        if self.record_requests:
            with self._lock:
                self._requests.append(req)
        plan = Plan()
        result: Result | None = self._check_auth(req)
        if result is None:
            plan = self._take_plan(req)
            if plan.fixed is None and not plan.drop:
                result = self._dispatch(req, plan)
        common = self._gateway_headers() if self.gateway else [("x-request-id", request_id)]
        return await Delivery(reader, writer, plan, common, req.keep_alive).send(result)

    def _gateway_headers(self) -> list[tuple[str, str]]:
        """What the gateway puts on every reply: its version and the rate-limit state."""
        now = time.time()
        minute = int(now // 60)
        with self._lock:
            seen = self._window[1] + 1 if self._window[0] == minute else 1
            self._window = (minute, seen)
        return [
            ("x-tensorzero-gateway-version", self.gateway_version),
            ("X-RateLimit-Limit", str(self.rate_limit)),
            ("X-RateLimit-Remaining", str(max(self.rate_limit - seen, 0))),
            ("X-RateLimit-Reset", str((minute + 1) * 60)),
        ]

    def _dispatch(self, req: RecordedRequest, plan: Plan) -> Result:
        try:
            return self._routes.dispatch(req, plan)
        except Exception as exc:
            with self._lock:
                self._errors.append(exc)
            message = f"Internal error: {exc!r}"
            if self.gateway:
                return JSONResult(500, gateway_string_error(500, message).body)
            return JSONResult(500, error_body(message, "server_error"))

    def _check_auth(self, req: RecordedRequest) -> JSONResult | None:
        if not self.require_auth:
            return None
        scheme, _, token = req.headers.get("authorization", "").partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            message = "Missing bearer token: send 'Authorization: Bearer <API key>'."
            if self.gateway:
                return JSONResult(401, gateway_auth_error(401, message).body)
            return JSONResult(401, error_body(message, "invalid_request_error"))
        if self.api_key is not None and token != self.api_key:
            message = "Incorrect API key provided."
            if self.gateway:
                return JSONResult(401, gateway_auth_error(401, message).body)
            return JSONResult(
                401, error_body(message, "invalid_request_error", code="invalid_api_key")
            )
        return None
