"""``python -m bud.testing``: serve the local inference API until interrupted."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from ._routes import TelemetryExport
from .server import LocalServer


def _parser(prog: str | None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog or "python -m bud.testing",
        description="Serve an OpenAI-compatible API locally, for tests and demos: "
        "/v1/responses, /v1/chat/completions, /v1/embeddings, /v1/classify and /v1/models, "
        "plus an OTLP sink on /v1/traces, /v1/metrics and /v1/logs.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port to bind (default: 0, any free)")
    parser.add_argument("--api-key", default=None, help="accept only this bearer token")
    parser.add_argument("--no-auth", action="store_true", help="accept requests without a token")
    parser.add_argument(
        "--done-marker",
        action="store_true",
        help="end Responses streams with 'data: [DONE]' (chat streams always are)",
    )
    parser.add_argument(
        "--event-delay",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="pause before each streamed event, to watch streams arrive (default: 0)",
    )
    parser.add_argument(
        "--gateway",
        action="store_true",
        help="behave like the Bud gateway (x-model-name on sub-routes, its error shapes, "
        "x-tensorzero-* headers, response.done streams, stored prompts)",
    )
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="print a line for each OTLP export received on /v1/traces, /v1/metrics, /v1/logs",
    )
    return parser


def _print_export(export: TelemetryExport) -> None:
    kind = "protobuf" if export.is_protobuf else export.content_type.split(";")[0].strip()
    print(f"otlp {export.signal}: {len(export.body)} bytes ({kind})", flush=True)


def cli_main(argv: Sequence[str] | None = None, *, prog: str | None = None) -> int:
    """Parse ``argv``, print the base URL as the first line, serve until SIGINT/SIGTERM."""
    args = _parser(prog).parse_args(argv)
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {}
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGINT, signal.SIGTERM):
            previous[sig] = signal.signal(sig, on_signal)
    server = LocalServer(
        args.host,
        args.port,
        api_key=args.api_key,
        require_auth=not args.no_auth,
        done_marker=args.done_marker,
        event_delay=args.event_delay,
        gateway=args.gateway,
        on_telemetry=_print_export if args.verbose else None,
    )
    try:
        try:
            server.start()
        except OSError as exc:
            print(f"error: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
            return 1
        print(server.base_url, flush=True)
        stop.wait()
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0
