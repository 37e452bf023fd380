"""Issue 9: API key hygiene, credentials in the base URL, echoed keys, short keys,
Idempotency-Key on every POST, and no POST resent after the server received it.

A. a key with surrounding whitespace is stripped; one a header cannot carry is
   refused at construction, without showing it, and nothing is sent.
B. credentials in `base_url` (userinfo, a sensitive query value) never show in
   the client's repr, httpx's request log line, spans or errors.
C. a server echoing the key in a response header or an error body: not in any
   log record (httpcore logs response headers at DEBUG), error or span.
D. a short key is redacted only where it stands as a whole token.
E. one `Idempotency-Key` per POST, the same on every retry, with `X-Retry-Count`.
F. a POST that reached the server is not resent after a transport failure,
   unless `retry_sent_requests=True`; a connect failure still is.
G. the "retrying ..." log line never holds the key.

Keys other than conftest's `API_KEY` are not scanned by the autouse guard:
these tests scan logs, spans and errors themselves (`leaks`).
"""

from __future__ import annotations

import logging
import socket
import traceback
from collections.abc import Iterator
from typing import Any

import pytest

from bud import AsyncBudClient, BudClient
from bud.exceptions import (
    BadRequestError,
    BudError,
    ConfigurationError,
    ConnectionError,
    TimeoutError,
)
from bud.testing import (
    Delay,
    Disconnect,
    DropConnection,
    HTTPErrorReply,
    LocalServer,
    TextReply,
    WithHeaders,
)

from .conftest import (
    API_KEY,
    TIMEOUT,
    Flavor,
    Telemetry,
    log_records,
    object_strings,
    record_strings,
    span_strings,
)

PARAMS: dict[str, Any] = {"model": "bud-rel-model", "input": "Hello"}


# --------------------------------------------------------------------------- helpers


def make_client(flavor: Flavor, api_key: str, base_url: str | None = None, **kwargs: Any) -> Any:
    """A client of the flavor's kind with this key (closed with the flavor's clients)."""
    kwargs.setdefault("max_retries", 0)
    kwargs.setdefault("timeout", TIMEOUT)
    cls = AsyncBudClient if flavor.is_async else BudClient
    client = cls(api_key=api_key, base_url=base_url or flavor.server.base_url, **kwargs)
    flavor._made.append(client)
    return client


def leaks(
    secret: str,
    caplog: pytest.LogCaptureFixture,
    telemetry: Telemetry | None = None,
    *objects: object,
) -> list[str]:
    """Where *secret* shows: log records (all loggers at DEBUG), spans, objects."""
    found = [
        f"log {r.name}: {s!r}"
        for r in log_records(caplog)
        for s in record_strings(r)
        if secret in s
    ]
    if telemetry is not None:
        for span in telemetry.spans():
            found += [f"span {span.name}: {s!r}" for s in span_strings(span) if secret in s]
    for obj in objects:
        found += [f"{type(obj).__name__}: {s!r}" for s in object_strings(obj) if secret in s]
    return found


async def failure(flavor: Flavor, call: Any) -> BudError:
    try:
        await flavor.call(call())
    except BudError as exc:
        return exc
    raise AssertionError("expected a BudError")


def posts(server: LocalServer) -> list[Any]:
    return [r for r in server.requests if r.method == "POST"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


# --------------------------------------------------------------------------- A. key hygiene

WHITESPACE_KEYS = {
    "trailing-newline": API_KEY + "\n",
    "trailing-space": API_KEY + " ",
    "both-sides": " " + API_KEY + "\n",
}


@pytest.mark.parametrize("raw_key", list(WHITESPACE_KEYS.values()), ids=list(WHITESPACE_KEYS))
async def test_a_key_with_surrounding_whitespace_is_stripped_and_works(
    flavor: Flavor,
    server: LocalServer,
    telemetry: Telemetry,
    caplog: pytest.LogCaptureFixture,
    delays: list[float],
    raw_key: str,
) -> None:
    client = make_client(flavor, raw_key)
    assert client.api_key == API_KEY
    created = await flavor.call(client.responses.create(**PARAMS))
    assert created.status == "completed"
    assert [r.headers["authorization"] for r in server.requests] == [f"Bearer {API_KEY}"]
    assert delays == []
    assert leaks(API_KEY, caplog, telemetry, client) == []


# built from parts: a formatted traceback quotes source lines, which must not hold them
_TAIL = "".join(("Zq9X", "SECRET", "7f3c"))
BAD_KEYS = {
    "crlf-inside": "sk-ab\r\ncd" + _TAIL,
    "nul-inside": "sk-ab\x00cd" + _TAIL,
    "control-inside": "sk-ab\x1bcd" + _TAIL,
    "space-inside": "sk-ab cd" + _TAIL,
    "non-ascii": "sk-" + "ключ" + "-123456",
}


def pieces(secret: str, size: int = 6) -> set[str]:
    """Every run of *size* characters of *secret*, raw and as repr() escapes them."""
    shown = {secret, repr(secret)[1:-1], secret.encode("unicode_escape").decode()}
    return {s[i : i + size] for s in shown for i in range(len(s) - size + 1)}


@pytest.mark.parametrize("client_cls", [BudClient, AsyncBudClient], ids=["sync", "async"])
@pytest.mark.parametrize("bad_key", list(BAD_KEYS.values()), ids=list(BAD_KEYS))
def test_a_key_a_header_cannot_carry_is_refused_at_construction_unseen(
    server: LocalServer, caplog: pytest.LogCaptureFixture, client_cls: Any, bad_key: str
) -> None:
    with pytest.raises(ConfigurationError) as info:
        client = client_cls(api_key=bad_key, base_url=server.base_url, max_retries=2)
        client.responses.create(**PARAMS)  # old code: built, then the call failed
    err = info.value
    shown = [str(err), repr(err), "".join(traceback.format_exception(err))]
    shown += [s for r in log_records(caplog) for s in record_strings(r)]
    assert [p for p in pieces(bad_key) if any(p in s for s in shown)] == []
    assert "API key" in str(err)
    assert server.requests == []  # nothing was sent, so nothing retried


# --------------------------------------------------------------------------- B. base_url

PASSWORD = "p4ssw0rd-" + "SECRET"
USERNAME = "budrel9user"  # distinctive: URL usernames are registered as secrets too
QUERY_SECRET = "QSECRET" + "123456"


def http_request_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in log_records(caplog)
        if r.name == "httpx" and r.getMessage().startswith("HTTP Request:")
    ]


async def test_b_password_in_base_url_never_shows(
    flavor: Flavor, server: LocalServer, telemetry: Telemetry, caplog: pytest.LogCaptureFixture
) -> None:
    """httpx would turn URL userinfo into Basic auth, replacing the key's Bearer token:
    such a base_url is refused at construction, without showing the password."""
    url = f"http://{USERNAME}:{PASSWORD}@127.0.0.1:{server.port}"
    with pytest.raises(ConfigurationError) as info:
        make_client(flavor, API_KEY, url)
    assert "credentials" in str(info.value)
    assert server.requests == []
    assert leaks(PASSWORD, caplog, telemetry, info.value) == []


async def test_b_secret_query_in_base_url_never_shows(
    flavor: Flavor, server: LocalServer, telemetry: Telemetry, caplog: pytest.LogCaptureFixture
) -> None:
    client = make_client(flavor, API_KEY, f"{server.base_url}?api-key={QUERY_SECRET}")
    assert QUERY_SECRET not in repr(client)
    created = await flavor.call(client.responses.create(**PARAMS))
    assert created.status == "completed"
    assert server.requests[0].query.get("api-key") == QUERY_SECRET  # the query is kept
    server.enqueue(HTTPErrorReply(400, message="bad input"))
    err = await failure(flavor, lambda: client.responses.create(**PARAMS))
    assert isinstance(err, BadRequestError)
    lines = http_request_lines(caplog)
    assert len(lines) == 2 and all("api-key=" in line for line in lines), lines
    assert leaks(QUERY_SECRET, caplog, telemetry, client, err) == []


# --------------------------------------------------------------------------- C. echoes


def _echo_header(status: int) -> Any:
    if status == 200:
        return WithHeaders(TextReply("hi"), headers={"X-Echo": API_KEY})
    return HTTPErrorReply(status, message="denied", headers={"X-Echo": API_KEY})


ECHOES = {
    "header-200": _echo_header(200),
    "header-401": _echo_header(401),
    "body-400": HTTPErrorReply(400, body={"error": {"message": f"bad key {API_KEY}"}}),
    "body-401": HTTPErrorReply(401, body={"error": {"message": f"bad key {API_KEY}"}}),
    "header-and-body-400": HTTPErrorReply(
        400, body={"error": {"message": f"bad key {API_KEY}"}}, headers={"X-Echo": API_KEY}
    ),
}


@pytest.mark.parametrize("reply", list(ECHOES.values()), ids=list(ECHOES))
async def test_c_a_key_the_server_echoes_shows_nowhere(
    flavor: Flavor,
    server: LocalServer,
    telemetry: Telemetry,
    caplog: pytest.LogCaptureFixture,
    reply: Any,
) -> None:
    server.enqueue(reply)
    client = flavor.client()
    objects: list[object] = [client]
    try:
        result = await flavor.call(client.responses.create(**PARAMS))
    except BudError as exc:
        err: Any = exc
        assert err.status_code in (400, 401)
        assert API_KEY in err.response.text or err.response.headers.get("x-echo") == API_KEY
        objects.append(err)
    else:
        assert result.output_text == "hi"
    assert telemetry.spans(), "no span recorded"
    assert leaks(API_KEY, caplog, telemetry, *objects) == []


# --------------------------------------------------------------------------- D. short keys


@pytest.fixture
def any_key_server() -> Iterator[LocalServer]:
    with LocalServer() as srv:  # any bearer token is accepted
        yield srv
        assert srv.errors == []


GARBLE_BAIT = "table is unavailable; abc123 cab"


@pytest.mark.parametrize("key", ["ab", "abc"])
async def test_d_a_short_key_does_not_garble_the_servers_message(
    flavor: Flavor, any_key_server: LocalServer, key: str
) -> None:
    client = make_client(flavor, key, any_key_server.base_url)
    any_key_server.enqueue(HTTPErrorReply(400, body={"error": {"message": GARBLE_BAIT}}))
    err = await failure(flavor, lambda: client.responses.create(**PARAMS))
    assert isinstance(err, BadRequestError)
    assert GARBLE_BAIT in str(err), str(err)
    assert "[REDACTED]" not in str(err)

    any_key_server.enqueue(
        HTTPErrorReply(400, body={"error": {"message": f"key {key} is invalid"}})
    )
    err = await failure(flavor, lambda: client.responses.create(**PARAMS))
    assert "key [REDACTED] is invalid" in str(err), str(err)


async def test_d_a_longer_key_inside_a_longer_word_is_kept(
    flavor: Flavor, any_key_server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    key = "wxyz"
    client = make_client(flavor, key, any_key_server.base_url)
    text = "wxyzabc and xwxyz and wxyz_1 and wxyz-2"
    any_key_server.enqueue(HTTPErrorReply(400, body={"error": {"message": text}}))
    err = await failure(flavor, lambda: client.responses.create(**PARAMS))
    assert text in str(err), str(err)

    any_key_server.enqueue(HTTPErrorReply(400, body={"error": {"message": f"({key}) revoked"}}))
    err = await failure(flavor, lambda: client.responses.create(**PARAMS))
    assert "([REDACTED]) revoked" in str(err), str(err)


# --------------------------------------------------------------------------- E. idempotency


async def test_e_every_post_carries_one_idempotency_key_and_reads_none(
    flavor: Flavor, server: LocalServer
) -> None:
    client = flavor.client(tracked=False)
    call = flavor.call
    created = await call(client.responses.create(**PARAMS))
    stream = await call(client.responses.create(stream=True, **PARAMS))
    assert await flavor.read(stream, []) is None
    if flavor.is_async:
        async with client.responses.stream(**PARAMS) as helper:
            await helper.until_done()
    else:
        with client.responses.stream(**PARAMS) as helper:
            helper.until_done()
    background = await call(client.responses.create(background=True, **PARAMS))
    await call(client.responses.cancel(background.id))
    await call(client.responses.input_tokens.count(**PARAMS))
    await call(client.responses.compact(**PARAMS))
    await call(client.responses.retrieve(created.id))
    await call(client.responses.delete(created.id))

    seen = [(r.method, r.path, r.headers.get_all("idempotency-key")) for r in server.requests]
    post_keys = [keys for method, _, keys in seen if method == "POST"]
    assert len(post_keys) == 7, seen  # 4 creates, cancel, count, compact
    assert all(len(keys) == 1 and keys[0] for keys in post_keys), seen
    assert len({keys[0] for keys in post_keys}) == 7, "one key per call"
    assert [(m, keys) for m, _, keys in seen if m != "POST"] == [("GET", []), ("DELETE", [])]
    assert all("x-retry-count" not in r.headers for r in server.requests)


async def test_e_a_retried_post_keeps_its_key_and_counts_retries(
    flavor: Flavor, server: LocalServer, delays: list[float]
) -> None:
    server.enqueue(HTTPErrorReply(503), HTTPErrorReply(429, retry_after=0))
    client = flavor.client(tracked=False, max_retries=2)
    created = await flavor.call(client.responses.create(**PARAMS))
    assert created.status == "completed"
    sent = posts(server)
    assert len(sent) == 3
    keys = {r.headers.get("idempotency-key") for r in sent}
    assert len(keys) == 1 and None not in keys, keys
    assert [r.headers.get("x-retry-count") for r in sent] == [None, "1", "2"]
    assert len(delays) == 2 and delays[1] == 0


async def test_e_a_callers_idempotency_key_is_kept(
    flavor: Flavor, server: LocalServer, delays: list[float]
) -> None:
    server.enqueue(HTTPErrorReply(503))
    client = flavor.client(tracked=False, max_retries=1)
    headers = {"Idempotency-Key": "mine"}
    await flavor.call(client.responses.create(extra_headers=headers, **PARAMS))
    sent = posts(server)
    assert [r.headers.get_all("idempotency-key") for r in sent] == [["mine"], ["mine"]]
    assert [r.headers.get("x-retry-count") for r in sent] == [None, "1"]


# --------------------------------------------------------------------------- F. sent POSTs

SHORT = 0.5  # client timeout against a server that stalls before its headers

SENT_FAULTS = {
    "read-timeout": (Delay(before_headers=5.0), TimeoutError),
    "dropped": (DropConnection(), ConnectionError),
    "body-cut": (Disconnect(after=1), ConnectionError),
}


@pytest.mark.parametrize(("fault", "error"), list(SENT_FAULTS.values()), ids=list(SENT_FAULTS))
async def test_f_a_post_the_server_received_is_not_sent_again(
    flavor: Flavor,
    server: LocalServer,
    telemetry: Telemetry,
    delays: list[float],
    fault: Any,
    error: type[BudError],
) -> None:
    server.enqueue(fault, times=3)
    client = flavor.client(max_retries=2, timeout=SHORT)
    err: Any = await failure(flavor, lambda: client.responses.create(**PARAMS))
    sent = posts(server)
    assert len(sent) == 1, f"{len(sent)} POSTs: the answer may be generated more than once"
    assert delays == []
    assert isinstance(err, error), repr(err)
    assert err.request_sent is True
    key = sent[0].headers["idempotency-key"]
    assert err.idempotency_key == key
    assert key in str(err)


@pytest.mark.parametrize(("fault", "error"), list(SENT_FAULTS.values()), ids=list(SENT_FAULTS))
async def test_f_retry_sent_requests_resends_with_the_same_key(
    flavor: Flavor,
    server: LocalServer,
    delays: list[float],
    fault: Any,
    error: type[BudError],
) -> None:
    server.enqueue(fault, times=3)
    client = flavor.client(tracked=False, max_retries=2, timeout=SHORT, retry_sent_requests=True)
    err: Any = await failure(flavor, lambda: client.responses.create(**PARAMS))
    assert isinstance(err, error), repr(err)
    sent = posts(server)
    assert len(sent) == 3
    keys = {r.headers.get("idempotency-key") for r in sent}
    assert len(keys) == 1 and None not in keys
    assert err.idempotency_key == keys.pop()
    assert [r.headers.get("x-retry-count") for r in sent] == [None, "1", "2"]
    assert len(delays) == 2


async def test_f_a_connect_failure_is_still_retried(
    flavor: Flavor, delays: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    client = make_client(flavor, API_KEY, f"http://127.0.0.1:{free_port()}", max_retries=2)
    err: Any = await failure(flavor, lambda: client.responses.create(**PARAMS))
    assert isinstance(err, ConnectionError), repr(err)
    assert len(delays) == 2  # sent twice more: it never reached a server
    assert err.request_sent is False
    assert str(err.idempotency_key).startswith("bud-")


# --------------------------------------------------------------------------- G. retry log


def retry_lines(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [
        r
        for r in log_records(caplog)
        if r.name == "bud" and r.levelno == logging.INFO and r.getMessage().startswith("retrying")
    ]


async def test_g_retry_log_lines_never_hold_the_key(
    flavor: Flavor,
    server: LocalServer,
    telemetry: Telemetry,
    caplog: pytest.LogCaptureFixture,
    delays: list[float],
) -> None:
    """Retries after a 503 that echoes the key in a header and its body, after a 429,
    and after a connect failure: each logged, none with the key."""
    echo = HTTPErrorReply(
        503, body={"error": {"message": f"bad key {API_KEY}"}}, headers={"X-Echo": API_KEY}
    )
    server.enqueue(echo, HTTPErrorReply(429, retry_after=0))
    client = flavor.client(max_retries=2)
    await flavor.call(client.responses.create(**PARAMS))
    down = make_client(flavor, API_KEY, f"http://127.0.0.1:{free_port()}", max_retries=1)
    err = await failure(flavor, lambda: down.responses.create(**PARAMS))
    lines = [r.getMessage() for r in retry_lines(caplog)]
    assert len(lines) == 3, lines
    assert all("POST /v1/responses" in line for line in lines), lines
    assert [line for line in lines if API_KEY in line] == []
    assert leaks(API_KEY, caplog, telemetry, err) == []


async def test_one_clients_key_never_redacts_another_clients_messages(flavor: Flavor) -> None:
    """Redaction is per request: a short key of one client ("ab") leaves the server's
    text in another client's errors whole, and is redacted in its own."""
    with LocalServer() as open_server:  # accepts any key
        short = make_client(flavor, "ab", open_server.base_url, max_retries=0)
        other = make_client(flavor, API_KEY, open_server.base_url, max_retries=0)
        open_server.enqueue(HTTPErrorReply(400, message="step ab failed"), times=2)
        theirs = await failure(flavor, lambda: other.responses.create(**PARAMS))
        mine = await failure(flavor, lambda: short.responses.create(**PARAMS))
    assert "step ab failed" in str(theirs)
    assert "step [REDACTED] failed" in str(mine)
