"""Measurement helpers for the benchmarks: CPU and wall time, retained memory, import time.

Everything here measures; nothing asserts. Budgets are checked as ratios between bud-sdk and a
peer measured in the same run, on the same machine, on the same recorded bytes.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Timing:
    """Per-operation cost over ``repeats`` timed runs of ``ops`` operations each, in µs."""

    cpu_min_us: float
    cpu_median_us: float
    wall_min_us: float
    wall_median_us: float
    repeats: int
    ops: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def measure(
    fn: Callable[[], object],
    *,
    ops: int = 1,
    repeats: int = 7,
    warmup: int = 1,
) -> Timing:
    """Time ``fn`` ``repeats`` times; each call counts as ``ops`` operations.

    CPU time is ``time.process_time_ns`` (all threads of this process), wall time is
    ``perf_counter_ns``. A full collection runs before each timed call and the collector is off
    during it, so one run does not pay for another's garbage.
    """
    for _ in range(warmup):
        fn()
    cpu: list[float] = []
    wall: list[float] = []
    gc_was_enabled = gc.isenabled()
    try:
        for _ in range(repeats):
            gc.collect()
            gc.disable()
            c0 = time.process_time_ns()
            w0 = time.perf_counter_ns()
            fn()
            w1 = time.perf_counter_ns()
            c1 = time.process_time_ns()
            gc.enable()
            cpu.append((c1 - c0) / 1000 / ops)
            wall.append((w1 - w0) / 1000 / ops)
    finally:
        if gc_was_enabled:
            gc.enable()
    return Timing(
        cpu_min_us=min(cpu),
        cpu_median_us=statistics.median(cpu),
        wall_min_us=min(wall),
        wall_median_us=statistics.median(wall),
        repeats=repeats,
        ops=ops,
    )


def per_op(make: Callable[[], Callable[[], int]], repeats: int, batch: int = 1) -> float:
    """Minimum CPU µs per unit of work of the operation ``make()`` returns.

    The operation returns how many units one call is (events for a stream, 1 for a request);
    ``batch`` calls are timed together, so short operations are not lost in timer resolution.
    The operation's ``close()``, if it has one, is called at the end.
    """
    op = make()
    try:
        units = op()  # warm-up, and the number of units per call
        if batch > 1:

            def run_batch() -> int:
                for _ in range(batch):
                    op()
                return units * batch

            t = measure(run_batch, ops=units * batch, repeats=repeats, warmup=0)
        else:
            t = measure(op, ops=units, repeats=repeats, warmup=0)
        return t.cpu_min_us
    finally:
        close = getattr(op, "close", None)
        if callable(close):
            close()


@dataclass(frozen=True)
class Retained:
    """Memory still allocated after ``calls`` calls, the state after warm-up counting as zero.

    ``bytes_per_call`` is the steady-state slope: growth over the second half of the calls
    divided by their number, so a bounded cache filled early (``re``, ``functools.lru_cache``)
    does not read as a leak, while a per-call leak shows at full size.
    """

    calls: int
    traced_bytes: int  # tracemalloc: net Python allocations alive after all calls
    second_half_bytes: int
    bytes_per_call: float
    rss_growth_kib: int  # current RSS after minus before; coarse

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def rss_kib() -> int:
    """Current resident set size in KiB (Linux /proc; falls back to the peak)."""
    try:
        with open(f"/proc/{os.getpid()}/statm") as fh:
            pages = int(fh.read().split()[1])
        return pages * (os.sysconf("SC_PAGE_SIZE") // 1024)
    except (OSError, ValueError, IndexError):
        return peak_rss_kib()


def peak_rss_kib() -> int:
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def retained_memory(
    fn: Callable[[], object],
    *,
    calls: int = 10_000,
    warmup: int = 200,
    between: Callable[[], object] | None = None,
) -> Retained:
    """Run ``fn`` ``calls`` times and report what stays allocated afterwards.

    ``between`` runs after every call; use it to clear an in-memory span exporter. Warm-up
    calls fill caches (imports, schemas, interned strings) first.
    """

    def run(n: int) -> None:
        for _ in range(n):
            fn()
            if between is not None:
                between()

    run(warmup)
    gc.collect()
    rss0 = rss_kib()
    was_tracing = tracemalloc.is_tracing()
    if not was_tracing:
        tracemalloc.start()
    try:
        gc.collect()
        start = tracemalloc.get_traced_memory()[0]
        first = calls // 2
        run(first)
        gc.collect()
        middle = tracemalloc.get_traced_memory()[0]
        run(calls - first)
        gc.collect()
        end = tracemalloc.get_traced_memory()[0]
    finally:
        if not was_tracing:
            tracemalloc.stop()
    second = calls - first
    return Retained(
        calls=calls,
        traced_bytes=end - start,
        second_half_bytes=end - middle,
        bytes_per_call=(end - middle) / second if second else 0.0,
        rss_growth_kib=rss_kib() - rss0,
    )


@dataclass(frozen=True)
class ImportTiming:
    min_ms: float
    median_ms: float
    repeats: int
    baseline_ms: float  # bare interpreter start, already subtracted from min/median
    importtime_top: list[tuple[str, int]] = field(default_factory=list)  # (module, cumulative µs)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _run_python(
    code: str, extra_args: Sequence[str] = (), env: dict[str, str] | None = None
) -> tuple[float, str]:
    cmd = [sys.executable, *extra_args, "-c", code]
    t0 = time.perf_counter_ns()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    elapsed = (time.perf_counter_ns() - t0) / 1e6
    if proc.returncode != 0:
        lines = proc.stderr.strip().splitlines() or ["no output"]
        raise RuntimeError(f"subprocess failed ({proc.returncode}): {lines[-1]}")
    return elapsed, proc.stderr


def import_time(
    code: str,
    *,
    repeats: int = 7,
    importtime: bool = False,
    top: int = 8,
    env: dict[str, str] | None = None,
) -> ImportTiming:
    """Wall time of ``python -c CODE`` in fresh interpreters, minus a bare ``python -c pass``.

    ``code`` is typically ``import X`` or an import plus a first streamed event. With
    ``importtime=True`` one extra run under ``-X importtime`` lists the costliest top-level
    imports (cumulative µs) to say where the time goes.
    """
    run_env = dict(os.environ if env is None else env)
    run_env.setdefault("PYTHONDONTWRITEBYTECODE", "0")
    _run_python(code, env=run_env)  # warm the bytecode cache and the page cache
    base = min(_run_python("pass", env=run_env)[0] for _ in range(max(3, repeats // 2)))
    samples = [_run_python(code, env=run_env)[0] - base for _ in range(repeats)]
    rows: list[tuple[str, int]] = []
    if importtime:
        _, stderr = _run_python(code, ["-X", "importtime"], env=run_env)
        rows = _parse_importtime(stderr)[:top]
    return ImportTiming(
        min_ms=min(samples),
        median_ms=statistics.median(samples),
        repeats=repeats,
        baseline_ms=base,
        importtime_top=rows,
    )


def _parse_importtime(stderr: str) -> list[tuple[str, int]]:
    rows: list[tuple[str, int]] = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        parts = line[len("import time:") :].split("|")
        if len(parts) != 3:
            continue
        name = parts[2]
        if name.startswith("  "):  # nested import: keep top-level ones only
            continue
        rows.append((name.strip(), int(parts[1])))
    rows.sort(key=lambda r: r[1], reverse=True)
    return rows


# ---------------------------------------------------------------------------------------------
# The ratio table.


@dataclass
class Row:
    """One line of the table: both sides in the same unit, lower is better."""

    name: str
    unit: str
    bud: float | None
    peer: float | None
    budget: str = ""
    # check(row) -> within budget?; None means "no budget, informational".
    check: Callable[[Row], bool] | None = None
    bud_error: str | None = None
    peer_error: str | None = None
    note: str = ""
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.bud is None or self.peer is None or self.bud <= 0:
            return None
        return self.peer / self.bud

    @property
    def ok(self) -> bool | None:
        if self.check is None or self.bud is None:
            return None
        try:
            return self.check(self)
        except (TypeError, ZeroDivisionError):
            return None

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "unit": self.unit,
            "bud": self.bud,
            "peer": self.peer,
            "ratio_peer_over_bud": self.ratio,
            "budget": self.budget,
            "ok": self.ok,
            "bud_error": self.bud_error,
            "peer_error": self.peer_error,
            "note": self.note,
            "details": self.details,
        }


def _fmt(value: float | None, unit: str, error: str | None, side: str) -> str:
    if value is None:
        return f"n/a ({side}: {error})" if error else "n/a"
    if abs(value) >= 100:
        return f"{value:,.0f} {unit}"
    if abs(value) >= 10:
        return f"{value:.1f} {unit}"
    return f"{value:.2f} {unit}"


def format_table(rows: Sequence[Row], *, max_error: int = 72) -> str:
    header = ("benchmark", "bud-sdk", "peer", "ratio (peer/bud)", "budget", "ok?")
    lines: list[tuple[str, ...]] = []
    for r in rows:
        bud_err = (r.bud_error or "")[:max_error] or None
        peer_err = (r.peer_error or "")[:max_error] or None
        ratio = r.ratio
        ok = r.ok
        lines.append(
            (
                r.name,
                _fmt(r.bud, r.unit, bud_err, "bud"),
                _fmt(r.peer, r.unit, peer_err, "peer"),
                f"{ratio:.2f}x" if ratio is not None else "-",
                r.budget or "-",
                "-" if ok is None else ("yes" if ok else "NO"),
            )
        )
    widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(header)]

    def fmt_line(cells: Sequence[str]) -> str:
        return " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = [fmt_line(header), "-+-".join("-" * w for w in widths)]
    out.extend(fmt_line(line) for line in lines)
    notes = [f"  {r.name}: {r.note}" for r in rows if r.note]
    if notes:
        out.append("")
        out.append("notes:")
        out.extend(notes)
    return "\n".join(out)


def write_json(path: str, rows: Sequence[Row], extra: dict[str, Any] | None = None) -> None:
    payload: dict[str, Any] = {
        "python": sys.version.split()[0],
        "platform": sys.platform,
        "cpus": os.cpu_count(),
        "rows": [r.as_dict() for r in rows],
    }
    if extra:
        payload.update(extra)
    with open(path, "w") as fh:
        json.dump(payload, fh, indent=2, sort_keys=False)
        fh.write("\n")
