"""HTTP/1.1 framing: reading requests off a stream, building response bytes."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from ._headers import Headers

LAST_CHUNK = b"0\r\n\r\n"
_HEX = frozenset("0123456789abcdefABCDEF")


class BadRequest(Exception):
    """The bytes received are not an HTTP/1.x request we can answer."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class ClientGone(Exception):
    """The client closed the connection part-way through a request."""


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """One request as the server received it."""

    method: str
    path: str
    query: dict[str, str]
    headers: Headers
    body: bytes
    json: Any
    """The body parsed as JSON; ``None`` when empty or unparsable (see ``json_error``)."""
    json_error: str | None
    target: str
    http_version: str
    connection_id: int
    received_at: float = field(compare=False)

    @property
    def keep_alive(self) -> bool:
        tokens = {t.strip().lower() for t in self.headers.get("connection", "").split(",")}
        if self.http_version == "HTTP/1.0":
            return "keep-alive" in tokens
        return "close" not in tokens


@dataclass(frozen=True, slots=True)
class RawRequest:
    method: str
    target: str
    http_version: str
    headers: Headers
    body: bytes


async def read_request(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter | None = None
) -> RawRequest | None:
    """Read one request; ``None`` when the client closed cleanly between requests.

    With ``writer``, a client that sent ``Expect: 100-continue`` is told to go on
    (curl does so for large bodies, and would otherwise wait a second).
    """
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as exc:
        if not exc.partial.strip():
            return None
        raise ClientGone from exc
    except asyncio.LimitOverrunError as exc:
        raise BadRequest(431, "Request header fields too large.") from exc
    # RFC 9112 lets a server ignore empty lines before the request line.
    lines = head[:-4].decode("latin-1").lstrip("\r\n").split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
        raise BadRequest(400, "Malformed request line.")
    method, target, version = parts
    fields: list[tuple[str, str]] = []
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if not sep or not name or name != name.strip():
            raise BadRequest(400, "Malformed header field.")
        fields.append((name, value.strip(" \t")))
    headers = Headers(fields)
    if writer is not None and headers.get("expect", "").lower() == "100-continue":
        writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
    try:
        body = await _read_body(reader, headers)
    except asyncio.IncompleteReadError as exc:
        raise ClientGone from exc
    return RawRequest(method, target, version, headers, body)


async def _read_body(reader: asyncio.StreamReader, headers: Headers) -> bytes:
    encoding = headers.get("transfer-encoding")
    if encoding is not None:
        if encoding.split(",")[-1].strip().lower() != "chunked":
            raise BadRequest(501, "Only chunked transfer coding is supported.")
        return await _read_chunked(reader)
    length = headers.get("content-length")
    if length is None:
        return b""
    if not length.isdigit():
        raise BadRequest(400, "Invalid Content-Length.")
    return await reader.readexactly(int(length))


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    pieces: list[bytes] = []
    while True:
        size_line = (await reader.readuntil(b"\r\n"))[:-2]
        size_text = size_line.split(b";", 1)[0].strip().decode("latin-1")
        if not size_text or not set(size_text) <= _HEX:
            raise BadRequest(400, "Malformed chunk size.")
        size = int(size_text, 16)
        if size == 0:
            # Trailer fields carry nothing we record: skip to the blank line.
            while await reader.readuntil(b"\r\n") != b"\r\n":
                pass
            return b"".join(pieces)
        pieces.append(await reader.readexactly(size))
        if await reader.readexactly(2) != b"\r\n":
            raise BadRequest(400, "Malformed chunk.")


def record(raw: RawRequest, connection_id: int, received_at: float) -> RecordedRequest:
    """Split the target and parse the JSON body once, for routing and for assertions."""
    parts = urlsplit(raw.target)
    query: dict[str, str] = {}
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        query.setdefault(key, value)
    body_json: Any = None
    json_error: str | None = None
    if raw.body:
        try:
            body_json = json.loads(raw.body)
        except (ValueError, UnicodeDecodeError) as exc:
            json_error = str(exc)
    return RecordedRequest(
        method=raw.method,
        path=unquote(parts.path),
        query=query,
        headers=raw.headers,
        body=raw.body,
        json=body_json,
        json_error=json_error,
        target=raw.target,
        http_version=raw.http_version,
        connection_id=connection_id,
        received_at=received_at,
    )


def response_head(status: int, fields: list[tuple[str, str]]) -> bytes:
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = "Unknown"
    lines = [f"HTTP/1.1 {status} {reason}", *(f"{k}: {v}" for k, v in fields)]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def chunk(data: bytes) -> bytes:
    """One chunk of a chunked body (RFC 9112 section 7.1)."""
    return b"%x\r\n%s\r\n" % (len(data), data)
