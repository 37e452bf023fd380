"""Writes an answer to the socket, applying the plan's faults on the way."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import struct
from collections.abc import Sequence

from ._gate import Gate
from ._http import LAST_CHUNK, chunk, response_head
from ._plan import Plan
from ._routes import BytesResult, JSONResult, Result

DONE_FRAME = b"data: [DONE]\n\n"


async def _flush_fully(writer: asyncio.StreamWriter) -> None:
    """Wait until every written byte has reached the kernel, so a close loses nothing."""
    writer.transport.set_write_buffer_limits(high=0)
    await writer.drain()


async def _close(writer: asyncio.StreamWriter, mode: str) -> None:
    await _flush_fully(writer)
    if mode == "reset":
        sock = writer.get_extra_info("socket")
        if sock is not None:
            # Linger with a zero timeout makes close() send RST instead of FIN.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.transport.abort()
    else:
        writer.close()


async def _stall(gate: Gate, reader: asyncio.StreamReader) -> bool:
    """Wait for the gate; False if the client hung up first."""
    released = asyncio.ensure_future(gate.wait())
    # A client waiting for its answer sends nothing more: any read result means EOF.
    hung_up = asyncio.ensure_future(reader.read(1))
    try:
        await asyncio.wait({released, hung_up}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in (released, hung_up):
            task.cancel()
        await asyncio.gather(released, hung_up, return_exceptions=True)
    return not hung_up.done() or hung_up.cancelled()


class Delivery:
    """One answer on one connection; ``send`` returns whether it can be reused."""

    def __init__(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        plan: Plan,
        common_headers: list[tuple[str, str]],
        keep_alive: bool,
    ) -> None:
        self.reader = reader
        self.writer = writer
        self.plan = plan
        self.keep_alive = keep_alive
        self.headers = [
            *common_headers,
            ("connection", "keep-alive" if keep_alive else "close"),
            *plan.headers,
        ]

    async def send(self, result: Result | None) -> bool:
        plan = self.plan
        if plan.header_delay:
            await asyncio.sleep(plan.header_delay)
        if plan.drop:
            self.writer.close()
            return False
        if plan.fixed is not None:
            fields = [*plan.fixed.headers, *self.headers]
            return await self._send_body(plan.fixed.status, fields, plan.fixed.body)
        if result is None:
            raise ValueError("no result to send")
        if isinstance(result, JSONResult):
            body = json.dumps(result.body, separators=(",", ":"), ensure_ascii=False).encode()
            fields = [("content-type", "application/json"), *result.headers, *self.headers]
            return await self._send_body(result.status, fields, body)
        if isinstance(result, BytesResult):
            fields = [("content-type", result.content_type), *result.headers, *self.headers]
            return await self._send_body(result.status, fields, result.body)
        frames = list(result.frames)
        if result.done_marker:
            frames.append(DONE_FRAME)
        return await self._send_stream(frames, result.headers)

    async def _send_body(self, status: int, fields: list[tuple[str, str]], body: bytes) -> bool:
        plan, writer = self.plan, self.writer
        if plan.cut_after is not None:
            # A body has no events to count: cut it in half instead.
            half = body[: len(body) // 2]
            if plan.cut_mode == "truncate":
                fields.append(("content-length", str(len(half))))
                body = half
            else:
                fields.append(("content-length", str(len(body))))
                writer.write(response_head(status, fields) + half)
                await _close(writer, plan.cut_mode)
                return False
        else:
            fields.append(("content-length", str(len(body))))
        head = response_head(status, fields)
        if plan.stall is not None:
            writer.write(head)
            await writer.drain()
            if not await _stall(plan.stall, self.reader):
                return False
            head = b""
        writer.write(head + body)
        await writer.drain()
        return self.keep_alive

    async def _send_stream(
        self, frames: Sequence[bytes], extra_headers: Sequence[tuple[str, str]] = ()
    ) -> bool:
        plan, writer = self.plan, self.writer
        fields = [
            ("content-type", "text/event-stream; charset=utf-8"),
            ("cache-control", "no-cache"),
            ("transfer-encoding", "chunked"),
            *extra_headers,
            *self.headers,
        ]
        head = response_head(200, fields)
        if plan.plain:
            writer.write(b"".join([head, *map(chunk, frames), LAST_CHUNK]))
            await writer.drain()
            return self.keep_alive

        cut = plan.cut_after
        if cut is not None:
            # The [DONE] marker belongs to a finished stream, never to a cut one.
            frames = [f for f in frames if f != DONE_FRAME][:cut]
        injections: dict[int, list[bytes]] = {}
        for index, data in plan.injections:
            injections.setdefault(min(index, len(frames)), []).append(chunk(data))
        pending = [head]

        async def flush() -> None:
            writer.write(b"".join(pending))
            pending.clear()
            await writer.drain()

        for index in range(len(frames) + 1):
            if plan.stall is not None and index == min(plan.stall_after, len(frames)):
                await flush()
                if not await _stall(plan.stall, self.reader):
                    return False
            pending.extend(injections.get(index, ()))
            if index == len(frames):
                break
            if plan.event_delay:
                await flush()
                await asyncio.sleep(plan.event_delay)
            pending.append(chunk(frames[index]))

        if cut is not None and plan.cut_mode != "truncate":
            await flush()
            await _close(writer, plan.cut_mode)
            return False
        pending.append(LAST_CHUNK)
        await flush()
        return self.keep_alive


async def send_error(
    writer: asyncio.StreamWriter,
    status: int,
    body: bytes,
    request_id: str | None,
    extra_headers: Sequence[tuple[str, str]] = (),
) -> None:
    """Answer a request we could not parse, then give up on the connection."""
    fields = [("content-type", "application/json"), ("content-length", str(len(body)))]
    if request_id is not None:
        fields.append(("x-request-id", request_id))
    fields.extend(extra_headers)
    fields.append(("connection", "close"))
    with contextlib.suppress(ConnectionError):
        writer.write(response_head(status, fields) + body)
        await writer.drain()
