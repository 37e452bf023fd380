"""Secrets out of every text the SDK shows: one helper for the whole package.

A secret is replaced only where it stands as a whole token (not inside a longer
word), so a short key cannot garble a message. `redact` scrubs the secrets it is
given: error messages and span attributes pass the ones their request carries
(`request_secrets`), so one client's key never touches another's messages.

Logs have no request to ask, so every live client registers its secrets (its API
key, sensitive query values of its base URL) for `LogFilter`, which scrubs them
from httpx's and httpcore's records (httpcore logs response headers at DEBUG, and
a server may echo the key there). A client's secrets leave the registry with it.
"""

from __future__ import annotations

import logging
import re
import threading
import weakref
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

_registered: dict[str, int] = {}  # secret -> how many live owners registered it
_lock = threading.Lock()


def register(owner: object, *secrets: str | None) -> None:
    """Scrub these from httpx's and httpcore's log records while *owner* lives."""
    fresh = tuple(dict.fromkeys(s for s in secrets if s and s.strip()))
    if not fresh:
        return
    with _lock:
        for secret in fresh:
            _registered[secret] = _registered.get(secret, 0) + 1
    weakref.finalize(owner, _unregister, fresh)
    install_log_filter()


def _unregister(secrets: tuple[str, ...]) -> None:
    with _lock:
        for secret in secrets:
            left = _registered.get(secret, 0) - 1
            if left > 0:
                _registered[secret] = left
            else:
                _registered.pop(secret, None)


@lru_cache(maxsize=64)
def _pattern(secrets: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(s) for s in sorted(secrets, key=len, reverse=True))
    return re.compile(f"(?<![{_WORD}])(?:{alternatives})(?![{_WORD}])")


def redact(text: str, secrets: Iterable[str]) -> str:
    """*text* with each of *secrets* replaced where it stands as a whole token."""
    wanted = frozenset(s for s in secrets if s)
    if not text or not wanted:
        return text
    return _pattern(wanted).sub(REDACTED, text)


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


def response_secrets(response: httpx.Response) -> set[str]:
    """`request_secrets` of the request *response* answers (none if it has none)."""
    try:
        request = response.request
    except RuntimeError:  # a response built by hand, without its request
        return set()
    return request_secrets(request)


def url_secrets(url: httpx.URL) -> set[str]:
    found: set[str] = set()
    if url.userinfo:
        # the password; a user name alone (https://KEY@host) is the credential itself
        user, _, password = url.userinfo.decode("ascii", "replace").partition(":")
        secret = password or user
        found.update((secret, unquote(secret)))
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
        cleaned = _URL_USERINFO.sub(r"\1[REDACTED]@", redact(message, tuple(_registered)))
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
