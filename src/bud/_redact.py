"""Secrets out of every text the SDK shows: one helper for the whole package.

A secret is replaced only where it stands as a whole token (not inside a longer
word), so a short key cannot garble a message. Every client registers its API
key (and any credentials in its base URL); `redact` then scrubs them from error
messages, span attributes and, through `LogFilter`, from httpx's and httpcore's
log records (httpcore logs response headers at DEBUG, and a server may echo the
key there).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from functools import lru_cache
from typing import Final
from urllib.parse import unquote

import httpx

REDACTED: Final = "[REDACTED]"

SENSITIVE: Final = re.compile(
    r"key|token|sig|pass|pwd|secret|auth|credential|session|cookie", re.IGNORECASE
)
"""Query keys and header names whose values are treated as secrets."""

# characters that continue a token: a secret next to one of them is part of a longer word
_WORD: Final = r"A-Za-z0-9_\-"

_registered: set[str] = set()
_lock = threading.Lock()


def register(*secrets: str | None) -> None:
    """Scrub these from everything `redact` and the log filter see, from now on."""
    fresh = {s for s in secrets if s and s.strip()}
    if fresh - _registered:
        with _lock:
            _registered.update(fresh)
        install_log_filter()


@lru_cache(maxsize=64)
def _pattern(secrets: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(s) for s in sorted(secrets, key=len, reverse=True))
    return re.compile(f"(?<![{_WORD}])(?:{alternatives})(?![{_WORD}])")


def redact(text: str, extra: Iterable[str] = ()) -> str:
    """*text* with every registered secret (and every one of *extra*) replaced."""
    if not text:
        return text
    secrets = _registered.union(s for s in extra if s)
    if not secrets:
        return text
    return _pattern(frozenset(secrets)).sub(REDACTED, text)


def request_secrets(request: httpx.Request | None) -> set[str]:
    """What *request* carries that must not be shown: credentials of sensitive headers,
    URL userinfo, sensitive query values (raw and percent-decoded)."""
    if request is None:
        return set()
    found: set[str] = set()
    for name, value in request.headers.items():
        if SENSITIVE.search(name):
            found.add(value)
            scheme, _, credential = value.partition(" ")
            found.add(credential or scheme)
    found.update(url_secrets(request.url))
    found.discard("")
    return found


def url_secrets(url: httpx.URL) -> set[str]:
    found: set[str] = set()
    if url.userinfo:
        for part in url.userinfo.decode("ascii", "replace").split(":", 1):
            found.update((part, unquote(part)))
    if url.query:
        for pair in url.query.decode("ascii", "replace").split("&"):
            key, sep, value = pair.partition("=")
            if sep and SENSITIVE.search(unquote(key)):
                found.update((value, unquote(value)))
    found.discard("")
    return found


def redact_url(url: httpx.URL) -> str:
    """*url* without userinfo, with sensitive query values replaced."""
    if not url.userinfo and not url.query:
        return str(url)
    changes: dict[str, bytes] = {"userinfo": b""}
    if url.query:
        pairs = url.query.decode("ascii", "replace").split("&")
        for i, pair in enumerate(pairs):
            key, sep, _ = pair.partition("=")
            if sep and SENSITIVE.search(unquote(key)):
                pairs[i] = f"{key}=REDACTED"
        changes["query"] = "&".join(pairs).encode("ascii")
    return str(url.copy_with(**changes))


class LogFilter(logging.Filter):
    """Rewrites a record's message with the registered secrets redacted."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not _registered:
            return True
        try:
            message = record.getMessage()
        except Exception:
            return True
        cleaned = _URL_USERINFO.sub(r"\1[REDACTED]@", redact(message))
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


_URL_USERINFO: Final = re.compile(r"(https?://)[^/@\s]+@")

# where httpx and httpcore log: a filter applies only to its own logger's records
_LOGGERS: Final = ("httpx", "httpcore.connection", "httpcore.http11", "httpcore.http2",
                   "httpcore.proxy", "httpcore.socks", "httpcore.connection_pool")  # fmt: skip
_filter = LogFilter()


def install_log_filter() -> None:
    for name in _LOGGERS:
        logger = logging.getLogger(name)
        if _filter not in logger.filters:
            logger.addFilter(_filter)
