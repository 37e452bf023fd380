"""The bud.observability package surface: __all__, lazy names, import cost."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
import types

import pytest

import bud.observability as obs
from bud.observability import _track

SPEC_ALL = {
    "configure",
    "shutdown",
    "is_configured",
    "get_tracer",
    "get_meter",
    "extract_context",
    "inject_context",
    "extract_from_request",
    "create_traced_span",
    "get_current_span",
    "instrument_fastapi",
    "instrument_httpx",
    "ObservabilityConfig",
    "ObservabilityMode",
    "BaggageSpanProcessor",
    "TracedStream",
    "track",
    "track_chat_completions",
    "track_responses",
}


def test_all_is_the_spec_list_plus_flush_and_track_inference() -> None:
    # flush(): BASELINE.md; track_inference(): every inference route at once (issue 12)
    assert set(obs.__all__) == SPEC_ALL | {"flush", "track_inference"}
    assert len(obs.__all__) == len(set(obs.__all__))


def test_patch_points_are_real_module_attributes() -> None:
    # The spec's tests patch these; __getattr__-only names could not be patched.
    assert "get_tracer" in vars(obs)
    assert "create_traced_span" in vars(obs)
    assert inspect.isfunction(vars(_track)["_is_noop"])


def test_lazy_names_point_at_the_agreed_modules() -> None:
    agreed = {
        "track": "bud.observability._track",
        "track_chat_completions": "bud.observability._inference_tracker",
        "track_responses": "bud.observability._responses_tracker",
        "TracedStream": "bud.observability._stream",
        "instrument_httpx": "bud.observability._httpx_hooks",
        "instrument_fastapi": "bud.observability._fastapi",
        "BaggageSpanProcessor": "bud.observability._baggage",
    }
    assert {name: obs._LAZY[name] for name in agreed} == agreed
    # every public name is served lazily, so importing the package loads no OpenTelemetry
    assert set(obs.__all__) <= set(obs._LAZY)


def test_lazy_attribute_is_loaded_from_its_module_and_cached(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = types.ModuleType("bud.observability._responses_tracker")

    def track_responses(client: object) -> object:
        return client

    fake.track_responses = track_responses  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "bud.observability._responses_tracker", fake)
    monkeypatch.delitem(vars(obs), "track_responses", raising=False)
    try:
        assert obs.track_responses is track_responses
        assert vars(obs)["track_responses"] is track_responses
    finally:
        vars(obs).pop("track_responses", None)


def test_own_lazy_names_resolve() -> None:
    from bud.observability._baggage import BaggageSpanProcessor
    from bud.observability._fastapi import instrument_fastapi
    from bud.observability._track import track

    assert obs.track is track
    assert obs.instrument_fastapi is instrument_fastapi
    assert obs.BaggageSpanProcessor is BaggageSpanProcessor


def test_unknown_attribute_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = obs.no_such_name  # type: ignore[attr-defined]
    assert "track_responses" in dir(obs)


IMPORT_SCRIPT = """
import json, sys
import bud.observability as obs
PREFIXES = ("opentelemetry.sdk", "opentelemetry.exporter")
heavy = lambda: sorted(m for m in sys.modules if m.startswith(PREFIXES))
after_import = heavy()
from bud.observability._track import _is_noop
noop = _is_noop()
obs.track, obs.instrument_fastapi
after_lazy = heavy()
tracer_type = type(obs.get_tracer()).__name__
obs.BaggageSpanProcessor
print(json.dumps({"after_import": after_import, "after_lazy": after_lazy, "noop": noop,
                  "tracer": tracer_type,
                  "sdk_after_baggage": "opentelemetry.sdk.trace" in sys.modules}))
"""


def test_import_does_not_load_the_sdk_or_exporters() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", IMPORT_SCRIPT], capture_output=True, text=True, check=True
    )
    out = json.loads(proc.stdout)
    assert out["after_import"] == []
    assert out["after_lazy"] == []
    assert out["noop"] is True
    assert out["tracer"] == "NoOpTracer"
    # The one SDK-based public name loads the SDK, and only when accessed.
    assert out["sdk_after_baggage"] is True
