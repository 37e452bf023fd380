"""End to end over real loopback sockets: a tiny SSE server started by the test.

The async client talks to an `asyncio.start_server` server on the test's own
loop; the sync client to an `http.server` server on a thread. Both serve
chunked `text/event-stream` bodies (events split across chunks) and record
every request they receive.
"""

from __future__ import annotations

import asyncio
import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from bud.client import AsyncBudClient, BudClient
from bud.exceptions import IncompleteStreamError, RateLimitError

from ._support import created, sse_bytes, text_delta, text_stream

KEY = "sk-loopback-secret"


@dataclass
class Reply:
    status: int = 200
    parts: list[bytes] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/event-stream"})
    complete: bool = True  # False: the connection drops before the body's end


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def split_events(body: bytes) -> list[bytes]:
    """Cut a body into chunks at awkward places: mid-line and mid-event."""
    parts, step, i = [], 7, 0
    while i < len(body):
        parts.append(body[i : i + step])
        i += step
        step = 7 if step > 40 else step * 2
    return parts


def _chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


def _head(reply: Reply) -> bytes:
    lines = [f"HTTP/1.1 {reply.status} X"]
    lines += [f"{k}: {v}" for k, v in reply.headers.items()]
    lines.append("Transfer-Encoding: chunked")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


# ---------------------------------------------------------- asyncio server


class AsyncSSEServer:
    def __init__(self, replies: list[Reply]) -> None:
        self.replies = list(replies)
        self.received: list[Received] = []
        self.server: asyncio.Server | None = None

    async def __aenter__(self) -> AsyncSSEServer:
        self.server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self.server is not None
        self.server.close()
        await self.server.wait_closed()

    @property
    def url(self) -> str:
        assert self.server is not None
        port = self.server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:  # keep-alive: the client may reuse the connection
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except asyncio.IncompleteReadError:
                    return
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ", 2)
                headers = {}
                for line in lines[1:]:
                    if line:
                        name, _, value = line.partition(":")
                        headers[name.strip().lower()] = value.strip()
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                self.received.append(Received(method, target, headers, body))
                reply = self.replies.pop(0)
                writer.write(_head(reply))
                for part in reply.parts:
                    writer.write(_chunk(part))
                    await writer.drain()
                    await asyncio.sleep(0)
                if not reply.complete:
                    return
                writer.write(b"0\r\n\r\n")
                await writer.drain()
        finally:
            writer.close()


# ------------------------------------------------------ http.server server


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _ThreadedServer

    def _serve(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length)
        headers = {k.lower(): v for k, v in self.headers.items()}
        self.server.received.append(Received(self.command, self.path, headers, body))
        reply = self.server.replies.pop(0)
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for part in reply.parts:
            self.wfile.write(_chunk(part))
            self.wfile.flush()
        if not reply.complete:
            self.close_connection = True
            return
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    do_GET = do_POST = do_DELETE = _serve

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _ThreadedServer(ThreadingHTTPServer):
    daemon_threads = True
    received: list[Received]
    replies: list[Reply]


class ThreadSSEServer:
    def __init__(self, replies: list[Reply]) -> None:
        self.httpd = _ThreadedServer(("127.0.0.1", 0), _Handler)
        self.httpd.replies = list(replies)
        self.httpd.received = []
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    def __enter__(self) -> ThreadSSEServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    @property
    def received(self) -> list[Received]:
        return self.httpd.received


# -------------------------------------------------------------------- tests


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)


STREAM = sse_bytes(*text_stream("Bonjour", ", ", "monde", response_id="resp_loop"), done=True)


def _assert_request(received: Received, path: str) -> None:
    assert received.method == "POST"
    assert received.path == path
    assert received.headers["authorization"] == f"Bearer {KEY}"
    assert received.headers["accept"] == "text/event-stream"
    assert received.headers["content-type"] == "application/json"
    assert received.json() == {
        "model": "gpt-4.1",
        "input": "Say hello in French",
        "temperature": 0.2,
        "stream": True,
    }


def _assert_events(events: list[Any]) -> None:
    assert [e.type for e in events] == [
        "response.created",
        "response.output_text.delta",
        "response.output_text.delta",
        "response.output_text.delta",
        "response.completed",
    ]
    assert "".join(e.delta for e in events[1:4]) == "Bonjour, monde"
    assert events[-1].response.id == "resp_loop"


async def test_async_client_streams_over_loopback() -> None:
    async with AsyncSSEServer([Reply(parts=split_events(STREAM))]) as server:
        async with AsyncBudClient(api_key=KEY, base_url=server.url + "/gw/v1") as client:
            stream = await client.responses.create(
                model="gpt-4.1", input="Say hello in French", temperature=0.2, stream=True
            )
            async with stream:
                events = [event async for event in stream]
    _assert_events(events)
    assert stream.completed_response.output_text == "Bonjour, monde"
    assert len(server.received) == 1
    _assert_request(server.received[0], "/gw/v1/responses")


def test_sync_client_streams_over_loopback() -> None:
    with ThreadSSEServer([Reply(parts=split_events(STREAM))]) as server:
        with BudClient(api_key=KEY, base_url=server.url) as client:
            with client.responses.create(
                model="gpt-4.1", input="Say hello in French", temperature=0.2, stream=True
            ) as stream:
                events = list(stream)
    _assert_events(events)
    assert stream.completed_response.output_text == "Bonjour, monde"
    assert len(server.received) == 1
    _assert_request(server.received[0], "/v1/responses")


async def test_async_stream_helper_and_retry_over_loopback() -> None:
    busy = Reply(
        status=429,
        headers={"Content-Type": "application/json", "retry-after-ms": "1"},
        parts=[b'{"error": {"message": "slow down"}}'],
    )
    async with AsyncSSEServer([busy, Reply(parts=split_events(STREAM))]) as server:
        async with AsyncBudClient(api_key=KEY, base_url=server.url, max_retries=1) as client:
            async with client.responses.stream(
                model="gpt-4.1", input="Say hello in French", temperature=0.2
            ) as s:
                final = await s.get_final_response()
                assert s.output_text == "Bonjour, monde"
    assert final.id == "resp_loop"
    assert len(server.received) == 2
    for received in server.received:
        _assert_request(received, "/v1/responses")


def test_sync_rate_limit_over_loopback() -> None:
    busy = Reply(
        status=429,
        headers={"Content-Type": "application/json", "x-request-id": "req_lo"},
        parts=[b'{"error": {"message": "slow down"}}'],
    )
    with ThreadSSEServer([busy]) as server:
        with BudClient(api_key=KEY, base_url=server.url, max_retries=0) as client:
            with pytest.raises(RateLimitError) as info:
                client.responses.create(model="gpt-4.1", input="x", stream=True)
    assert info.value.request_id == "req_lo"
    assert "slow down" in str(info.value)


CUT = sse_bytes(created("resp_cut"), text_delta("par", 1), text_delta("tial", 2))


async def test_async_connection_dropped_mid_stream() -> None:
    async with AsyncSSEServer([Reply(parts=split_events(CUT), complete=False)]) as server:
        async with AsyncBudClient(api_key=KEY, base_url=server.url) as client:
            stream = await client.responses.create(model="m", input="x", stream=True)
            events: list[Any] = []
            with pytest.raises(IncompleteStreamError) as info:
                async for event in stream:
                    events.append(event)
    assert events[0].type == "response.created"
    assert "".join(e.delta for e in events[1:]) == "partial"
    assert info.value.events_received == 3
    assert info.value.response_id == "resp_cut"


def test_sync_connection_dropped_mid_stream() -> None:
    with ThreadSSEServer([Reply(parts=split_events(CUT), complete=False)]) as server:
        with BudClient(api_key=KEY, base_url=server.url) as client:
            stream = client.responses.create(model="m", input="x", stream=True)
            events: list[Any] = []
            with pytest.raises(IncompleteStreamError) as info:
                for event in stream:
                    events.append(event)
    assert "".join(e.delta for e in events[1:]) == "partial"
    assert info.value.events_received == 3


async def test_async_early_close_then_next_call() -> None:
    long = sse_bytes(*text_stream(*[f"w{i} " for i in range(50)]), done=True)
    replies = [Reply(parts=split_events(long)), Reply(parts=[STREAM])]
    async with AsyncSSEServer(replies) as server:
        async with AsyncBudClient(api_key=KEY, base_url=server.url) as client:
            first = await client.responses.create(model="m", input="x", stream=True)
            async for _event in first:
                break
            await first.aclose()
            assert first.response.is_closed
            second = await client.responses.create(model="m", input="y", stream=True)
            events = [e async for e in second]
    assert events[-1].type == "response.completed"
    assert [r.json()["input"] for r in server.received] == ["x", "y"]
