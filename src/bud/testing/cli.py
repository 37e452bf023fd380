"""``python -m bud.testing``: serve the local Responses API until interrupted."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from .server import LocalServer


def _parser(prog: str | None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog or "python -m bud.testing",
        description="Serve an OpenAI-compatible /v1/responses API locally, for tests and demos.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port to bind (default: 0, any free)")
    parser.add_argument("--api-key", default=None, help="accept only this bearer token")
    parser.add_argument("--no-auth", action="store_true", help="accept requests without a token")
    parser.add_argument(
        "--done-marker", action="store_true", help="end every stream with 'data: [DONE]'"
    )
    parser.add_argument(
        "--event-delay",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="pause before each streamed event, to watch streams arrive (default: 0)",
    )
    return parser


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
