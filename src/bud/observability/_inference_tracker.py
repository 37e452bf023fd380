"""`track_inference(client)`: spans for every inference route of a client at once.

Also the lazy-name path of `track_chat_completions` the spec pins (the code is
`_chat_tracker`'s).
"""

from __future__ import annotations

from typing import TypeVar

from bud.observability._chat_tracker import track_chat_completions
from bud.observability._embeddings_tracker import track_classifications, track_embeddings
from bud.observability._inference_attributes import FieldCapture
from bud.observability._responses_tracker import track_responses

ClientT = TypeVar("ClientT")


def track_inference(
    client: ClientT, *, capture_input: FieldCapture = True, capture_output: FieldCapture = True
) -> ClientT:
    """Instrument every inference route *client* has: `responses` (as `track_responses`),
    `chat.completions` (as `track_chat_completions`), `embeddings` and
    `classifications`. Routes the client lacks are skipped; idempotent.

    `capture_input` / `capture_output`: `True` the defaults, `False` nothing, a
    list exactly those fields (of Responses and chat calls; for embeddings and
    classify, `False` records no request or reply details).
    """
    inp, out = capture_input, capture_output
    if getattr(client, "responses", None) is not None:
        track_responses(client, capture_input=inp, capture_output=out)
    track_chat_completions(client, capture_input=inp, capture_output=out)
    track_embeddings(client, capture_input=inp, capture_output=out)
    track_classifications(client, capture_input=inp, capture_output=out)
    return client


__all__ = ["track_chat_completions", "track_inference"]
