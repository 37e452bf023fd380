"""Error bodies in the two dialects the server speaks: OpenAI's and the Bud gateway's."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def error_body(
    message: str, error_type: str, param: str | None = None, code: str | None = None
) -> dict[str, Any]:
    return {"error": {"message": message, "type": error_type, "param": param, "code": code}}


class ApiError(Exception):
    """An error in OpenAI's shape: ``{"error": {"message", "type", "param", "code"}}``."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        error_type: str = "invalid_request_error",
        param: str | None = None,
        code: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.body = error_body(message, error_type, param, code)


class GatewayApiError(Exception):
    """An error in one of the gateway's own body shapes (``body`` is sent as it is)."""

    def __init__(self, status: int, body: Any) -> None:
        super().__init__(str(body))
        self.status = status
        self.body = body


def gateway_string_error(status: int, message: str) -> GatewayApiError:
    """The gateway's handler errors: ``{"error": "<string>"}``."""
    return GatewayApiError(status, {"error": message})


def gateway_auth_error(status: int, message: str) -> GatewayApiError:
    """The gateway's auth layer: ``{"error": {"message", "type", "code": <int>}}``."""
    error = {"message": message, "type": "invalid_request_error", "code": status}
    return GatewayApiError(status, {"error": error})


# --- request checks shared by the routes: each failure is a 400 -------------------


def missing(param: str) -> ApiError:
    return ApiError(
        400,
        f"Missing required parameter: '{param}'.",
        param=param,
        code="missing_required_parameter",
    )


def require_model(body: Mapping[str, Any]) -> None:
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise missing("model")


def invalid(param: str, message: str, code: str = "invalid_value") -> ApiError:
    """A 400 naming the request field at fault."""
    return ApiError(400, message, param=param, code=code)


def int_field(body: Mapping[str, Any], name: str, most: int | None = None) -> int | None:
    """An optional integer field of at least 1 (and at most ``most``)."""
    value = body.get(name)
    if value is None:
        return None
    if (
        not isinstance(value, int)
        or isinstance(value, bool)
        or value < 1
        or (most is not None and value > most)
    ):
        upper = "" if most is None else f" and at most {most}"
        raise invalid(name, f"Invalid '{name}': expected an integer of at least 1{upper}.")
    return value
