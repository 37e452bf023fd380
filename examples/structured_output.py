"""Structured outputs: the answer as an instance of your own type, no pydantic needed.

`responses.parse(text_format=T)` sends a strict JSON Schema built from `T` (a dataclass,
an attrs class, a TypedDict or a msgspec.Struct; `pip install 'bud-sdk[structured]'`) and
reads the model's JSON back into `T`. A JSON Schema dict works too (no extra needed): you
get a dict. `responses.stream(..., text_format=T)` streams as usual and parses at the end.

    BUD_BASE_URL=... BUD_API_KEY=... BUD_MODEL=... python examples/structured_output.py
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import Literal

from bud import BudClient, RefusalError, StructuredOutputError


@dataclass
class Meeting:
    """A meeting mentioned in the text."""

    title: str
    day: Literal["monday", "tuesday", "wednesday", "thursday", "friday"]
    people: list[str]
    room: str | None = None  # optional: the model may answer null


# The same idea as a JSON Schema dict: the answer comes back as a dict.
VERDICT = {
    "title": "verdict",
    "type": "object",
    "properties": {"answer": {"type": "boolean"}, "reason": {"type": "string"}},
    "required": ["answer", "reason"],
}


def main() -> int:
    model = os.environ.get("BUD_MODEL")
    if not model:
        print("set BUD_MODEL (and BUD_BASE_URL, BUD_API_KEY)", file=sys.stderr)
        return 2
    text = "Ana and Kwame meet for the design review on Monday in room B2."
    with BudClient(
        api_key=os.environ.get("BUD_API_KEY"), base_url=os.environ.get("BUD_BASE_URL")
    ) as client:
        try:
            response = client.responses.parse(
                model=model,
                instructions="Extract the meeting.",
                input=text,
                text_format=Meeting,
            )
        except RefusalError as err:
            print(f"the model refused: {err.refusal}")
            return 1
        except StructuredOutputError as err:  # cut short, or JSON that does not fit
            print(f"could not read the answer: {err} (raw text: {err.raw_text!r})")
            return 1
        meeting = response.output_parsed  # a Meeting (None if the model wrote no message)
        assert meeting is not None
        print(f"{type(meeting).__name__}: {meeting.title!r} on {meeting.day}")
        print(f"people: {meeting.people}, room: {meeting.room}")

        verdict = client.responses.parse(
            model=model, input="Is Paris the capital of France?", text_format=VERDICT
        )
        print(f"verdict: {verdict.output_parsed}")

        # streamed: the events as usual, the parsed response at the end
        with client.responses.stream(model=model, input=text, text_format=Meeting) as stream:
            deltas = sum(1 for event in stream if event.type == "response.output_text.delta")
            final = stream.get_final_response()
        print(f"streamed {deltas} deltas, then: {final.output_parsed.day}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
