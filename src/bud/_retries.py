"""When to retry, and how long to wait: pure decisions, no I/O.

The sync and async transports run the same loop around these; only their
sleep and send differ.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Mapping

import httpx

INITIAL_DELAY = 0.5  # seconds before the first retry, doubled each time
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0  # a server-asked wait longer than this is not honoured

RETRY_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504})


def retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    """The wait asked for by `retry-after-ms` or `Retry-After` (seconds or a date)."""
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return max(float(millis) / 1000.0, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    parsed = email.utils.parsedate_tz(value)
    if parsed is None:
        return None
    return max(email.utils.mktime_tz(parsed) - time.time(), 0.0)


def should_retry_status(response: httpx.Response) -> bool:
    # a gateway can overrule the status-based guess either way
    hint = response.headers.get("x-should-retry")
    if hint == "true":
        return True
    if hint == "false":
        return False
    return response.status_code in RETRY_STATUSES or response.status_code >= 500


def backoff(retries_done: int, headers: Mapping[str, str] | None = None) -> float:
    """Seconds to wait before retry number *retries_done* + 1."""
    if headers is not None:
        asked = retry_after_seconds(headers)
        if asked is not None and asked <= MAX_RETRY_AFTER:
            return asked
    delay = min(INITIAL_DELAY * (2.0**retries_done), MAX_DELAY)
    # jitter spreads clients that failed together; keeps at least 3/4 of the delay
    return delay * (1.0 - 0.25 * random.random())
