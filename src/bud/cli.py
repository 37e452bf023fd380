"""The `bud` command line.

    bud responses create "Tell me a joke" --model gpt-4.1 [--no-stream] [--json]
                                          [--instructions ...] [--trace console|otlp|none]
    bud responses get|delete|cancel RESPONSE_ID [--json]
    bud serve-local [--port 0]

Settings come from flags, then `BUD_API_KEY` / `BUD_BASE_URL` / `BUD_MODEL`, then a
TOML file (`--config`, `BUD_CONFIG`, or `~/.config/bud/config.toml`) with
`api_key`, `base_url` and `model`. Failures print one line and exit non-zero.

Exit status: 0 on success, 1 on an error, 2 on bad usage, 130 on Ctrl-C, and 141
(128 + SIGPIPE, what a shell reports for `yes | head`) when the reader of stdout
went away early, as in `bud responses create ... --json | head -3`: the CLI then
stops quietly, with nothing on stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bud.exceptions import BudError, ConfigurationError

EXIT_ERROR = 1
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: the status a shell gives `yes | head`'s writer


class _StdoutClosed(Exception):
    """Whoever read our stdout has gone (`bud ... | head`)."""


def _print(*values: object, end: str = "\n") -> None:
    """print() to stdout and flush; a write into a closed pipe raises `_StdoutClosed`.

    Only stdout's own failure counts: a broken network connection is the SDK's error
    and is reported as one.
    """
    try:
        print(*values, end=end, flush=True)
    except BrokenPipeError:
        raise _StdoutClosed from None


def _silence_stdout() -> None:
    """Point file descriptor 1 at /dev/null, so that the interpreter's last flush of
    whatever is still buffered for the closed pipe cannot fail (and print) at exit."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return  # not a real file (in-process capture): nothing is flushed to a pipe
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)


def _parser() -> argparse.ArgumentParser:
    # connection flags work before or after the subcommand
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--api-key", default=argparse.SUPPRESS, help="API key")
    common.add_argument("--base-url", default=argparse.SUPPRESS, help="gateway URL")
    common.add_argument("--config", type=Path, default=argparse.SUPPRESS, help="TOML config")
    parser = argparse.ArgumentParser(
        prog="bud", description="Bud AI Foundry gateway client", parents=[common]
    )
    top = parser.add_subparsers(dest="command", required=True)

    responses = top.add_parser("responses", help="the Responses API")
    actions = responses.add_subparsers(dest="action", required=True)
    create = actions.add_parser(
        "create", help="create a response (streamed by default)", parents=[common]
    )
    create.add_argument("prompt", help="the input text")
    create.add_argument("--model", "-m", help="model id (default: BUD_MODEL or config)")
    create.add_argument("--instructions", help="system instructions")
    create.add_argument("--no-stream", action="store_true", help="wait for the whole answer")
    create.add_argument("--json", action="store_true", help="print JSON (events when streaming)")
    create.add_argument("--trace", choices=("console", "otlp", "none"), default="none")
    for name in ("get", "delete", "cancel"):
        action = actions.add_parser(name, help=f"{name} a stored response", parents=[common])
        action.add_argument("response_id")
        action.add_argument("--json", action="store_true", help="print the JSON object")

    # its options belong to the local server's own parser (see main)
    top.add_parser("serve-local", help="run the embedded local Responses server", add_help=False)
    return parser


def _config_file(path: Path | None) -> dict[str, Any]:
    explicit = path or (Path(os.environ["BUD_CONFIG"]) if os.environ.get("BUD_CONFIG") else None)
    candidate = explicit or Path.home() / ".config" / "bud" / "config.toml"
    if not candidate.is_file():
        if explicit is not None:
            raise ConfigurationError(f"config file not found: {candidate}")
        return {}
    try:
        return tomllib.loads(candidate.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigurationError(f"cannot read config file {candidate}: {exc}") from None


def _setting(flag: str | None, env: str, file: dict[str, Any], key: str) -> str | None:
    value = flag or os.environ.get(env) or file.get(key)
    return str(value) if value else None


def _required(value: str | None, what: str, flag: str, env: str, key: str) -> str:
    """A setting the CLI cannot run without; its error names the CLI's own ways to set it
    (the library's `pass api_key=...` means nothing on a command line)."""
    if value is None:
        raise ConfigurationError(
            f"No {what}: pass {flag} or set {env} (or {key} in the config file)"
        )
    return value


def _check_base_url(base_url: str) -> None:
    import httpx

    try:
        url = httpx.URL(base_url.strip())
    except httpx.InvalidURL:
        usable = False
    else:
        usable = url.scheme in ("http", "https") and bool(url.host)
    if not usable:
        raise ConfigurationError(
            f"--base-url / BUD_BASE_URL must be an http(s) URL with a host, got {base_url!r}"
        )


def _tracing(mode: str, client: Any) -> Any:
    """Set up tracing for this run; returns the span collector for `console`."""
    if mode == "none":
        return None
    from bud.observability import configure, track_responses

    collector = None
    if mode == "console":
        from bud.observability._console import SpanTreeCollector

        try:
            collector = SpanTreeCollector()
        except ImportError as exc:  # the `otel` extra is not installed: run untraced
            print(f"bud: warning: {exc}", file=sys.stderr)
            return None
        configure(mode="internal", tracer_provider=collector.provider)
    else:
        configure(mode="create", client=client, service_name="bud-cli")
    track_responses(client)
    return collector


def _summary(response: Any, started: float, first: float | None) -> str:
    parts = []
    usage = getattr(response, "usage", None)
    if usage:
        parts.append(f"{usage.input_tokens} input / {usage.output_tokens} output tokens")
    if first is not None:
        parts.append(f"first token {1000 * (first - started):.0f} ms")
    parts.append(f"total {1000 * (time.perf_counter() - started):.0f} ms")
    return "-- " + " · ".join(parts)


async def _create(client: Any, args: argparse.Namespace, model: str) -> None:
    params: dict[str, Any] = {"model": model, "input": args.prompt}
    if args.instructions:
        params["instructions"] = args.instructions
    started = time.perf_counter()
    if args.no_stream:
        response = await client.responses.create(**params)
        if args.json:
            _print(json.dumps(response.to_dict(), indent=2))
        else:
            _print(response.output_text)
            print(_summary(response, started, None), file=sys.stderr)
        return
    first: float | None = None
    final = None
    async with await client.responses.create(stream=True, **params) as stream:
        async for event in stream:
            if args.json:
                data = event.to_dict() if hasattr(event, "to_dict") else event.data
                _print(json.dumps(data))
            elif event.type == "response.output_text.delta":
                if first is None:
                    first = time.perf_counter()
                _print(event.delta, end="")
        final = stream.final_response
    if not args.json:
        _print()
        print(_summary(final, started, first), file=sys.stderr)


async def _by_id(client: Any, args: argparse.Namespace) -> None:
    method = {"get": client.responses.retrieve, "delete": client.responses.delete}.get(
        args.action, client.responses.cancel
    )
    result = await method(args.response_id)
    if args.json or args.action == "delete":
        _print(json.dumps(result.to_dict(), indent=2))
    else:
        status = getattr(result, "status", None)
        _print(f"{result.id} [{status}]")
        if result.output_text:
            _print(result.output_text)


async def _run(args: argparse.Namespace) -> int:
    from bud.client import AsyncBudClient

    file = _config_file(getattr(args, "config", None))
    api_key = _required(
        _setting(getattr(args, "api_key", None), "BUD_API_KEY", file, "api_key"),
        "API key",
        "--api-key",
        "BUD_API_KEY",
        "api_key",
    )
    base_url = _required(
        _setting(getattr(args, "base_url", None), "BUD_BASE_URL", file, "base_url"),
        "base URL",
        "--base-url",
        "BUD_BASE_URL",
        "base_url",
    )
    _check_base_url(base_url)
    client = AsyncBudClient(api_key=api_key, base_url=base_url)
    collector = None
    try:
        if args.action == "create":
            model = _required(
                _setting(args.model, "BUD_MODEL", file, "model"),
                "model",
                "--model",
                "BUD_MODEL",
                "model",
            )
            collector = _tracing(args.trace, client)
            await _create(client, args, model)
        else:
            await _by_id(client, args)
    finally:
        await client.aclose()
        if collector is not None:
            print("\ntrace:\n" + collector.render(), file=sys.stderr)
        if args.action == "create" and args.trace == "otlp":
            from bud.observability import shutdown

            shutdown()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["serve-local"]:
        from bud.testing import cli_main

        return cli_main(argv[1:], prog="bud serve-local")
    args = _parser().parse_args(argv)
    try:
        return asyncio.run(_run(args))
    except _StdoutClosed:
        # `bud ... | head`: the reader has what it wanted; stop without a word
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except (BudError, ValueError, TypeError) as exc:
        # bad input the SDK refused before any I/O reads as one line too
        print(f"bud: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("bud: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
