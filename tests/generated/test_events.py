"""Every stream event of the contract is generated, dispatchable and reads real wire data."""

from __future__ import annotations

import copy
from typing import Any

import attrs
import pytest
from bud_api.event_types import EVENT_TYPES
from bud_api.types import UNSET

from ._contract import stream_event_types, union_members
from .event_samples import EVENT_SAMPLES, RESPONSE_ID, sample

CONTRACT_EVENTS = stream_event_types()  # event type -> schema name, read from the YAML
ALL_TYPES = sorted(CONTRACT_EVENTS)
SCALARS = (str, int, float, bool, type(None))


def _fields(cls: type) -> set[str]:
    return {f.name for f in attrs.fields(cls)} - {"additional_properties"}


def test_contract_lists_the_stream_events() -> None:
    members = union_members("ResponseStreamEvent")
    assert len(members) == len(CONTRACT_EVENTS)  # one type per member, no duplicates
    assert "response.compaction.compacting" in CONTRACT_EVENTS
    assert "response.output_text.delta" in CONTRACT_EVENTS


def test_event_types_covers_exactly_the_contract_union() -> None:
    assert set(EVENT_TYPES) == set(CONTRACT_EVENTS)
    assert len(EVENT_TYPES) == len(union_members("ResponseStreamEvent"))


def test_every_contract_event_has_a_sample() -> None:
    assert set(EVENT_SAMPLES) == set(CONTRACT_EVENTS)
    for event_type, data in EVENT_SAMPLES.items():
        assert data["type"] == event_type


@pytest.mark.parametrize("event_type", ALL_TYPES)
def test_class_is_the_contract_schema(event_type: str) -> None:
    cls = EVENT_TYPES[event_type]
    assert cls.__name__ == CONTRACT_EVENTS[event_type]
    assert cls.__module__.startswith("bud_api.models.")
    # the wire name is kept: `event.type`, never `event.type_`
    assert "type" in _fields(cls)
    assert "type_" not in _fields(cls)


@pytest.mark.parametrize("event_type", ALL_TYPES)
def test_sample_parses_with_its_fields_and_round_trips(event_type: str) -> None:
    data = sample(event_type)
    event = EVENT_TYPES[event_type].from_dict(data)

    assert event.type == event_type
    assert data == EVENT_SAMPLES[event_type], "from_dict must not change its input"
    known = _fields(type(event))
    checked = 0
    for key, value in data.items():
        if not isinstance(value, SCALARS):
            continue
        if key in known:
            assert getattr(event, key) == value, key
            checked += 1
        else:
            assert event.additional_properties[key] == value, key
    assert checked >= 1
    if "sequence_number" in data:
        assert event.sequence_number == data["sequence_number"]
    # nested objects are typed, not left as dicts
    for key in ("response", "item", "part", "annotation", "delta"):
        if isinstance(data.get(key), dict):
            assert not isinstance(getattr(event, key), dict), key
            assert hasattr(getattr(event, key), "to_dict"), key
    assert event.to_dict() == EVENT_SAMPLES[event_type]


@pytest.mark.parametrize("event_type", ALL_TYPES)
def test_a_class_rejects_another_events_type(event_type: str) -> None:
    other = "response.output_text.delta" if event_type != "response.output_text.delta" else "error"
    data = sample(event_type)
    data["type"] = other
    with pytest.raises(TypeError):
        EVENT_TYPES[event_type].from_dict(data)


@pytest.mark.parametrize("event_type", ALL_TYPES)
def test_missing_sequence_number_parses(event_type: str) -> None:
    data = sample(event_type)
    del data["sequence_number"]
    event = EVENT_TYPES[event_type].from_dict(data)
    assert event.type == event_type
    assert event.sequence_number is UNSET
    assert not event.sequence_number
    assert "sequence_number" not in event.to_dict()
    assert event.to_dict() == data


@pytest.mark.parametrize("event_type", ["response.output_text.delta", "response.output_text.done"])
def test_missing_logprobs_parses(event_type: str) -> None:
    data = sample(event_type)
    del data["logprobs"]
    del data["sequence_number"]
    event = EVENT_TYPES[event_type].from_dict(data)
    assert event.logprobs is UNSET
    assert event.to_dict() == data


def test_text_delta_logprobs_are_typed() -> None:
    data = sample("response.output_text.delta")
    data["logprobs"] = [
        {
            "token": "Lisbon",
            "logprob": -0.0021,
            "top_logprobs": [{"token": "Lisbon", "logprob": -0.0021}],
        }
    ]
    event = EVENT_TYPES["response.output_text.delta"].from_dict(data)
    assert event.logprobs[0].token == "Lisbon"
    assert event.logprobs[0].logprob == pytest.approx(-0.0021)
    assert event.logprobs[0].top_logprobs[0].token == "Lisbon"
    assert event.to_dict() == data


def test_response_created_with_only_an_id_parses() -> None:
    data = {"type": "response.created", "response": {"id": RESPONSE_ID}}
    event = EVENT_TYPES["response.created"].from_dict(copy.deepcopy(data))
    response = event.response
    assert type(response).__name__ == "ResponseObject"
    assert response.id == RESPONSE_ID
    assert response.status is UNSET
    assert response.output is UNSET
    assert response.usage is UNSET
    assert response.output_text == ""
    assert event.sequence_number is UNSET
    assert event.to_dict() == data


@pytest.mark.parametrize(
    "event_type", ["response.queued", "response.created", "response.in_progress", "response.failed"]
)
def test_response_with_null_usage_parses(event_type: str) -> None:
    # the API sends `"usage": null` until the response is done
    data = sample(event_type)
    assert data["response"]["usage"] is None
    event = EVENT_TYPES[event_type].from_dict(copy.deepcopy(data))
    assert event.response.usage is None
    assert event.response.incomplete_details is None
    assert event.response.user is None
    assert event.to_dict() == data


@pytest.mark.parametrize("event_type", ALL_TYPES)
def test_unknown_top_level_fields_are_kept(event_type: str) -> None:
    data = sample(event_type)
    data["x_bud_route"] = {"region": "eu-west-1", "hops": [1, 2]}
    data["x_bud_flag"] = True
    event = EVENT_TYPES[event_type].from_dict(data)
    assert event.additional_properties["x_bud_route"] == {"region": "eu-west-1", "hops": [1, 2]}
    assert event.additional_properties["x_bud_flag"] is True
    assert event.to_dict() == data


def test_unknown_nested_fields_are_kept() -> None:
    data = sample("response.completed")
    response = data["response"]
    response["x_gateway_region"] = "eu-west-1"
    response["usage"]["x_billed_units"] = 3
    response["usage"]["input_tokens_details"]["x_audio_tokens"] = 0
    message = response["output"][0]
    message["x_moderation"] = {"flagged": False}
    message["content"][0]["x_render_hint"] = "markdown"
    message["content"][0]["annotations"][0]["x_rank"] = 1

    event = EVENT_TYPES["response.completed"].from_dict(copy.deepcopy(data))
    parsed = event.response
    assert parsed.additional_properties["x_gateway_region"] == "eu-west-1"
    assert parsed.usage.additional_properties == {"x_billed_units": 3}
    assert parsed.usage.input_tokens_details.additional_properties == {"x_audio_tokens": 0}
    item = parsed.output[0]
    assert type(item).__name__ == "OutputMessage"
    assert item.additional_properties == {"x_moderation": {"flagged": False}}
    part = item.content[0]
    assert type(part).__name__ == "OutputTextContent"
    assert part.additional_properties == {"x_render_hint": "markdown"}
    assert type(part.annotations[0]).__name__ == "UrlCitationBody"
    assert part.annotations[0].additional_properties == {"x_rank": 1}
    assert event.to_dict() == data


@pytest.mark.parametrize(
    ("event_type", "key", "class_name"),
    [
        ("response.output_item.done", "item", "OutputMessage"),
        ("response.content_part.done", "part", "OutputTextContent"),
        ("response.reasoning_summary_part.done", "part", None),
        ("response.shell_call_output_content.delta", "delta", "ShellCallOutputDelta"),
        ("response.output_text.annotation.added", "annotation", "UrlCitationBody"),
    ],
)
def test_unknown_fields_of_nested_event_objects_are_kept(
    event_type: str, key: str, class_name: str | None
) -> None:
    data = sample(event_type)
    data[key]["x_new_field"] = {"since": "2026-10"}
    event = EVENT_TYPES[event_type].from_dict(copy.deepcopy(data))
    nested = getattr(event, key)
    if class_name is not None:
        assert type(nested).__name__ == class_name
    assert nested.additional_properties == {"x_new_field": {"since": "2026-10"}}
    assert event.to_dict() == data


@pytest.mark.parametrize("created_at", [1756545249.734, 1756545249])
def test_created_at_float_or_int_parses(created_at: Any) -> None:
    data = sample("response.created")
    data["response"]["created_at"] = created_at
    event = EVENT_TYPES["response.created"].from_dict(copy.deepcopy(data))
    assert event.response.created_at == created_at
    assert type(event.response.created_at) is type(created_at)
    assert event.to_dict() == data


def test_event_types_is_a_read_only_mapping() -> None:
    types = list(EVENT_TYPES)
    assert len(types) == len(set(types)) == len(EVENT_TYPES) == len(CONTRACT_EVENTS)
    for event_type in ALL_TYPES:
        assert event_type in EVENT_TYPES
        assert EVENT_TYPES.get(event_type) is EVENT_TYPES[event_type]
    assert dict(EVENT_TYPES.items()) == {t: EVENT_TYPES[t] for t in ALL_TYPES}
    with pytest.raises(TypeError):
        EVENT_TYPES["response.made_up"] = dict  # type: ignore[index]


@pytest.mark.parametrize(
    "unknown", ["response.made_up.delta", "", "RESPONSE.COMPLETED", "response.completed "]
)
def test_unknown_event_type_is_not_in_the_map(unknown: str) -> None:
    assert unknown not in EVENT_TYPES
    assert EVENT_TYPES.get(unknown) is None
    sentinel = object()
    assert EVENT_TYPES.get(unknown, sentinel) is sentinel
    with pytest.raises(KeyError):
        EVENT_TYPES[unknown]


def test_non_string_keys_are_not_in_the_map() -> None:
    assert 42 not in EVENT_TYPES
    assert None not in EVENT_TYPES
