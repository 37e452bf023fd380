"""A lean runtime: `pip install bud-sdk` brings only the OpenTelemetry *API*.

The SDK and the OTLP exporter are the `otel` extra. Without them the client,
`track_responses()` and tracked calls work (tracing is the API's no-op), and a
`configure()` that would have to build providers logs one warning naming the
extra and leaves observability off. The no-SDK runs happen in a subprocess
whose import system refuses `opentelemetry.sdk` and `opentelemetry.exporter`,
exactly as an environment without the extra would.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import subprocess
import sys
import textwrap
from typing import Any

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

RUNTIME = {"httpx", "httpx-sse", "attrs", "opentelemetry-api"}
OTEL_EXTRA = {"opentelemetry-sdk", "opentelemetry-exporter-otlp-proto-http", "msgspec"}
EXTRA_HINT = "bud-sdk[otel]"
# a safety net against a hung process, not an assertion about speed
TIMEOUT = 120


def _requirements() -> list[Requirement]:
    return [Requirement(line) for line in importlib.metadata.requires("bud-sdk") or []]


def _names_for(extra: str | None) -> set[str]:
    names = set()
    for req in _requirements():
        if extra is None:
            if req.marker is None or "extra" not in str(req.marker):
                names.add(canonicalize_name(req.name))
        elif req.marker is not None and req.marker.evaluate({"extra": extra}):
            names.add(canonicalize_name(req.name))
    return names


# ----------------------------------------------------------------------------- metadata


def test_runtime_dependencies_are_only_the_lean_set() -> None:
    assert _names_for(None) == RUNTIME


def test_otel_extra_lists_the_sdk_and_the_exporter() -> None:
    assert _names_for("otel") == OTEL_EXTRA


def test_test_extra_brings_what_the_tests_read_spans_with() -> None:
    assert _names_for("test") >= OTEL_EXTRA


# ----------------------------------------------------------------------------- no SDK

# Runs before the body: refuses the `otel` extra's packages and records every
# WARNING (or worse) log line in WARNINGS.
PRELUDE = """
import importlib, json, logging, sys

BLOCKED = ("opentelemetry.sdk", "opentelemetry.exporter", "msgspec")

class _WithoutOtelExtra:
    @staticmethod
    def find_spec(name, path=None, target=None):
        if name in BLOCKED or name.startswith(tuple(b + "." for b in BLOCKED)):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, _WithoutOtelExtra)

class _Warnings(logging.Handler):
    def emit(self, record):
        WARNINGS.append(record.getMessage())

WARNINGS = []
logging.getLogger().addHandler(_Warnings(logging.WARNING))

def sdk_is_blocked():
    try:
        importlib.import_module("opentelemetry.sdk.trace")
    except ImportError:
        return True
    return False

def done(**result):
    result["sdk_blocked"] = sdk_is_blocked()
    result["sdk_loaded"] = sorted(m for m in sys.modules if m.startswith(BLOCKED))
    print(json.dumps(result))
"""


def _run_without_otel_extra(body: str) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BUD_", "OTEL_"))}
    proc = subprocess.run(
        [sys.executable, "-c", PRELUDE + textwrap.dedent(body)],
        capture_output=True,
        text=True,
        env=env,
        timeout=TIMEOUT,
    )
    assert proc.returncode == 0, proc.stderr
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    # the simulation held: nothing of the extra was importable, nothing was loaded
    assert result.pop("sdk_blocked") is True
    assert result.pop("sdk_loaded") == []
    return result


def test_client_and_tracked_calls_work_without_the_sdk() -> None:
    out = _run_without_otel_extra(
        """
        import asyncio
        import bud
        import bud.observability as obs
        from bud import AsyncBudClient, BudClient
        from bud.observability import track_responses
        from bud.testing import LocalServer, TextReply

        with LocalServer() as server:
            with BudClient(api_key="sk-test", base_url=server.base_url) as client:
                assert track_responses(client) is client
                server.enqueue(TextReply("plain answer"))
                text = client.responses.create(model="m", input="hi").output_text
                server.enqueue(TextReply("streamed answer", chunk_size=4))
                with client.responses.create(model="m", input="hi", stream=True) as stream:
                    deltas = [e.delta for e in stream if e.type == "response.output_text.delta"]

            async def run_async():
                async with AsyncBudClient(api_key="sk-test", base_url=server.base_url) as aclient:
                    track_responses(aclient)
                    server.enqueue(TextReply("async answer", chunk_size=5))
                    stream = await aclient.responses.create(model="m", input="hi", stream=True)
                    async with stream:
                        return [e.type async for e in stream][-1]

            last_async = asyncio.run(run_async())
            traceparent = "traceparent" in server.requests[-1].headers

        done(
            text=text,
            streamed="".join(deltas),
            last_async=last_async,
            traceparent=traceparent,
            tracer=type(obs.get_tracer()).__name__,
            warnings=WARNINGS,
        )
        """
    )
    assert out == {
        "text": "plain answer",
        "streamed": "streamed answer",
        "last_async": "response.completed",
        "traceparent": False,  # no-op tracing: nothing to propagate
        "tracer": "NoOpTracer",
        "warnings": [],
    }


def test_configure_without_the_sdk_warns_once_and_stays_off() -> None:
    out = _run_without_otel_extra(
        """
        from bud import BudClient
        from bud.observability import configure, is_configured, shutdown, track_responses
        from bud.testing import LocalServer, TextReply

        calls = []
        with LocalServer() as server:
            with BudClient(api_key="sk-test", base_url=server.base_url) as client:
                track_responses(client)
                for kwargs in (
                    {},
                    {"client": client},
                    {"mode": "create", "service_name": "svc"},
                    {"mode": "internal"},
                ):
                    WARNINGS.clear()
                    result = configure(**kwargs)
                    calls.append([result.mode.value, is_configured(), list(WARNINGS)])
                server.enqueue(TextReply("still answering"))
                text = client.responses.create(model="m", input="hi").output_text
                shutdown()
        done(calls=calls, text=text)
        """
    )
    assert out["text"] == "still answering"
    assert len(out["calls"]) == 4
    for mode, configured, warnings in out["calls"]:
        assert mode == "disabled"
        assert configured is False
        assert len(warnings) == 1, warnings
        assert EXTRA_HINT in warnings[0]
        assert "configure()" in warnings[0]


def test_attaching_to_given_providers_needs_no_sdk() -> None:
    out = _run_without_otel_extra(
        """
        from opentelemetry import metrics, trace
        from bud.observability import configure, is_configured, shutdown

        results = []
        for kwargs in (
            {"mode": "attach"},
            {"tracer_provider": trace.NoOpTracerProvider()},
            {"mode": "internal", "tracer_provider": trace.NoOpTracerProvider()},
            {
                "mode": "create",
                "tracer_provider": trace.NoOpTracerProvider(),
                "meter_provider": metrics.NoOpMeterProvider(),
            },
        ):
            result = configure(**kwargs)
            results.append([result.mode.value, is_configured()])
            shutdown()
        done(results=results, warnings=WARNINGS)
        """
    )
    assert out == {
        "results": [
            ["attach", True],
            ["attach", True],
            ["internal", True],
            ["create", True],
        ],
        "warnings": [],
    }


def test_sdk_based_names_import_and_explain_the_extra_when_used() -> None:
    out = _run_without_otel_extra(
        """
        from bud.observability import *  # every public name resolves
        import bud.observability as obs
        from bud.observability._console import SpanTreeCollector

        errors = {}
        for name, make in (
            ("baggage", obs.BaggageSpanProcessor),
            ("collector", SpanTreeCollector),
        ):
            try:
                make()
            except ImportError as exc:
                errors[name] = str(exc)
        done(errors=errors)
        """
    )
    assert set(out["errors"]) == {"baggage", "collector"}
    assert all(EXTRA_HINT in message for message in out["errors"].values())


def test_cli_trace_console_without_the_sdk_runs_untraced() -> None:
    out = _run_without_otel_extra(
        """
        import contextlib, io
        from bud.cli import main
        from bud.testing import LocalServer, TextReply

        stdout, stderr = io.StringIO(), io.StringIO()
        with LocalServer() as server:
            server.enqueue(TextReply("cli answer"))
            argv = ["responses", "create", "hi", "--model", "m", "--no-stream",
                    "--trace", "console", "--api-key", "sk-test", "--base-url", server.base_url]
            with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
                status = main(argv)
        done(status=status, stdout=stdout.getvalue(), stderr=stderr.getvalue())
        """
    )
    assert out["status"] == 0
    assert out["stdout"] == "cli answer\n"
    warning, *rest = out["stderr"].splitlines()
    assert warning.startswith("bud: warning: ")
    assert EXTRA_HINT in warning
    assert "trace:" not in out["stderr"]
    assert all(line.startswith("-- ") for line in rest if line)
