"""Identifiers shaped like the real service's (``resp_`` + 48 hex digits)."""

from __future__ import annotations

import secrets
import time
import uuid


def new_id(prefix: str, hex_digits: int = 48, separator: str = "_") -> str:
    return f"{prefix}{separator}{secrets.token_hex(hex_digits // 2)}"


def new_call_id() -> str:
    return new_id("call", 24)


def new_request_id() -> str:
    return new_id("req", 32)


def new_uuid7() -> str:
    """A time-ordered UUID (RFC 9562 version 7), as the gateway's inference and episode ids."""
    millis = time.time_ns() // 1_000_000 & (1 << 48) - 1
    rand_a, rand_b = secrets.randbits(12), secrets.randbits(62)
    value = millis << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    return str(uuid.UUID(int=value))
