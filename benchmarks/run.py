"""Run the benchmarks and print bud-sdk against its peers as ratios measured in one run.

    python benchmarks/run.py                 # everything (about 10 minutes on 2 cores)
    python benchmarks/run.py --quick         # fewer repeats, smaller loads
    python benchmarks/run.py --only stream-text --only import
    python benchmarks/run.py --only stream-chat --only embeddings-parse
    python benchmarks/run.py --json out.json
    python benchmarks/run.py --list

Every figure is CPU time per operation (``time.process_time_ns``, minimum over repeats) unless
the row says otherwise; lower is better on both sides, and ``ratio = peer / bud``. Budgets come
from DESIGN.md. Nothing here fails on speed: the exit code is 0 unless ``--strict`` is given
and a budget is missed. A row whose bud side raises prints ``n/a (bud: <error>)`` and the run
goes on, so the peer side is measured even before the SDK exists.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import bench_parse  # noqa: E402
import harness  # noqa: E402
import peers_bud  # noqa: E402
import peers_openai  # noqa: E402
import sse_fixtures  # noqa: E402
from harness import Row  # noqa: E402


@dataclass
class Context:
    quick: bool
    text: bytes = field(default_factory=sse_fixtures.text_stream)
    mixed: bytes = field(default_factory=sse_fixtures.mixed_stream)
    response: bytes = field(default_factory=sse_fixtures.response_json)
    fixture_dir: Path = sse_fixtures.DATA_DIR

    @property
    def chat_deltas(self) -> int:
        return 100 if self.quick else sse_fixtures.CHAT_DELTAS

    @functools.cached_property
    def chat(self) -> bytes:
        return sse_fixtures.chat_stream(self.chat_deltas)

    @functools.cached_property
    def chat_base(self) -> bytes:
        """The chat stream without its content chunks: what any chat stream costs."""
        return sse_fixtures.chat_stream(0)

    @property
    def embedding_inputs(self) -> int:
        return 10 if self.quick else sse_fixtures.EMBEDDING_INPUTS

    @functools.cached_property
    def embeddings_float(self) -> bytes:  # built on first use (about a second for 100)
        return sse_fixtures.embeddings_json(self.embedding_inputs, encoding_format="float")

    @functools.cached_property
    def embeddings_base64(self) -> bytes:
        return sse_fixtures.embeddings_json(self.embedding_inputs, encoding_format="base64")

    @property
    def stream_repeats(self) -> int:
        return 2 if self.quick else 9

    @property
    def calls_per_repeat(self) -> int:
        return 30 if self.quick else 300

    @property
    def call_repeats(self) -> int:
        return 2 if self.quick else 9

    @property
    def import_repeats(self) -> int:
        return 3 if self.quick else 10

    @property
    def memory_calls(self) -> int:
        return 500 if self.quick else 10_000

    @property
    def concurrent_streams(self) -> int:
        return 50 if self.quick else 1000


def _error(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}".strip()
    return text.splitlines()[0] if text else type(exc).__name__


class Side:
    """Result of measuring one side of a row: a value or the error that stopped it."""

    def __init__(self, value: float | None = None, error: str | None = None, **details: Any):
        self.value = value
        self.error = error
        self.details = details

    @classmethod
    def of(cls, fn: Callable[[], float | tuple[float, dict[str, Any]]]) -> Side:
        try:
            out = fn()
        except Exception as exc:  # a side that fails is reported, never fatal
            if "-v" in sys.argv or "--verbose" in sys.argv:
                traceback.print_exc()
            return cls(error=_error(exc))
        if isinstance(out, tuple):
            return cls(out[0], **out[1])
        return cls(out)


def row(
    name: str,
    unit: str,
    bud: Side,
    peer: Side,
    budget: str = "",
    check: Callable[[Row], bool] | None = None,
    note: str = "",
) -> Row:
    return Row(
        name=name,
        unit=unit,
        bud=bud.value,
        peer=peer.value,
        budget=budget,
        check=check,
        bud_error=bud.error,
        peer_error=peer.error,
        note=note,
        details={"bud": bud.details, "peer": peer.details},
    )


per_op = harness.per_op


def ratio_at_least(x: float) -> Callable[[Row], bool]:
    return lambda r: r.ratio is not None and r.ratio >= x


# ---------------------------------------------------------------------------------------------
# Benchmarks. Each returns rows; the bud side and the peer side are measured alternately.


def bench_stream(ctx: Context, which: str) -> list[Row]:
    body = ctx.text if which == "text" else ctx.mixed
    reps = ctx.stream_repeats
    rows: list[Row] = []
    budget, check = ("≥ 7x", ratio_at_least(7.0)) if which == "text" else ("", None)
    for mode, bud_make, oa_make in (
        ("sync", peers_bud.make_stream_sync, peers_openai.make_stream_sync),
        ("async", peers_bud.make_stream_async, peers_openai.make_stream_async),
    ):
        bud = Side.of(lambda m=bud_make: per_op(lambda: m(body), reps))
        peer = Side.of(lambda m=oa_make: per_op(lambda: m(body), reps))
        rows.append(
            row(f"stream {which} {mode}: CPU/event (openai)", "µs", bud, peer, budget, check)
        )
    return rows


def _stream_cpu(make: Callable[[], Callable[[], int]], repeats: int, batch: int = 1) -> float:
    """Minimum CPU µs of one whole stream (``per_op`` counts per event; multiply back)."""
    op = make()
    try:
        events = op()
    except BaseException:
        close = getattr(op, "close", None)
        if callable(close):
            close()
        raise
    return per_op(lambda: op, repeats, batch) * events  # per_op closes it


def _per_chunk(
    make: Callable[[bytes], Callable[[], int]],
    body: bytes,
    base: bytes,
    chunks: int,
    repeats: int,
    batch: int,
) -> tuple[float, dict[str, Any]]:
    """CPU µs per chunk with the fixed per-request cost taken out: (CPU of ``body`` - CPU of
    ``base``, the same stream without its ``chunks`` content chunks) / ``chunks``."""
    full = _stream_cpu(lambda: make(body), repeats)
    fixed = _stream_cpu(lambda: make(base), repeats, batch)
    total = chunks + sse_fixtures.CHAT_FIXED_CHUNKS
    return (full - fixed) / chunks, {
        "stream_us": full,
        "fixed_us_per_stream": fixed,
        "amortized_us_per_chunk": full / total,
        "chunks": total,
    }


def bench_stream_chat(ctx: Context) -> list[Row]:
    """client.chat.completions.create(stream=True), each chunk's content read, per chunk."""
    reps, batch = ctx.stream_repeats, max(1, ctx.calls_per_repeat // 10)
    n = ctx.chat_deltas
    rows: list[Row] = []
    for mode, bud_make, oa_make in (
        ("sync", peers_bud.make_chat_stream_sync, peers_openai.make_chat_stream_sync),
        ("async", peers_bud.make_chat_stream_async, peers_openai.make_chat_stream_async),
    ):
        bud = Side.of(lambda m=bud_make: _per_chunk(m, ctx.chat, ctx.chat_base, n, reps, batch))
        peer = Side.of(lambda m=oa_make: _per_chunk(m, ctx.chat, ctx.chat_base, n, reps, batch))
        rows.append(
            row(
                f"stream chat {mode}: CPU/chunk (openai)",
                "µs",
                bud,
                peer,
                "≥ 3x",
                ratio_at_least(3.0),
                note=f"{n:,} content chunks + role, finish and usage chunks, [DONE]; "
                "per chunk = (CPU of the stream - CPU of the same stream without the content "
                "chunks) / content chunks; fixed cost per stream and the amortized figure "
                "in --json"
                if mode == "sync"
                else "",
            )
        )
    return rows


def _embeddings_side(
    peer: Any, body: bytes, encoding_format: str | None, n: int, repeats: int
) -> tuple[float, dict[str, Any]]:
    """CPU ms of one ``embeddings.create`` answered with ``body`` (``peer`` is ``peers_bud``
    or ``peers_openai``), after checking that the result holds ``n`` vectors as lists of
    floats: a base64 string left undecoded would be cheaper, and wrong."""
    result = peer.embeddings_create(peer.client_for(body), encoding_format, n)
    vectors = [item.embedding for item in result.data]
    dims = sse_fixtures.EMBEDDING_DIMENSIONS
    if len(vectors) != n or not all(
        isinstance(v, list) and len(v) == dims and type(v[0]) is float for v in vectors
    ):
        raise ValueError(f"embeddings not decoded to {dims} floats: {str(vectors[0])[:40]}")
    return per_op(lambda: peer.make_embeddings(body, encoding_format, n), repeats) / 1000, {}


def bench_embeddings_parse(ctx: Context) -> list[Row]:
    """client.embeddings.create on a 100 x 1,536 reply: the JSON read into the typed result."""
    reps, n = ctx.call_repeats, ctx.embedding_inputs
    shape = f"{n} x {sse_fixtures.EMBEDDING_DIMENSIONS:,}"
    rows: list[Row] = []

    def sides(body: bytes, bud_format: str, oa_format: str | None) -> tuple[Side, Side]:
        bud = Side.of(lambda: _embeddings_side(peers_bud, body, bud_format, n, reps))
        peer = Side.of(lambda: _embeddings_side(peers_openai, body, oa_format, n, reps))
        return bud, peer

    bud, peer = sides(ctx.embeddings_float, "float", "float")
    rows.append(
        row(
            f"embeddings {shape} floats: CPU/call",
            "ms",
            bud,
            peer,
            "≥ 1x",
            ratio_at_least(1.0),
            note="whole embeddings.create on a mock reply (compact JSON, shortest float32 "
            'decimals), encoding_format="float" on both sides',
        )
    )
    try:
        decoder = peers_openai.openai_decodes_with()
    except Exception as exc:  # openai not installed: its side says so
        decoder = _error(exc)
    # openai decodes base64 only when encoding_format is left out (it then asks for base64);
    # given explicitly it returns the string as sent
    bud, peer = sides(ctx.embeddings_base64, "base64", None)
    rows.append(
        row(
            f"embeddings {shape} base64: CPU/call",
            "ms",
            bud,
            peer,
            note=f'bud encoding_format="base64"; openai encoding_format left out (its default: '
            f"it asks for base64 and decodes; an explicit value is returned undecoded); "
            f"openai decodes with {decoder}",
        )
    )
    rows[-1].details["openai_decodes_with"] = decoder
    return rows


def bench_floor(ctx: Context) -> list[Row]:
    """bud against the floor: httpx + httpx-sse + json.loads, no typed events at all."""
    reps = ctx.stream_repeats
    rows: list[Row] = []
    for which, body in (("text", ctx.text), ("mixed", ctx.mixed)):
        bud = Side.of(lambda b=body: per_op(lambda: peers_bud.make_stream_sync(b), reps))
        floor = Side.of(lambda b=body: per_op(lambda: peers_openai.make_floor_sync(b), reps))
        rows.append(
            row(
                f"stream {which} sync: CPU/event (floor)",
                "µs",
                bud,
                floor,
                note="peer = httpx-sse + json.loads, untyped; a ratio near 1 means bud adds little"
                if which == "text"
                else "",
            )
        )
    return rows


def bench_response_parse(ctx: Context) -> list[Row]:
    body = ctx.response
    reps, batch = ctx.call_repeats, ctx.calls_per_repeat
    bud = Side.of(lambda: per_op(lambda: peers_bud.make_response_parse(body), reps, batch))
    peer = Side.of(lambda: per_op(lambda: peers_openai.make_response_parse(body), reps, batch))
    return [row("Response parse (json.loads + model)", "µs", bud, peer, "≥ 2x", ratio_at_least(2))]


def bench_request(ctx: Context) -> list[Row]:
    body = ctx.response
    reps, batch = ctx.call_repeats, ctx.calls_per_repeat
    rows = []
    for mode, bud_make, oa_make in (
        ("sync", peers_bud.make_request_sync, peers_openai.make_request_sync),
        ("async", peers_bud.make_request_async, peers_openai.make_request_async),
    ):
        bud = Side.of(lambda m=bud_make: per_op(lambda: m(body), reps, batch))
        peer = Side.of(lambda m=oa_make: per_op(lambda: m(body), reps, batch))
        rows.append(
            row(
                f"request {mode} (non-stream): CPU/call",
                "µs",
                bud,
                peer,
                "≥ 1.5x",
                ratio_at_least(1.5),
            )
        )
    return rows


def bench_import(ctx: Context) -> list[Row]:
    fixture = ctx.fixture_dir / "text_stream.sse"
    if not fixture.is_file():
        sse_fixtures.write(ctx.fixture_dir)
    reps = ctx.import_repeats

    def timing(code: str) -> tuple[float, dict[str, Any]]:
        t = harness.import_time(code, repeats=reps, importtime=True, top=5)
        return t.min_ms, t.as_dict()

    rows = []
    bud = Side.of(lambda: timing(peers_bud.IMPORT_CODE))
    peer = Side.of(lambda: timing(peers_openai.IMPORT_CODE))
    rows.append(row("import (wall, minus bare python)", "ms", bud, peer))
    bud = Side.of(lambda: timing(peers_bud.first_event_code(fixture)))
    peer = Side.of(lambda: timing(peers_openai.first_event_code(fixture)))
    top = peer.details.get("importtime_top") or []
    note = "openai's costliest imports: " + ", ".join(
        f"{m} {us / 1000:.0f} ms" for m, us in top[:3]
    )
    rows.append(
        row(
            "import + first stream event (wall)",
            "ms",
            bud,
            peer,
            "≥ 3.3x",
            ratio_at_least(1 / 0.3),
            note=note if top else "",
        )
    )
    return rows


def _overhead(
    make_plain: Callable[[], Callable[[], int]],
    make_traced: Callable[[], Callable[[], int]],
    repeats: int,
    batch: int,
    rounds: int = 3,
    also: dict[str, Callable[[], Callable[[], int]]] | None = None,
) -> tuple[float, dict[str, Any]]:
    """CPU µs per unit added by tracing: min(traced) - min(plain), measured alternately.

    *also*: more operations measured in the same rounds; their minimums are in the
    details as ``<name>_us``.
    """
    also = also or {}
    times: dict[str, list[float]] = {"plain": [], "traced": [], **{name: [] for name in also}}
    makers = {"plain": make_plain, "traced": make_traced, **also}
    for _ in range(rounds):
        for name, make in makers.items():
            times[name].append(per_op(make, repeats, batch))
    details = {f"{name}_us": min(values) for name, values in times.items()}
    return details["traced_us"] - details["plain_us"], details


def _child(function: str, key: str, **kwargs: Any) -> tuple[float, dict[str, Any]]:
    """An OpenLLMetry measurement in a fresh process (it cannot be uninstrumented)."""
    result = peers_openai.call_in_child("peers_openai", function, **kwargs)
    return float(result[key]), result


def bench_tracing(ctx: Context) -> list[Row]:
    """track_responses against OpenLLMetry: CPU added per call and per stream event."""
    reps, batch = ctx.call_repeats, ctx.calls_per_repeat
    sreps = ctx.stream_repeats
    body, text = ctx.response, ctx.text

    def bud_call() -> tuple[float, dict[str, Any]]:
        tracking = peers_bud.Tracking()

        def traced() -> Callable[[], int]:
            client = tracking.track(peers_bud.bud_client(body, "application/json"))
            return peers_openai.with_clear(
                peers_bud.make_request_sync(body, client), tracking.clear
            )

        def plain() -> Callable[[], int]:
            peers_bud.observability_off()
            return peers_bud.make_request_sync(body)

        def plain_then_floor() -> Callable[[], int]:
            call, floor = plain(), peers_bud.make_span_floor()

            def op() -> int:  # one untraced call, then the two floor spans: one unit
                call()
                floor()
                return 1

            return op

        value, details = _overhead(
            plain,
            traced,
            reps,
            batch,
            also={"floor": peers_bud.make_span_floor, "plain_floor": plain_then_floor},
        )
        tracking.clear()
        client = tracking.track(peers_bud.bud_client(body, "application/json"))
        peers_bud.make_request_sync(body, client)()
        return value, {**details, "spans_per_op": tracking.span_count()}

    def bud_event() -> tuple[float, dict[str, Any]]:
        tracking = peers_bud.Tracking()

        def traced() -> Callable[[], int]:
            client = tracking.track(peers_bud.bud_client(text))
            return peers_openai.with_clear(peers_bud.make_stream_sync(text, client), tracking.clear)

        def plain() -> Callable[[], int]:
            peers_bud.observability_off()
            return peers_bud.make_stream_sync(text)

        value, details = _overhead(plain, traced, sreps, 1)
        tracking.clear()
        peers_bud.make_stream_sync(text, tracking.track(peers_bud.bud_client(text)))()
        return value, {**details, "spans_per_op": tracking.span_count()}

    bud = Side.of(bud_call)
    peer = Side.of(
        lambda: _child(
            "openllmetry_overhead", "overhead_us", kind="call", repeats=reps, batch=batch
        )
    )
    floor = bud.details.get("floor_us")
    plain_floor, plain_us = bud.details.get("plain_floor_us"), bud.details.get("plain_us")
    in_call = plain_floor - plain_us if plain_floor and plain_us else None

    def over(side: Side, base: float | None) -> Side:
        if side.value is None or not base or base <= 0:
            return Side(error=side.error or "no floor")
        return Side(side.value / base)

    def floor_row(where: str, base: float | None, note: str) -> Row:
        return row(
            f"tracing overhead ÷ span floor, {where}",
            "x",
            over(bud, base),
            over(peer, base),
            "bud ≤ 1.5",
            lambda r: r.bud is not None and r.bud <= 1.5,
            note=note if base else "",
        )

    rows = [
        row(
            "tracing overhead: CPU/non-stream call",
            "µs",
            bud,
            peer,
            "bud < peer",
            lambda r: r.bud is not None and r.peer is not None and r.bud < r.peer,
            note="peer = opentelemetry-instrumentation-openai (OpenLLMetry) on openai, in a "
            "fresh process; overhead = traced - plain; SDK TracerProvider, in-memory exporter",
        ),
        floor_row(
            "alone",
            floor,
            f"span floor = two nested spans of 20 attributes, ended and exported to memory, "
            f"in a loop of their own: {floor or 0:.1f} µs in this run (peer column: "
            "OpenLLMetry's overhead ÷ the same floor)",
        ),
        floor_row(
            "in a call",
            in_call,
            "the same two spans added to an untraced bud call: (call + spans) - call = "
            f"{in_call or 0:.1f} µs in this run. Alone, in a hot loop, they run at a pace no "
            "traced call can (caches and branch predictors hold nothing else)",
        ),
    ]
    bud = Side.of(bud_event)
    peer = Side.of(
        lambda: _child("openllmetry_overhead", "overhead_us", kind="stream", repeats=sreps, batch=1)
    )
    rows.append(
        row(
            "tracing overhead: CPU/stream event",
            "µs",
            bud,
            peer,
            "bud ≤ 0.4 µs",
            lambda r: r.bud is not None and r.bud <= 0.4,
        )
    )
    return rows


def bench_memory(ctx: Context) -> list[Row]:
    """Python memory still allocated after N traced calls (exporter cleared after each)."""
    calls = ctx.memory_calls
    body = ctx.response
    small_stream = sse_fixtures.text_stream(20)
    rows = []

    def bud_retained(stream: bool) -> tuple[float, dict[str, Any]]:
        tracking = peers_bud.Tracking()
        if stream:
            client = tracking.track(peers_bud.bud_client(small_stream, unique_ids=True))
            op: Callable[[], int] = peers_bud.make_stream_sync(small_stream, client)
        else:
            client = tracking.track(peers_bud.bud_client(body, "application/json", unique_ids=True))
            op = peers_bud.make_request_sync(body, client)
        r = harness.retained_memory(op, calls=calls, between=tracking.clear)
        return r.bytes_per_call, r.as_dict()

    for stream in (False, True):
        kind = "stream (28 events)" if stream else "non-stream call"
        bud = Side.of(lambda s=stream: bud_retained(s))
        peer = Side.of(
            lambda s=stream: _child(
                "openllmetry_retained",
                "bytes_per_call",
                kind="stream" if s else "call",
                calls=calls,
            )
        )
        rows.append(
            row(
                f"memory retained per traced {kind}, {calls} calls",
                "B",
                bud,
                peer,
                "bud ~0 (< 1 B/call)",
                lambda r: r.bud is not None and r.bud < 1.0,
                note="tracemalloc net growth / calls; each answer has a fresh response id; "
                "peer = OpenLLMetry (fresh process); plain openai's own growth is in --json"
                if not stream
                else "",
            )
        )
    return rows


def bench_concurrency(ctx: Context) -> list[Row]:
    """N concurrent async streams against a local HTTP server, each client in a fresh process."""
    n = ctx.concurrent_streams
    rows = []
    with peers_openai.sse_server(deltas=200) as url:
        results: dict[str, dict[str, Any]] = {}
        sides: dict[str, Side] = {}
        for side, module in (("bud", "peers_bud"), ("peer", "peers_openai")):
            try:
                one = peers_openai.run_in_child(module, url, 1)
                many = peers_openai.run_in_child(module, url, n)
                results[side] = {"one": one, "many": many}
                sides[side] = Side(many["cpu_us_per_event"], **many)
            except Exception as exc:
                sides[side] = Side(error=_error(exc))
    bud, peer = sides["bud"], sides["peer"]
    rows.append(
        row(
            f"{n} concurrent async streams: CPU/event",
            "µs",
            bud,
            peer,
            note="client CPU only (server in its own process); 208 events per stream",
        )
    )

    def penalty(side: str) -> Side:
        if side not in results:
            return Side(error=sides[side].error)
        one, many = results[side]["one"], results[side]["many"]
        return Side(many["cpu_us_per_event"] / one["cpu_us_per_event"])

    rows.append(
        row(
            f"{n} streams vs 1: CPU/event factor",
            "x",
            penalty("bud"),
            penalty("peer"),
            "bud ≤ 1.2",
            lambda r: r.bud is not None and r.bud <= 1.2,
        )
    )

    def field_side(side: str, key: str, scale: float = 1.0) -> Side:
        if side not in results:
            return Side(error=sides[side].error)
        return Side(results[side]["many"][key] * scale)

    rows.append(
        row(
            f"{n} streams: errors",
            "",
            field_side("bud", "errors"),
            field_side("peer", "errors"),
            "bud 0",
            lambda r: r.bud == 0,
        )
    )
    rows.append(
        row(
            f"{n} streams: peak RSS growth",
            "MiB",
            field_side("bud", "peak_rss_growth_kib", 1 / 1024),
            field_side("peer", "peak_rss_growth_kib", 1 / 1024),
        )
    )
    rows.append(
        row(
            f"{n} streams: wall time (events/s in --json)",
            "s",
            field_side("bud", "wall_s"),
            field_side("peer", "wall_s"),
        )
    )
    return rows


BENCHMARKS: dict[str, Callable[[Context], list[Row]]] = {
    "floor": bench_floor,
    "stream-text": lambda ctx: bench_stream(ctx, "text"),
    "stream-mixed": lambda ctx: bench_stream(ctx, "mixed"),
    "stream-chat": bench_stream_chat,
    "embeddings-parse": bench_embeddings_parse,
    "response-parse": bench_response_parse,
    "parse": bench_parse.bench_parse,
    "request": bench_request,
    "import": bench_import,
    "tracing": bench_tracing,
    "memory": bench_memory,
    "concurrency": bench_concurrency,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="bud-sdk benchmarks: ratios against peers")
    parser.add_argument(
        "--only",
        action="append",
        metavar="NAME",
        help="run only this benchmark (repeatable); see --list",
    )
    parser.add_argument("--quick", action="store_true", help="fewer repeats, smaller loads")
    parser.add_argument("--json", metavar="PATH", help="also write the rows as JSON")
    parser.add_argument("--list", action="store_true", help="list benchmark names and exit")
    parser.add_argument("--strict", action="store_true", help="exit 1 if a budget is missed")
    parser.add_argument("-v", "--verbose", action="store_true", help="print tracebacks")
    args = parser.parse_args(argv)

    if args.list:
        print("\n".join(BENCHMARKS))
        return 0
    names = args.only or list(BENCHMARKS)
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}; try --list")

    ctx = Context(quick=args.quick)
    rows: list[Row] = []
    for name in names:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        try:
            rows.extend(BENCHMARKS[name](ctx))
        except Exception as exc:  # one broken benchmark never hides the others
            traceback.print_exc()
            rows.append(
                Row(
                    name=name,
                    unit="",
                    bud=None,
                    peer=None,
                    bud_error=_error(exc),
                    peer_error=_error(exc),
                )
            )
        if name in ("tracing", "memory"):
            with contextlib.suppress(Exception):
                peers_bud.observability_off()
        gc.collect()

    print(harness.format_table(rows))
    if args.json:
        harness.write_json(args.json, rows, {"quick": args.quick, "benchmarks": names})
    missed = [r.name for r in rows if r.ok is False]
    if missed:
        print(f"\nbudgets missed: {', '.join(missed)}", file=sys.stderr)
    return 1 if (args.strict and missed) else 0


if __name__ == "__main__":
    raise SystemExit(main())
