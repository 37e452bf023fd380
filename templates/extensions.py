"""Hand-written helpers that `make regen` copies into the generated package.

Kept in `templates/` (not in `generated/`) so they are edited in one place
and survive regeneration.
"""

from __future__ import annotations

from typing import Any


class OutputTextMixin:
    """Adds `output_text` to the generated `ResponseObject`."""

    __slots__ = ()

    @property
    def output_text(self) -> str:
        """Every `output_text` part of every message item, joined; "" if none."""
        output: Any = getattr(self, "output", None)
        if not output:
            return ""
        texts: list[str] = []
        for item in output:
            if getattr(item, "type", None) != "message":
                continue
            for part in getattr(item, "content", None) or ():
                if getattr(part, "type", None) == "output_text":
                    text = getattr(part, "text", None)
                    if isinstance(text, str):
                        texts.append(text)
        return "".join(texts)
