"""The flattened form of a scripted reply: what to generate and how to deliver it.

Public reply objects (``replies.py``) only fill in a :class:`Plan`; the event
generator and the wire writer read it. Keeping the two apart lets faults wrap
any reply, and any endpoint, without either knowing about the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from ._gate import Gate

_WORD = re.compile(r"\s*\S+|\s+$")


def split_text(
    text: str, chunk_size: int | None = None, n_deltas: int | None = None
) -> tuple[str, ...]:
    """Cut ``text`` into deltas: ``n_deltas`` even pieces, fixed-size pieces, or words."""
    if n_deltas is not None:
        size, extra = divmod(len(text), n_deltas)
        pieces, start = [], 0
        for index in range(n_deltas):
            end = start + size + (1 if index < extra else 0)
            pieces.append(text[start:end])
            start = end
        return tuple(pieces)
    if chunk_size is not None:
        return tuple(text[i : i + chunk_size] for i in range(0, len(text), chunk_size))
    # One delta per word, each carrying its leading whitespace, as tokenizers do.
    return tuple(_WORD.findall(text))


@dataclass(frozen=True, slots=True)
class MessageSpec:
    deltas: tuple[str, ...]
    refusal: bool = False
    """The deltas are a refusal (a ``refusal`` content part), not ``output_text``."""


@dataclass(frozen=True, slots=True)
class FunctionCallSpec:
    name: str
    deltas: tuple[str, ...]
    call_id: str | None = None
    from_schema: bool = False
    """No arguments were scripted: the server makes them up from the request's tool
    schema (``deltas`` is empty until then) and streams them in ``chunk_size`` pieces."""
    chunk_size: int = 8


@dataclass(frozen=True, slots=True)
class ReasoningSpec:
    deltas: tuple[str, ...]


ItemSpec = MessageSpec | FunctionCallSpec | ReasoningSpec


@dataclass(frozen=True, slots=True)
class Completed:
    pass


@dataclass(frozen=True, slots=True)
class Incomplete:
    reason: str


@dataclass(frozen=True, slots=True)
class Failed:
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class ErrorEvent:
    message: str
    code: str | None
    param: str | None
    http_status: int


Outcome = Completed | Incomplete | Failed | ErrorEvent


@dataclass(frozen=True, slots=True)
class Content:
    """What the "model" produces: output items, then how the response ends."""

    items: tuple[ItemSpec, ...]
    outcome: Outcome = Completed()


@dataclass(frozen=True, slots=True)
class FixedResponse:
    """An answer sent verbatim in place of the endpoint's own."""

    status: int
    body: bytes
    headers: tuple[tuple[str, str], ...]


CutMode = Literal["truncate", "disconnect", "reset"]


@dataclass(slots=True)
class Plan:
    content: Content | None = None
    fixed: FixedResponse | None = None
    drop: bool = False
    cut_after: int | None = None
    cut_mode: CutMode = "truncate"
    injections: list[tuple[int, bytes]] = field(default_factory=list)
    header_delay: float = 0.0
    event_delay: float = 0.0
    stall: Gate | None = None
    stall_after: int = 0
    usage: dict[str, int] = field(default_factory=dict)
    headers: list[tuple[str, str]] = field(default_factory=list)

    @property
    def plain(self) -> bool:
        """True when nothing changes how the answer is written (the fast path)."""
        return (
            self.cut_after is None
            and not self.injections
            and not self.event_delay
            and self.stall is None
        )
