"""A read-only, case-insensitive view of HTTP header fields."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping


class Headers(Mapping[str, str]):
    """Header fields looked up without regard to case.

    A name sent more than once maps to its values joined with ``", "``;
    :meth:`get_all` and :attr:`raw` keep them apart, in the order received.
    """

    __slots__ = ("_by_name", "_raw")

    def __init__(self, fields: Iterable[tuple[str, str]] = ()) -> None:
        self._raw = tuple(fields)
        by_name: dict[str, str] = {}
        for name, value in self._raw:
            key = name.lower()
            by_name[key] = f"{by_name[key]}, {value}" if key in by_name else value
        self._by_name = by_name

    def __getitem__(self, name: str) -> str:
        return self._by_name[name.lower()]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._by_name

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_name)

    def __len__(self) -> int:
        return len(self._by_name)

    def get_all(self, name: str) -> list[str]:
        """Every value sent under ``name``, in order."""
        key = name.lower()
        return [value for field, value in self._raw if field.lower() == key]

    @property
    def raw(self) -> tuple[tuple[str, str], ...]:
        """The fields exactly as received: original case, order and repeats."""
        return self._raw

    def __repr__(self) -> str:
        return f"Headers({list(self._raw)!r})"
