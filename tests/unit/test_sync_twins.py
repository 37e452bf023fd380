"""The blocking client is generated from the async one (tools/regen_sync.py): each
public class has a twin with the same methods and the same parameters, and the
transform does what its markers say."""

from __future__ import annotations

import importlib.util
import inspect
import sys
from pathlib import Path
from typing import Any

import bud_sync
import pytest
from bud_sync.client import BudClient
from bud_sync.models import Models
from bud_sync.pagination import SyncCursorPage
from bud_sync.responses import InputItems, InputTokens, Responses
from bud_sync.stream_manager import ResponseStreamHelper, ResponseStreamManager
from bud_sync.tracing import TracedStream
from bud_sync.transport import SyncTransport

from bud._async.client import AsyncBudClient
from bud._async.models import AsyncModels
from bud._async.pagination import AsyncCursorPage
from bud._async.responses import AsyncInputItems, AsyncInputTokens, AsyncResponses
from bud._async.stream_manager import AsyncResponseStreamHelper, AsyncResponseStreamManager
from bud._async.tracing import AsyncTracedStream
from bud._async.transport import AsyncTransport

ROOT = Path(__file__).resolve().parents[2]
PAIRS = [
    (AsyncBudClient, BudClient),
    (AsyncResponses, Responses),
    (AsyncInputItems, InputItems),
    (AsyncInputTokens, InputTokens),
    (AsyncModels, Models),
    (AsyncCursorPage, SyncCursorPage),
    (AsyncResponseStreamHelper, ResponseStreamHelper),
    (AsyncResponseStreamManager, ResponseStreamManager),
    (AsyncTracedStream, TracedStream),
    (AsyncTransport, SyncTransport),
]
# what only the async side has, or names differently
ASYNC_NAMES = {"aclose": "close", "__aiter__": "__iter__", "__anext__": "__next__",
               "__aenter__": "__enter__", "__aexit__": "__exit__"}  # fmt: skip


def _methods(cls: type) -> dict[str, Any]:
    return {
        name: member
        for name, member in vars(cls).items()
        if callable(member) and (not name.startswith("_") or name.startswith("__a")
                                 or name in ("__init__", "__iter__", "__next__",
                                             "__enter__", "__exit__"))
    }  # fmt: skip


@pytest.mark.parametrize(("async_cls", "sync_cls"), PAIRS, ids=lambda c: c.__name__)
def test_every_async_method_has_a_blocking_twin_with_the_same_parameters(
    async_cls: type, sync_cls: type
) -> None:
    async_methods = _methods(async_cls)
    sync_methods = _methods(sync_cls)
    expected = {ASYNC_NAMES.get(name, name) for name in async_methods}
    # `close()` is also an async alias of `aclose()` on some classes
    assert set(sync_methods) == expected
    for name, method in async_methods.items():
        twin = sync_methods[ASYNC_NAMES.get(name, name)]
        assert not inspect.iscoroutinefunction(twin), f"{sync_cls.__name__}.{name}"
        assert not inspect.isasyncgenfunction(twin), f"{sync_cls.__name__}.{name}"
        a, s = inspect.signature(method), inspect.signature(twin)
        assert [(p.name, p.kind, p.default) for p in a.parameters.values()] == [
            (p.name, p.kind, p.default) for p in s.parameters.values()
        ], f"{sync_cls.__name__}.{name}"


def test_generated_modules_say_where_they_come_from() -> None:
    folder = Path(bud_sync.__file__).parent
    sources = ROOT / "src" / "bud" / "_async"
    names = {p.name for p in folder.glob("*.py")}
    assert names == {p.name for p in sources.glob("*.py")}
    for path in folder.glob("*.py"):
        if path.name != "__init__.py":
            head = path.read_text().splitlines()[0]
            assert f"from src/bud/_async/{path.name}" in head


def _regen_sync() -> Any:
    spec = importlib.util.spec_from_file_location("regen_sync", ROOT / "tools" / "regen_sync.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["regen_sync"] = module
    spec.loader.exec_module(module)
    return module


def test_the_transform_drops_async_only_blocks_and_swaps_marked_lines() -> None:
    regen = _regen_sync()
    source = '''
from bud._async.pagination import AsyncPager


class AsyncThing:
    """Use `async with` and `aclose()`."""

    async def aclose(self) -> None:
        await self._http.aclose()

    # async-only
    async def close(self) -> None:
        await self.aclose()

    # end async-only
    def list(self) -> AsyncPager[int]:  # sync: def list(self) -> list[int]:
        # sync: return fetch()
        return AsyncPager(fetch)

    async def __aenter__(self) -> AsyncThing:
        async for x in aiter(self):
            await anext(x)
        return self
'''
    out = regen.transform(source)
    assert "from bud_sync.pagination import SyncPager" in out
    assert "class SyncThing:" in out
    assert '"""Use `with` and `close()`."""' in out
    assert "def close(self) -> None:\n        self._http.close()" in out
    assert out.count("def close") == 1
    assert "def list(self) -> list[int]:" in out
    assert "        return fetch()" in out
    assert "def __enter__(self) -> SyncThing:" in out
    assert "for x in iter(self):\n            next(x)" in out
    assert "async" not in out.replace("async-only", "") and "await" not in out


def test_an_unclosed_async_only_block_is_refused() -> None:
    regen = _regen_sync()
    with pytest.raises(SystemExit):
        regen.transform("# async-only\nx = 1\n")
