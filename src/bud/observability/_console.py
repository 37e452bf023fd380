"""Spans kept in memory and printed as a tree: what `bud --trace console` and `make demo` show.

collector = SpanTreeCollector()
configure(mode="internal", tracer_provider=collector.provider)
...
print(collector.render())
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

# attributes worth a line in a terminal; the rest is in the exported spans
_SHOWN = (
    "gen_ai.operation.name",
    "gen_ai.request.model",
    "gen_ai.response.id",
    "gen_ai.response.model",
    "gen_ai.response.status",
    "gen_ai.usage.input_tokens",
    "gen_ai.usage.output_tokens",
    "bud.inference.chunks",
    "bud.inference.ttft_ms",
    "bud.inference.stream_completed",
    "gen_ai.response.finish_reasons",
    "http.request.method",
    "url.full",
    "http.response.status_code",
    "server.address",
    "server.port",
    "error.type",
)


class SpanTreeCollector:
    """A TracerProvider whose finished spans stay in memory, for printing."""

    def __init__(self) -> None:
        try:
            from opentelemetry.sdk.trace import TracerProvider
            from opentelemetry.sdk.trace.export import SimpleSpanProcessor
            from opentelemetry.sdk.trace.export.in_memory_span_exporter import (
                InMemorySpanExporter,
            )
        except ImportError as exc:
            raise ImportError(
                "the span tree needs the OpenTelemetry SDK; pip install 'bud-sdk[otel]'"
            ) from exc

        self.exporter = InMemorySpanExporter()
        self.provider = TracerProvider()
        self.provider.add_span_processor(SimpleSpanProcessor(self.exporter))

    def spans(self) -> Sequence[Any]:
        return self.exporter.get_finished_spans()

    def render(self) -> str:
        return render_span_tree(self.spans())


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.1f}"
    if isinstance(value, tuple | list):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return str(value)


def render_span_tree(spans: Iterable[Any]) -> str:
    """Spans as an indented tree, parents first, each with its main attributes."""
    spans = sorted(spans, key=lambda s: s.start_time or 0)
    ids = {s.context.span_id for s in spans}
    children: dict[int | None, list[Any]] = {}
    for span in spans:
        parent = span.parent.span_id if span.parent is not None else None
        children.setdefault(parent if parent in ids else None, []).append(span)
    lines: list[str] = []

    def walk(span: Any, depth: int) -> None:
        duration = ((span.end_time or 0) - (span.start_time or 0)) / 1e6
        status = span.status.status_code.name
        indent = "    " * depth
        lines.append(f"{indent}{'└── ' if depth else ''}{span.name}  [{status}, {duration:.1f} ms]")
        attrs = span.attributes or {}
        for key in _SHOWN:
            if key in attrs:
                lines.append(f"{indent}{'    ' if depth else ''}  {key} = {_fmt(attrs[key])}")
        for child in children.get(span.context.span_id, []):
            walk(child, depth + 1)

    for root in children.get(None, []):
        walk(root, 0)
    return "\n".join(lines)
