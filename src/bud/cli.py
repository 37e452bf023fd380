"""The `bud` command line.

    bud responses create "Tell me a joke" --model gpt-4.1 [--no-stream] [--json]
                                          [--instructions ...] [--trace console|otlp|none]
                                          [--otlp-endpoint URL]
    bud responses get|delete|cancel RESPONSE_ID [--json]
    bud chat "Hello" --model M [--no-stream] [--system ...] [--max-tokens N]
                               [--temperature T] [--trace console|otlp|none]
                               [--otlp-endpoint URL]
    bud models [--json]
    bud embed "text" ["more text" ...] --model M [--dimensions N] [--json]
    bud classify "text" ["more text" ...] --model M [--json]
    bud serve-local [--port 0]

Settings come from flags, then `BUD_API_KEY` / `BUD_BASE_URL` / `BUD_MODEL`, then a
TOML file (`--config`, `BUD_CONFIG`, or `~/.config/bud/config.toml`) with
`api_key`, `base_url` and `model`. Failures print one line and exit non-zero.

`--trace otlp` exports the call's spans to the collector named by `--otlp-endpoint`
(which implies `--trace otlp`), else by the standard `OTEL_EXPORTER_OTLP_ENDPOINT` /
`OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` variables, else to the gateway itself.

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
from collections.abc import Callable, Sequence
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


def _positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1 (anything else is bad usage)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return value


def _http_url(text: str) -> str:
    """An argparse type: an http(s) URL with a host."""
    from urllib.parse import urlsplit

    parts = urlsplit(text.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise argparse.ArgumentTypeError(f"expected an http(s) URL, got {text!r}")
    return text.strip()


def _parser() -> argparse.ArgumentParser:
    # connection flags work before or after the subcommand
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--api-key", default=argparse.SUPPRESS, help="API key")
    common.add_argument("--base-url", default=argparse.SUPPRESS, help="gateway URL")
    common.add_argument("--config", type=Path, default=argparse.SUPPRESS, help="TOML config")
    # what every call to a model takes
    inference = argparse.ArgumentParser(add_help=False, parents=[common])
    inference.add_argument("--model", "-m", help="model id (default: BUD_MODEL or config)")
    traced = argparse.ArgumentParser(add_help=False, parents=[inference])
    traced.add_argument(
        "--trace",
        choices=("console", "otlp", "none"),
        help="trace the call: print its span tree on stderr, or export it over OTLP "
        "(default: none, or otlp with --otlp-endpoint)",
    )
    traced.add_argument(
        "--otlp-endpoint",
        type=_http_url,
        metavar="URL",
        help="the OTLP/HTTP collector for --trace otlp, e.g. http://localhost:4318 "
        "(Phoenix: http://localhost:6006); implies --trace otlp",
    )
    parser = argparse.ArgumentParser(
        prog="bud", description="Bud AI Foundry gateway client", parents=[common]
    )
    top = parser.add_subparsers(dest="command", required=True)

    responses = top.add_parser("responses", help="the Responses API")
    actions = responses.add_subparsers(dest="action", required=True)
    create = actions.add_parser(
        "create", help="create a response (streamed by default)", parents=[traced]
    )
    create.add_argument("prompt", help="the input text")
    create.add_argument("--instructions", help="system instructions")
    create.add_argument("--no-stream", action="store_true", help="wait for the whole answer")
    create.add_argument("--json", action="store_true", help="print JSON (events when streaming)")
    create.set_defaults(run=_create, tracker="track_responses")
    for name in ("get", "delete", "cancel"):
        action = actions.add_parser(name, help=f"{name} a stored response", parents=[common])
        action.add_argument("response_id")
        action.add_argument("--json", action="store_true", help="print the JSON object")
        action.set_defaults(run=_by_id)

    chat = top.add_parser("chat", help="a chat completion (streamed by default)", parents=[traced])
    chat.add_argument("prompt", help="the user message")
    chat.add_argument("--system", help="a system message, sent before the prompt")
    chat.add_argument("--max-tokens", type=_positive_int, metavar="N", help="answer length limit")
    chat.add_argument("--temperature", type=float, metavar="T", help="sampling temperature")
    chat.add_argument("--no-stream", action="store_true", help="wait for the whole answer")
    chat.set_defaults(run=_chat, tracker="track_chat_completions")

    models = top.add_parser("models", help="list the models the gateway serves", parents=[common])
    models.add_argument("--json", action="store_true", help="print the list as JSON")
    models.set_defaults(run=_models)

    embed = top.add_parser("embed", help="embedding vectors for texts", parents=[inference])
    embed.add_argument("texts", nargs="+", metavar="text", help="a text to embed")
    embed.add_argument("--dimensions", type=_positive_int, metavar="N", help="vector size")
    embed.add_argument("--json", action="store_true", help="print the full vectors as JSON")
    embed.set_defaults(run=_embed)

    classify = top.add_parser("classify", help="labels and scores for texts", parents=[inference])
    classify.add_argument("texts", nargs="+", metavar="text", help="a text to classify")
    classify.add_argument("--json", action="store_true", help="print the labels as JSON")
    classify.set_defaults(run=_classify)

    # its options belong to the local server's own parser (see main)
    top.add_parser(
        "serve-local",
        help="serve the embedded local server: Responses, chat completions, embeddings, "
        "classify and models",
        add_help=False,
    )
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


# what the CLI cannot run without: name (also the config file's key) -> how to set it
_SETTINGS = {
    "api_key": ("API key", "--api-key", "BUD_API_KEY"),
    "base_url": ("base URL", "--base-url", "BUD_BASE_URL"),
    "model": ("model", "--model", "BUD_MODEL"),
}


def _setting(args: argparse.Namespace, name: str, file: dict[str, Any]) -> str:
    """The flag, else the environment variable, else the config file's key; its error
    names the CLI's own ways to set it (the library's `pass api_key=...` means nothing
    on a command line)."""
    what, flag, env = _SETTINGS[name]
    value = getattr(args, name, None) or os.environ.get(env) or file.get(name)
    if not value:
        raise ConfigurationError(
            f"No {what}: pass {flag} or set {env} (or {name} in the config file)"
        )
    return str(value)


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


def _trace_mode(args: argparse.Namespace) -> str:
    """`--trace`, defaulting to `otlp` when `--otlp-endpoint` is given, else `none`."""
    mode: str | None = getattr(args, "trace", None)
    if mode is None:
        return "otlp" if getattr(args, "otlp_endpoint", None) else "none"
    return mode


def _tracing(mode: str, client: Any, tracker: str, endpoint: str | None = None) -> Any:
    """Set up tracing for this run, with the GenAI spans of `bud.observability.<tracker>`;
    returns the span collector for `console`. `endpoint`: the OTLP collector (else the
    environment's, else the gateway)."""
    if mode == "none":
        return None
    from bud import observability

    collector = None
    if mode == "console":
        from bud.observability._console import SpanTreeCollector

        try:
            collector = SpanTreeCollector()
        except ImportError as exc:  # the `otel` extra is not installed: run untraced
            print(f"bud: warning: {exc}", file=sys.stderr)
            return None
        observability.configure(mode="internal", tracer_provider=collector.provider)
    else:
        named = os.environ.get("BUD_OTEL_SERVICE_NAME") or os.environ.get("OTEL_SERVICE_NAME")
        observability.configure(
            mode="create",
            client=client,
            service_name=None if named else "bud-cli",
            collector_endpoint=endpoint,
        )
    getattr(observability, tracker)(client)
    return collector


def _summary(usage: Any, started: float, first: float | None) -> str:
    """`-- N input / M output tokens · first token ... · total ...` for stderr; *usage* is
    a Responses usage (input/output tokens) or a chat one (prompt/completion tokens)."""
    parts = []
    if usage:
        if hasattr(usage, "input_tokens"):
            tokens = (usage.input_tokens, usage.output_tokens)
        else:
            tokens = (usage.prompt_tokens, usage.completion_tokens)
        parts.append("{} input / {} output tokens".format(*tokens))
    if first is not None:
        parts.append(f"first token {1000 * (first - started):.0f} ms")
    parts.append(f"total {1000 * (time.perf_counter() - started):.0f} ms")
    return "-- " + " · ".join(parts)


async def _stream_text(stream: Any, text_of: Callable[[Any], str | None]) -> float | None:
    """Print the text of each item of *stream* as it arrives, then end the line; returns
    when the first text came (None if none did)."""
    first: float | None = None
    async with stream:
        async for item in stream:
            text = text_of(item)
            if text:
                if first is None:
                    first = time.perf_counter()
                _print(text, end="")
    _print()
    return first


def _response_delta(event: Any) -> str | None:
    return event.delta if event.type == "response.output_text.delta" else None


def _chat_delta(chunk: Any) -> str | None:
    choices = getattr(chunk, "choices", None)  # an unknown event has none
    content = getattr(choices[0].delta, "content", None) if choices else None
    return content if isinstance(content, str) else None


async def _create(client: Any, args: argparse.Namespace) -> None:
    params: dict[str, Any] = {"model": args.model, "input": args.prompt}
    if args.instructions:
        params["instructions"] = args.instructions
    started = time.perf_counter()
    if args.no_stream:
        response = await client.responses.create(**params)
        if args.json:
            _print(json.dumps(response.to_dict(), indent=2))
        else:
            _print(response.output_text)
            print(_summary(response.usage, started, None), file=sys.stderr)
        return
    stream = await client.responses.create(stream=True, **params)
    if not args.json:
        first = await _stream_text(stream, _response_delta)
        final = stream.final_response
        print(_summary(getattr(final, "usage", None), started, first), file=sys.stderr)
        return
    async with stream:
        async for event in stream:
            data = event.to_dict() if hasattr(event, "to_dict") else event.data
            _print(json.dumps(data))


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


async def _chat(client: Any, args: argparse.Namespace) -> None:
    messages = [{"role": "user", "content": args.prompt}]
    if args.system:
        messages.insert(0, {"role": "system", "content": args.system})
    # None is "not given": the SDK leaves those fields out
    params = {
        "model": args.model,
        "messages": messages,
        "max_tokens": args.max_tokens,
        "temperature": args.temperature,
    }
    started = time.perf_counter()
    if args.no_stream:
        completion = await client.chat.completions.create(**params)
        content = completion.choices[0].message.content if completion.choices else None
        _print(content if isinstance(content, str) else "")
        print(_summary(completion.usage, started, None), file=sys.stderr)
        return
    stream = await client.chat.completions.create(
        stream=True, stream_options={"include_usage": True}, **params
    )
    first = await _stream_text(stream, _chat_delta)
    print(_summary(stream.usage, started, first), file=sys.stderr)


async def _models(client: Any, args: argparse.Namespace) -> None:
    models = [model async for model in client.models.list()]
    if args.json:
        _print(json.dumps([model.to_dict() for model in models], indent=2))
    else:
        for model in models:
            _print(model.id)


EMBED_PREVIEW = 4  # values shown per vector without --json


async def _embed(client: Any, args: argparse.Namespace) -> None:
    result = await client.embeddings.create(
        model=args.model, input=args.texts, dimensions=args.dimensions
    )
    vectors = [item.embedding for item in result.data]
    if args.json:
        _print(json.dumps(vectors))
        return
    for vector in vectors:  # one line per input, in order
        values = ", ".join(f"{value:.4f}" for value in vector[:EMBED_PREVIEW])
        more = ", ..." if len(vector) > EMBED_PREVIEW else ""
        _print(f"{len(vector)} dims: [{values}{more}]")


async def _classify(client: Any, args: argparse.Namespace) -> None:
    result = await client.classifications.create(model=args.model, input=args.texts)
    if args.json:
        _print(
            json.dumps([[entry.to_dict() for entry in labels] for labels in result.data], indent=2)
        )
        return
    for labels in result.data:  # one line per input, in order, highest score first
        _print(" ".join(f"{entry.label}:{entry.score:.4f}" for entry in labels))


async def _run(args: argparse.Namespace) -> int:
    from bud.client import AsyncBudClient

    file = _config_file(getattr(args, "config", None))
    api_key = _setting(args, "api_key", file)
    base_url = _setting(args, "base_url", file)
    _check_base_url(base_url)
    if "model" in args:  # the subcommands that call a model need one, before any I/O
        args.model = _setting(args, "model", file)
    trace = _trace_mode(args)
    client = AsyncBudClient(api_key=api_key, base_url=base_url)
    collector = None
    try:
        endpoint = getattr(args, "otlp_endpoint", None)
        collector = _tracing(trace, client, getattr(args, "tracker", ""), endpoint)
        await args.run(client, args)
    finally:
        await client.aclose()
        if collector is not None:
            print("\ntrace:\n" + collector.render(), file=sys.stderr)
        if trace == "otlp":
            from bud.observability import shutdown

            shutdown()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["serve-local"]:
        from bud.testing import cli_main

        return cli_main(argv[1:], prog="bud serve-local")
    parser = _parser()
    args = parser.parse_args(argv)
    if getattr(args, "otlp_endpoint", None) and args.trace not in (None, "otlp"):
        parser.error(f"--otlp-endpoint needs --trace otlp, not --trace {args.trace}")
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
