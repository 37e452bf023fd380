"""``responses.parse``: a structured answer read into a type, bud against openai on the same bytes.

bud reads the model's JSON into a dataclass (msgspec); openai into an equivalent pydantic
model. Both calls go through the whole client (request building with the schema, HTTP over
``httpx.MockTransport``, the ``Response``, the parsed value); both answers are checked equal
before anything is timed. A third row isolates the decoding: the message text into the type.

Registered in ``run.py`` as ``parse``::

    python benchmarks/run.py --only parse
"""

from __future__ import annotations

import copy
import dataclasses
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import harness  # noqa: E402
import sse_fixtures  # noqa: E402
from harness import Row  # noqa: E402
from peers_openai import INPUT, MODEL, LoopOp, Op  # noqa: E402

LINE_ITEMS = 20


@dataclasses.dataclass
class LineItem:
    sku: str
    description: str
    quantity: int
    unit_price: float
    taxable: bool


@dataclasses.dataclass
class Address:
    street: str
    city: str
    postcode: str
    country: str


@dataclasses.dataclass
class Invoice:
    """An invoice extracted from a document."""

    number: str
    customer: str
    billing_address: Address
    currency: Literal["EUR", "USD", "GBP"]
    items: list[LineItem]
    total: float
    notes: str | None


def pydantic_invoice() -> type[Any]:
    """The same invoice as pydantic models (openai's ``text_format``); pydantic comes with
    openai, so it is imported only here."""
    from pydantic import BaseModel

    class LineItemModel(BaseModel):
        sku: str
        description: str
        quantity: int
        unit_price: float
        taxable: bool

    class AddressModel(BaseModel):
        street: str
        city: str
        postcode: str
        country: str

    class InvoiceModel(BaseModel):
        """An invoice extracted from a document."""

        number: str
        customer: str
        billing_address: AddressModel
        currency: Literal["EUR", "USD", "GBP"]
        items: list[LineItemModel]
        total: float
        notes: str | None

    return InvoiceModel


def invoice_dict(n: int = LINE_ITEMS) -> dict[str, Any]:
    items = [
        {
            "sku": f"SKU-{i:05d}",
            "description": f"Item {i}: replacement part for the gateway rack, revision {i % 7}",
            "quantity": 1 + i % 5,
            "unit_price": round(9.5 + i * 1.25, 2),
            "taxable": i % 3 != 0,
        }
        for i in range(n)
    ]
    return {
        "number": "INV-2026-00042",
        "customer": "Bud Ecosystem Inc.",
        "billing_address": {
            "street": "1 Market Street",
            "city": "San Francisco",
            "postcode": "94105",
            "country": "US",
        },
        "currency": "USD",
        "items": items,
        "total": round(sum(i["quantity"] * i["unit_price"] for i in items), 2),
        "notes": None,
    }


def response_body(n: int = LINE_ITEMS) -> tuple[bytes, str]:
    """A finished ``Response`` whose one message is the invoice as JSON; and that JSON."""
    text = json.dumps(invoice_dict(n), separators=(",", ":"))
    body = copy.deepcopy(sse_fixtures.response_dict())
    message = {
        "id": "msg_" + "0" * 48,
        "type": "message",
        "status": "completed",
        "role": "assistant",
        "content": [{"type": "output_text", "text": text, "annotations": [], "logprobs": []}],
    }
    body.update(
        output=[message],
        tools=[],
        reasoning={"effort": None, "summary": None},
        text={"format": {"type": "json_schema", "name": "Invoice", "strict": True,
                         "schema": {"type": "object"}}, "verbosity": "medium"},
    )  # fmt: skip
    return json.dumps(body, separators=(",", ":")).encode(), text


# ---------------------------------------------------------------------------------------------
# the two sides: one whole responses.parse each


def _check(parsed: Any) -> None:
    """Both sides must read the same invoice: a cheaper wrong answer measures nothing."""
    value = parsed if isinstance(parsed, dict) else None
    if value is None and dataclasses.is_dataclass(parsed):
        value = dataclasses.asdict(parsed)
    if value is None:
        value = parsed.model_dump()
    if value != invoice_dict():
        raise ValueError(f"parsed the wrong invoice: {str(value)[:80]}")


def bud_parse_sync(body: bytes) -> Op:
    import peers_bud

    client = peers_bud.bud_client(body, "application/json")
    _check(client.responses.parse(model=MODEL, input=INPUT, text_format=Invoice).output_parsed)

    def op() -> int:
        client.responses.parse(model=MODEL, input=INPUT, text_format=Invoice)
        return 1

    return op


def bud_parse_async(body: bytes) -> LoopOp:
    import peers_bud

    client = peers_bud.async_bud_client(body, "application/json")

    async def op() -> int:
        await client.responses.parse(model=MODEL, input=INPUT, text_format=Invoice)
        return 1

    async def first() -> int:
        parsed = await client.responses.parse(model=MODEL, input=INPUT, text_format=Invoice)
        _check(parsed.output_parsed)
        return 1

    LoopOp(first)()
    return LoopOp(op)


def openai_parse_sync(body: bytes) -> Op:
    import peers_openai

    model = pydantic_invoice()
    client = peers_openai.openai_client(body, "application/json")
    _check(client.responses.parse(model=MODEL, input=INPUT, text_format=model).output_parsed)

    def op() -> int:
        client.responses.parse(model=MODEL, input=INPUT, text_format=model)
        return 1

    return op


def openai_parse_async(body: bytes) -> LoopOp:
    import peers_openai

    model = pydantic_invoice()
    client = peers_openai.async_openai_client(body, "application/json")

    async def op() -> int:
        await client.responses.parse(model=MODEL, input=INPUT, text_format=model)
        return 1

    async def first() -> int:
        parsed = await client.responses.parse(model=MODEL, input=INPUT, text_format=model)
        _check(parsed.output_parsed)
        return 1

    LoopOp(first)()
    return LoopOp(op)


def bud_decode(text: str) -> Op:
    from bud._structured import output_format

    decode = output_format(Invoice).decode
    _check(decode(text))

    def op() -> int:
        decode(text)
        return 1

    return op


def pydantic_decode(text: str) -> Op:
    model = pydantic_invoice()
    _check(model.model_validate_json(text))

    def op() -> int:
        model.model_validate_json(text)
        return 1

    return op


# ---------------------------------------------------------------------------------------------
# the rows


def _side(fn: Callable[[], float]) -> tuple[float | None, str | None]:
    try:
        return fn(), None
    except Exception as exc:  # a side that fails is reported, never fatal
        text = f"{type(exc).__name__}: {exc}".strip().splitlines()
        return None, text[0] if text else type(exc).__name__


def bench_parse(ctx: Any) -> list[Row]:
    """``responses.parse`` into a dataclass (bud) / a pydantic model (openai), same bytes."""
    reps, batch = ctx.call_repeats, ctx.calls_per_repeat
    body, text = response_body()
    per_op = harness.per_op
    shape = f"{LINE_ITEMS} line items, {len(text):,} B of JSON"
    rows: list[Row] = []
    for mode, bud_make, oa_make in (
        ("sync", bud_parse_sync, openai_parse_sync),
        ("async", bud_parse_async, openai_parse_async),
    ):
        bud, bud_error = _side(lambda m=bud_make: per_op(lambda: m(body), reps, batch))
        peer, peer_error = _side(lambda m=oa_make: per_op(lambda: m(body), reps, batch))
        rows.append(
            Row(
                name=f"responses.parse {mode}: CPU/call (openai + pydantic)",
                unit="µs",
                bud=bud,
                peer=peer,
                bud_error=bud_error,
                peer_error=peer_error,
                note=f"an invoice, {shape}; whole call over a mock transport: the strict "
                "schema sent, the Response and the typed value read; bud: a dataclass "
                "(msgspec), openai: the same fields as a pydantic model"
                if mode == "sync"
                else "",
            )
        )
    bud, bud_error = _side(lambda: per_op(lambda: bud_decode(text), reps, batch))
    peer, peer_error = _side(lambda: per_op(lambda: pydantic_decode(text), reps, batch))
    rows.append(
        Row(
            name="structured decode only: JSON text -> type",
            unit="µs",
            bud=bud,
            peer=peer,
            bud_error=bud_error,
            peer_error=peer_error,
            note="bud: the decoder parse() uses (msgspec); peer: pydantic model_validate_json",
        )
    )
    return rows


if __name__ == "__main__":  # a quick look: python benchmarks/bench_parse.py

    class _Quick:
        call_repeats, calls_per_repeat = 3, 50

    print(harness.format_table(bench_parse(_Quick())))
