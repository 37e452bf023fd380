"""create/auto modes end to end: real OTLP/HTTP export to a loopback collector.

These run in a subprocess because ``create`` installs process-global
providers, which OpenTelemetry allows only once per process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

SECRET = "sk-collector-0123456789-secret"
CLIENT_SECRET = "sk-client-9876543210-secret"


@dataclass
class Received:
    path: str
    authorization: str | None
    body: bytes


class Collector:
    def __init__(self) -> None:
        self.requests: list[Received] = []
        collector = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                auth = self.headers.get("Authorization")
                collector.requests.append(Received(self.path, auth, body))
                self.send_response(200)
                self.send_header("Content-Type", "application/x-protobuf")
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def paths(self) -> set[str]:
        return {r.path for r in self.requests}


@pytest.fixture
def collector() -> Iterator[Collector]:
    c = Collector()
    c.thread.start()
    yield c
    c.server.shutdown()
    c.server.server_close()


def run_script(script: str, *args: str) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OTEL_", "BUD_OTEL_"))}
    proc = subprocess.run(
        [sys.executable, "-c", script, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert SECRET not in proc.stdout + proc.stderr
    assert CLIENT_SECRET not in proc.stdout + proc.stderr
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


CREATE_SCRIPT = f"""
import json, logging, sys
logging.basicConfig(level=logging.DEBUG)
from opentelemetry import trace, metrics
import bud.observability as obs
from bud.observability import _metrics, _state

config = obs.configure({SECRET!r}, mode="create", collector_endpoint=sys.argv[1],
                       service_name="svc-under-test")
with obs.get_tracer().start_as_current_span("work-span"):
    pass
_metrics.record_duration(0.5, {{"gen_ai.operation.name": "chat"}})
flushed = obs.flush()
out = {{
    "mode": config.mode.value,
    "configured": obs.is_configured(),
    "global_trace_is_bud": trace.get_tracer_provider() is _state.tracer_provider,
    "global_meter_is_bud": metrics.get_meter_provider() is _state.meter_provider,
    "flushed": flushed,
    "repr": repr(config),
}}
obs.shutdown()
print(json.dumps(out))
"""


def test_create_mode_exports_traces_and_metrics_with_bearer_key(collector: Collector) -> None:
    out = run_script(CREATE_SCRIPT, collector.url + "/")
    assert out["mode"] == "create"
    assert out["configured"] is True
    assert out["global_trace_is_bud"] is True
    assert out["global_meter_is_bud"] is True
    assert out["flushed"] is True
    assert {"/v1/traces", "/v1/metrics"} <= collector.paths()
    assert all(r.authorization == f"Bearer {SECRET}" for r in collector.requests)
    traces = b"".join(r.body for r in collector.requests if r.path == "/v1/traces")
    assert b"work-span" in traces and b"svc-under-test" in traces
    metrics_body = b"".join(r.body for r in collector.requests if r.path == "/v1/metrics")
    assert b"gen_ai.client.operation.duration" in metrics_body


AUTO_SCRIPT = f"""
import json, logging, sys
from types import SimpleNamespace
import httpx
logging.basicConfig(level=logging.DEBUG)
import bud.observability as obs

client = SimpleNamespace(base_url=httpx.URL(sys.argv[1]), api_key={CLIENT_SECRET!r})
config = obs.configure(client=client)
with obs.get_tracer().start_as_current_span("auto-span"):
    pass
obs.flush()
print(json.dumps({{"mode": config.mode.value, "endpoint": config.collector_endpoint}}))
obs.shutdown()
"""


def test_auto_without_app_provider_creates_and_exports_to_client_base_url(
    collector: Collector,
) -> None:
    out = run_script(AUTO_SCRIPT, collector.url)
    assert out == {"mode": "create", "endpoint": collector.url}
    spans = [r for r in collector.requests if r.path == "/v1/traces"]
    assert spans and all(r.authorization == f"Bearer {CLIENT_SECRET}" for r in spans)
    assert b"auto-span" in b"".join(r.body for r in spans)


CREATE_BESIDE_APP_SCRIPT = """
import json, sys
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
import bud.observability as obs

app_exporter = InMemorySpanExporter()
app_provider = TracerProvider()
app_provider.add_span_processor(SimpleSpanProcessor(app_exporter))
trace.set_tracer_provider(app_provider)

config = obs.configure(mode="create", collector_endpoint=sys.argv[1])
with obs.get_tracer().start_as_current_span("bud-span"):
    pass
obs.flush()
print(json.dumps({
    "mode": config.mode.value,
    "global_untouched": trace.get_tracer_provider() is app_provider,
    "app_spans": [s.name for s in app_exporter.get_finished_spans()],
}))
obs.shutdown()
"""


def test_create_never_displaces_the_applications_global_provider(collector: Collector) -> None:
    out = run_script(CREATE_BESIDE_APP_SCRIPT, collector.url)
    assert out == {"mode": "create", "global_untouched": True, "app_spans": []}
    traces = b"".join(r.body for r in collector.requests if r.path == "/v1/traces")
    assert b"bud-span" in traces
