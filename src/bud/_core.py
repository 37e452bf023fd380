"""The request path's pure core: configuration, request building, response mapping.

Nothing here does I/O. `_transport.py` sends what this builds, with the sync or
async httpx client; the resources parse what it returns.
"""

from __future__ import annotations

import json
import math
import os
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

import httpx

from bud import _redact
from bud._version import __version__
from bud.exceptions import APIStatusError, ConfigurationError, InvalidResponseError, status_error

if TYPE_CHECKING:
    from bud._operations import Call

DEFAULT_TIMEOUT = httpx.Timeout(timeout=600.0, connect=10.0, write=60.0, pool=30.0)
"""Long reads by default: a reasoning model may think for minutes before the first byte."""
DEFAULT_MAX_RETRIES = 2
DEFAULT_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)

_NOT_GIVEN: Any = object()


class RequestOptions(TypedDict, total=False):
    """Per-call options every method takes."""

    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    timeout: float | httpx.Timeout | None
    max_retries: int | None


OPTION_NAMES = frozenset(RequestOptions.__annotations__)


def _json_default(value: Any) -> Any:
    # generated models (attrs) serialise through their own to_dict
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def encode_json(body: Mapping[str, Any], *, what: str) -> bytes:
    """Serialise *body* as strict JSON. A value that cannot be sent raises TypeError
    naming its field; NaN or an infinity (not JSON) raises ValueError."""
    try:
        return json.dumps(body, ensure_ascii=False, allow_nan=False, default=_json_default).encode()
    except (TypeError, ValueError) as exc:
        for name, value in body.items():
            try:
                json.dumps(value, allow_nan=False, default=_json_default)
            except ValueError:
                raise ValueError(
                    f"{what}: parameter {name!r} holds NaN or an infinity, which JSON cannot carry"
                ) from None
            except TypeError as field_exc:
                raise TypeError(
                    f"{what}: parameter {name!r} is not JSON-serialisable: {field_exc}"
                ) from None
        raise TypeError(f"{what}: body is not JSON-serialisable: {exc}") from None


def check_api_key(api_key: object) -> str:
    """The key as it will be sent: surrounding whitespace stripped, and nothing a
    header cannot carry. The error never shows the key."""
    if not isinstance(api_key, str):
        raise ConfigurationError(f"api_key must be a string, got {type(api_key).__name__}")
    key = api_key.strip()
    if not key:
        raise ConfigurationError("The API key is empty (or only whitespace)")
    bad = next((c for c in key if not 0x21 <= ord(c) <= 0x7E), None)
    if bad is not None:
        what = (
            "a control character"
            if ord(bad) < 0x20 or ord(bad) == 0x7F
            else ("a space" if bad == " " else "a non-ASCII character")
        )
        raise ConfigurationError(
            f"The API key contains {what}, which an HTTP header cannot carry "
            "(was it read from a file with extra characters?)"
        )
    return key


def normalise_base_url(base_url: str | httpx.URL) -> httpx.URL:
    """The gateway root: no trailing slash and no `/v1` (paths carry it)."""
    text = str(base_url).strip().rstrip("/")
    if text.endswith("/v1"):
        text = text[: -len("/v1")]
    try:
        url = httpx.URL(text)
    except httpx.InvalidURL:
        url = None
    if url is None or url.scheme not in ("http", "https") or not url.host:
        shown = _redact.redact_url(url) if url is not None else "an invalid URL"
        raise ConfigurationError(f"base_url must be an http(s) URL with a host, got {shown!r}")
    if url.userinfo:
        # httpx would turn them into Basic auth, replacing the API key's Bearer token
        raise ConfigurationError(
            "base_url must not carry credentials (user:password@): the gateway "
            f"authenticates with api_key; got {_redact.redact_url(url)!r}"
        )
    return url


class ClientCore:
    """What a client knows: where to send, how to authenticate, how long to wait."""

    __slots__ = (
        "__weakref__",
        "_api_key",
        "base_url",
        "default_headers",
        "max_retries",
        "model",
        "retry_sent_requests",
        "timeout",
    )

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | httpx.URL | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        retry_sent_requests: bool = False,
        model: str | None = None,
    ) -> None:
        api_key = api_key if api_key is not None else os.environ.get("BUD_API_KEY")
        if not api_key:
            raise ConfigurationError(
                "No API key: pass api_key=... or set the BUD_API_KEY environment variable"
            )
        base_url = base_url if base_url is not None else os.environ.get("BUD_BASE_URL")
        if not base_url:
            raise ConfigurationError(
                "No base URL: pass base_url=... or set the BUD_BASE_URL environment variable"
            )
        if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
            raise ConfigurationError(f"max_retries must be an int >= 0, got {max_retries!r}")
        self._api_key = check_api_key(api_key)
        self.base_url = normalise_base_url(base_url)
        _redact.register(self, self._api_key, *_redact.url_secrets(self.base_url))
        self.timeout = as_timeout(timeout)
        self.max_retries = max_retries
        self.default_headers = dict(default_headers or {})
        model = model if model is not None else os.environ.get("BUD_MODEL")
        if model is not None and not isinstance(model, str):
            raise ConfigurationError(f"model must be a string, got {type(model).__name__}")
        # the model `create` uses when none is given, and sub-routes name in x-model-name
        self.model = model.strip() or None if model else None
        # a POST the server received is resent after a transport failure only when the
        # caller says the gateway honours Idempotency-Key
        self.retry_sent_requests = bool(retry_sent_requests)

    @property
    def api_key(self) -> str:
        return self._api_key

    def __repr__(self) -> str:
        return f"ClientCore(base_url={_redact.redact_url(self.base_url)!r}, api_key='[REDACTED]')"

    def build_request(self, client: httpx.Client | httpx.AsyncClient, call: Call) -> httpx.Request:
        """The HTTP request of a prepared operation call (see `_operations`)."""
        options = self.options_for(call)
        body, method, what = call.body, call.operation.method, call.what
        extra_body = options.get("extra_body")
        if extra_body:
            body = {**(body or {}), **extra_body}
        headers = {
            "Authorization": f"Bearer {self._api_key}",
            "Accept": "text/event-stream" if call.stream else "application/json",
            "User-Agent": f"bud-sdk/{__version__}",
            **self.default_headers,
        }
        content = None
        if body is not None:
            content = encode_json(body, what=what)
            headers["Content-Type"] = "application/json"
        extra_headers = options.get("extra_headers")
        if extra_headers:
            headers.update(extra_headers)
        if method == "POST" and not any(k.lower() == "idempotency-key" for k in headers):
            # one key per call, the same on every attempt: a gateway that honours it
            # answers a resent POST without generating the answer twice
            headers["Idempotency-Key"] = f"bud-{uuid.uuid4().hex}"
        query = {k: v for k, v in (call.query or {}).items() if v is not None}
        extra_query = options.get("extra_query")
        if extra_query:
            query.update(extra_query)
        timeout = options.get("timeout")
        return client.build_request(
            method,
            # base URLs with a path prefix (a gateway behind /api) keep it
            self.base_url.copy_with(path=self.base_url.path.rstrip("/") + call.path),
            params=_encode_query(query) if query else None,
            headers=headers,
            content=content,
            timeout=self.timeout if timeout is None else as_timeout(timeout),
        )

    def options_for(self, call: Call) -> RequestOptions:
        """*call*'s options, plus the `x-model-name` header the gateway's sub-routes
        (retrieve, delete, cancel, input_items) pick their model by."""
        model = call.model or (self.model if call.operation.path_params else None)
        if model is None:
            given: RequestOptions = call.options
            return given
        options: RequestOptions = call.options.copy()
        options["extra_headers"] = {"x-model-name": model, **(options.get("extra_headers") or {})}
        return options

    def retries_for(self, options: RequestOptions | None) -> int:
        value = (options or {}).get("max_retries")
        if value is None:
            return self.max_retries
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise TypeError(f"max_retries must be an int >= 0, got {value!r}")
        return value

    def error_for(self, response: httpx.Response) -> APIStatusError:
        """The exception for an error response whose body has been read."""
        text = response.text  # decoded by the declared charset: text/plain JSON included
        try:
            body: Any = json.loads(text)
        except ValueError:
            body = text or None
        return status_error(response, body, request_id=request_id_of(response))


def _encode_query(query: Mapping[str, Any]) -> list[tuple[str, str | int | float | bool | None]]:
    pairs: list[tuple[str, str | int | float | bool | None]] = []
    for key, value in query.items():
        values = value if isinstance(value, list | tuple) else [value]
        for item in values:
            text = ("true" if item else "false") if isinstance(item, bool) else str(item)
            pairs.append((key, text))  # arrays explode: include=a&include=b
    return pairs


def as_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, httpx.Timeout):
        return value
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value <= 0
    ):
        raise TypeError(f"timeout must be a positive number or httpx.Timeout, got {value!r}")
    # one number bounds every phase, as in httpx, but connecting never waits longer than reading
    return httpx.Timeout(float(value))


def request_id_of(response: httpx.Response) -> str | None:
    found: str | None = response.headers.get("x-request-id") or response.headers.get("request-id")
    return found


def parse_json(response: httpx.Response) -> Any:
    """The JSON body of a successful response, or InvalidResponseError holding the text."""
    try:
        return json.loads(response.content)
    except ValueError:
        text = response.text  # raw, as on err.response; only the message is redacted
        shown = _redact.redact(text, _redact.response_secrets(response))[:200]
        raise InvalidResponseError(
            f"Expected a JSON body from {response.request.method} {response.request.url.path}"
            f" (status {response.status_code}), got {shown!r}",
            response=response,
            text=text,
        ) from None


def parse_model(response: httpx.Response, model: Any) -> Any:
    """Parse a successful JSON response into the generated *model* class."""
    data = parse_json(response)
    if not isinstance(data, dict):
        raise InvalidResponseError(
            f"Expected a JSON object for {model.__name__}, got {type(data).__name__}",
            response=response,
            text=response.text,
        )
    try:
        return model.from_dict(data)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise InvalidResponseError(
            f"Could not read the {model.__name__} the gateway sent: {exc}",
            response=response,
            text=response.text,
        ) from exc
