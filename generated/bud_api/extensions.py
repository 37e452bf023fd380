"""Hand-written helpers that `make regen` copies into the generated package.

Kept in `templates/` (not in `generated/`) so they are edited in one place
and survive regeneration.
"""

from __future__ import annotations

import re
from reprlib import recursive_repr
from typing import Any

from .types import Unset

# `Type0`, `Type1`, ...: how the generator names the variants of a union; a user never
# wrote them, and a repr reads better without (`...InputTokensDetailsType0` ->
# `...InputTokensDetails`).
_VARIANT_SUFFIX = re.compile(r"Type\d+(?=[A-Z]|$)")
# Classes generator-config.yaml renames away from their public name (`bud.types`).
_PUBLIC_NAMES = {"ResponseObject": "Response"}
_display_names: dict[type, str] = {}


def _display_name(cls: type) -> str:
    name = _display_names.get(cls)
    if name is None:
        raw = cls.__name__
        name = _PUBLIC_NAMES.get(raw) or _VARIANT_SUFFIX.sub("", raw) or raw
        _display_names[cls] = name
    return name


@recursive_repr()
def model_repr(self: Any) -> str:
    """The `__repr__` of every generated model (`make regen` sets it on each class).

    `ResponseUsage(input_tokens=7, output_tokens=11, total_tokens=18)`: the class name
    without generator suffixes, then only the fields that are set (not UNSET, not None),
    nested models in the same form; `additional_properties` (fields the contract does not
    know) only when there are some. Costs nothing until called: it is a class attribute.
    """
    parts: list[str] = []
    for field in type(self).__attrs_attrs__:
        name = field.name
        if name == "additional_properties":
            continue
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            continue
        parts.append(f"{name}={value!r}")
    extra = getattr(self, "additional_properties", None)
    if extra:
        parts.append(f"additional_properties={extra!r}")
    return f"{_display_name(type(self))}({', '.join(parts)})"


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
