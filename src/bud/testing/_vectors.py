"""Deterministic stand-ins for embedding and classification models.

Every vector and score comes from a hash of its input: the same input gives the same
answer on every run and machine; different inputs give unrelated ones. Nothing here
means anything, but a client can cache, compare and round-trip what it gets.
"""

from __future__ import annotations

import base64
import hashlib
import math
import sys
from array import array
from collections.abc import Sequence
from typing import Any

from ._errors import invalid, missing
from ._inputs import count_tokens

#: The size of an embedding when a request does not ask for ``dimensions``: that of
#: OpenAI's ``text-embedding-3-small``, so vectors are sized like the real ones.
DEFAULT_EMBEDDING_DIMENSIONS = 1536
DEFAULT_CLASSIFY_LABELS = ("positive", "negative", "neutral")
MAX_INPUTS = 2048  # OpenAI's limit on inputs per embeddings request

EmbeddingInput = str | list[int]


def _is_token(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _count(items: Sequence[object]) -> None:
    if not items:
        raise invalid("input", "Invalid 'input': expected at least one input.", "empty_array")
    if len(items) > MAX_INPUTS:
        raise invalid("input", f"Invalid 'input': at most {MAX_INPUTS} inputs are allowed.")


def _texts(value: Any) -> list[str] | None:
    """A string or an array of strings as a list (None if ``value`` is neither)."""
    texts = [value] if isinstance(value, str) else value
    if not isinstance(texts, list) or not all(isinstance(text, str) for text in texts):
        return None
    _count(texts)
    if not all(texts):
        raise invalid("input", "Invalid 'input': an input cannot be an empty string.")
    return texts


def embedding_inputs(value: Any) -> list[EmbeddingInput]:
    """A request's ``input``: a string, strings, a token array or token arrays."""
    if value is None:
        raise missing("input")
    texts = _texts(value)
    if texts is not None:
        return list(texts)
    if isinstance(value, list) and value and all(map(_is_token, value)):
        return [value]
    if isinstance(value, list) and all(
        isinstance(tokens, list) and tokens and all(map(_is_token, tokens)) for tokens in value
    ):
        _count(value)
        return value
    raise invalid(
        "input",
        "Invalid type for 'input': expected a string, an array of strings, "
        "an array of tokens or an array of token arrays.",
        "invalid_type",
    )


def classify_inputs(value: Any) -> list[str]:
    """A classify request's ``input``: strings (one string is taken as one input)."""
    if value is None:
        raise missing("input")
    texts = _texts(value)
    if texts is None:
        raise invalid(
            "input", "Invalid type for 'input': expected an array of strings.", "invalid_type"
        )
    return texts


def input_tokens(item: EmbeddingInput) -> int:
    return count_tokens(item) if isinstance(item, str) else len(item)


def _key(item: EmbeddingInput) -> bytes:
    if isinstance(item, str):
        return b"text:" + item.encode()
    return b"tokens:" + ",".join(map(str, item)).encode()


def embedding(item: EmbeddingInput, dimensions: int) -> array[float]:
    """A unit-length float32 vector drawn from a hash of ``item``.

    The hash is an extendable-output function, so a shorter vector is a longer one's
    prefix, renormalised: asking for fewer ``dimensions`` shortens an embedding the way
    OpenAI's ``text-embedding-3`` models do.
    """
    raw = array("h", hashlib.shake_256(_key(item)).digest(2 * dimensions))
    if sys.byteorder == "big":
        raw.byteswap()  # the digest is read as little-endian everywhere
    norm = math.sqrt(sum(value * value for value in raw)) or 1.0
    return array("f", [value / norm for value in raw])


def encode_vector(vector: array[float], encoding_format: str) -> list[float] | str:
    """The vector as JSON numbers, or as base64 of its little-endian float32 bytes."""
    if encoding_format == "float":
        return vector.tolist()
    if sys.byteorder == "big":
        vector = array("f", vector)
        vector.byteswap()
    return base64.b64encode(vector.tobytes()).decode("ascii")


def label_scores(text: str, labels: Sequence[str]) -> list[dict[str, Any]]:
    """A score per label, drawn from a hash of ``text``: they sum to 1, highest first."""
    raw = array("H", hashlib.shake_256(b"classify:" + text.encode()).digest(2 * len(labels)))
    if sys.byteorder == "big":
        raw.byteswap()
    # Squared, so that one label usually stands out as a real classifier's would.
    weights = [(1 + value) ** 2 for value in raw]
    total = sum(weights)
    scores = [
        {"label": label, "score": weight / total}
        for label, weight in zip(labels, weights, strict=True)
    ]
    return sorted(scores, key=lambda entry: -entry["score"])
