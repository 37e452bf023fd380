"""Identifiers shaped like the real service's (``resp_`` + 48 hex digits)."""

from __future__ import annotations

import secrets


def new_id(prefix: str, hex_digits: int = 48) -> str:
    return f"{prefix}_{secrets.token_hex(hex_digits // 2)}"


def new_call_id() -> str:
    return new_id("call", 24)


def new_request_id() -> str:
    return new_id("req", 32)
