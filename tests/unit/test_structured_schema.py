"""Structured outputs, the pure part (`bud._structured`): the strict JSON Schema built from a
type or adjusted from a dict, and the model's JSON read back into the type.

What strict mode requires (OpenAI's structured outputs): the root is an object (not a
`$ref`, not `anyOf`), every object has `additionalProperties: false` and lists every
property in `required`, and an optional property is expressed as nullable. `assert_strict`
checks all of it on every schema built here; the local server's answer to each schema
(`schema_instance`) must read back into the type.
"""

from __future__ import annotations

import copy
import dataclasses
import enum
import json
from collections.abc import Iterator
from typing import Any, Generic, Literal, NotRequired, Optional, TypedDict, TypeVar

import attrs
import msgspec
import pytest

from bud._structured import (
    OutputFormat,
    output_format,
    schema_name,
    strict_schema,
    with_format,
)
from bud.testing._inputs import schema_instance

# --------------------------------------------------------------------------- types


class Color(enum.Enum):
    RED = "red"
    GREEN = "green"


class Priority(enum.IntEnum):
    LOW = 1
    HIGH = 2


@dataclasses.dataclass
class Address:
    street: str
    city: str
    postcode: Optional[str] = None  # noqa: UP045 - the spelling users write too


@dataclasses.dataclass
class Person:
    """Someone mentioned in the text."""

    name: str
    age: int
    tags: list[str]
    address: Address
    color: Color
    kind: Literal["customer", "supplier"] = "customer"
    visits: int = 0
    nickname: str | None = None
    previous: list[Address] = dataclasses.field(default_factory=list)


@attrs.define
class Pet:
    name: str
    species: Literal["cat", "dog"]
    owner: Person | None = None
    priority: Priority = Priority.LOW
    weight_kg: float = 1.5


class Movie(TypedDict):
    title: str
    year: int
    genres: list[str]
    rating: NotRequired[float]


class PartialMovie(TypedDict, total=False):
    title: str
    year: int


@dataclasses.dataclass
class Tree:
    value: int
    children: list[Tree]
    parent: Tree | None = None


class Point(msgspec.Struct):
    x: int
    y: int
    label: str = "origin"


V = TypeVar("V")


@dataclasses.dataclass
class Page(Generic[V]):
    items: list[V]
    next_cursor: str | None


@dataclasses.dataclass
class WithMapping:
    scores: dict[str, int]


@dataclasses.dataclass
class WithAny:
    payload: Any


@dataclasses.dataclass
class WithBareDict:
    payload: dict  # type: ignore[type-arg]


TYPES: list[Any] = [Address, Person, Pet, Movie, PartialMovie, Tree, Point, Page[Address]]


# --------------------------------------------------------------------------- checks


def _nodes(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _nodes(value)
    elif isinstance(node, list):
        for value in node:
            yield from _nodes(value)


def _nullable(node: dict[str, Any], defs: dict[str, Any]) -> bool:
    ref = node.get("$ref")
    if isinstance(ref, str):
        return _nullable(defs[ref.removeprefix("#/$defs/")], defs)
    kind = node.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    return any(_nullable(b, defs) for b in node.get("anyOf", ()))


def assert_strict(schema: dict[str, Any], defs: dict[str, Any] | None = None) -> None:
    """Every rule of strict mode, on every node of *schema* (its `$defs`, or *defs*)."""
    assert schema.get("type") == "object", schema
    assert "$ref" not in schema and "anyOf" not in schema
    defs = schema.get("$defs", {}) if defs is None else defs
    text = json.dumps(schema)
    for node in _nodes(schema):
        if "properties" in node or node.get("type") == "object":
            assert node["additionalProperties"] is False, node
            assert node["required"] == list(node["properties"]), node
        assert "default" not in node, node
        assert "oneOf" not in node, node
        if "enum" in node:
            assert "type" in node, node
        ref = node.get("$ref")
        if isinstance(ref, str):
            assert ref.startswith("#/$defs/") and ref.removeprefix("#/$defs/") in defs, ref
            assert set(node) == {"$ref"}, node  # nothing beside a $ref
    assert "$schema" not in text


def fields_of(schema: dict[str, Any], name: str | None = None) -> dict[str, Any]:
    node = schema if name is None else schema["$defs"][name]
    props: dict[str, Any] = node["properties"]
    return props


# --------------------------------------------------------------------------- schemas


@pytest.mark.parametrize("tp", TYPES, ids=lambda t: getattr(t, "__name__", repr(t)))
def test_every_schema_is_strict(tp: Any) -> None:
    fmt = output_format(tp)
    assert_strict(fmt.schema)
    assert fmt.text_format == {
        "type": "json_schema",
        "name": fmt.name,
        "schema": fmt.schema,
        "strict": True,
    }


def test_dataclass_nested_optional_list_literal_enum_defaults() -> None:
    schema = output_format(Person).schema
    props = fields_of(schema)
    defs = schema["$defs"]
    assert list(props) == [f.name for f in dataclasses.fields(Person)]
    assert schema["description"] == "Someone mentioned in the text."  # the docstring
    assert props["name"] == {"type": "string"}
    assert props["age"] == {"type": "integer"}
    assert props["tags"] == {"type": "array", "items": {"type": "string"}}
    assert props["address"] == {"$ref": "#/$defs/Address"}
    assert props["color"] == {"$ref": "#/$defs/Color"}
    assert defs["Color"]["type"] == "string"
    assert sorted(defs["Color"]["enum"]) == ["green", "red"]
    # optional (a default) and not nullable: made nullable, the default dropped
    assert props["kind"] == {
        "anyOf": [{"enum": ["customer", "supplier"], "type": "string"}, {"type": "null"}]
    }
    assert props["visits"] == {"anyOf": [{"type": "integer"}, {"type": "null"}]}
    # already nullable: required, one null branch, no default
    assert props["nickname"] == {"anyOf": [{"type": "string"}, {"type": "null"}]}
    assert props["previous"] == {
        "anyOf": [{"type": "array", "items": {"$ref": "#/$defs/Address"}}, {"type": "null"}]
    }
    assert fields_of(schema, "Address")["postcode"] == {
        "anyOf": [{"type": "string"}, {"type": "null"}]
    }
    assert "Person" not in defs  # inlined as the root, referred to nowhere else


def test_attrs_class() -> None:
    schema = output_format(Pet).schema
    props = fields_of(schema)
    assert list(props) == ["name", "species", "owner", "priority", "weight_kg"]
    assert props["species"] == {"enum": ["cat", "dog"], "type": "string"}
    assert props["owner"] == {"anyOf": [{"$ref": "#/$defs/Person"}, {"type": "null"}]}
    assert props["priority"] == {"anyOf": [{"$ref": "#/$defs/Priority"}, {"type": "null"}]}
    assert schema["$defs"]["Priority"]["type"] == "integer"
    assert props["weight_kg"] == {"anyOf": [{"type": "number"}, {"type": "null"}]}
    assert set(schema["$defs"]) == {"Person", "Address", "Color", "Priority"}


def test_typeddict_not_required_keys_become_nullable() -> None:
    schema = output_format(Movie).schema
    assert sorted(schema["required"]) == ["genres", "rating", "title", "year"]
    assert fields_of(schema)["rating"] == {"anyOf": [{"type": "number"}, {"type": "null"}]}
    partial = output_format(PartialMovie).schema
    assert sorted(partial["required"]) == ["title", "year"]
    assert fields_of(partial)["year"] == {"anyOf": [{"type": "integer"}, {"type": "null"}]}


def test_recursive_type_keeps_its_definition() -> None:
    schema = output_format(Tree).schema
    assert fields_of(schema)["children"] == {"type": "array", "items": {"$ref": "#/$defs/Tree"}}
    assert_strict(schema["$defs"]["Tree"], schema["$defs"])  # what the references resolve to


def test_msgspec_struct_and_generic_dataclass() -> None:
    assert fields_of(output_format(Point).schema)["label"] == {
        "anyOf": [{"type": "string"}, {"type": "null"}]
    }
    page = output_format(Page[Address])
    assert page.name == "Page"
    assert fields_of(page.schema)["items"] == {
        "type": "array",
        "items": {"$ref": "#/$defs/Address"},
    }


def test_formats_are_built_once_per_type() -> None:
    assert output_format(Person) is output_format(Person)
    assert output_format(Person).schema is output_format(Person).schema


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Person", "Person"),
        ("Page[Item]", "Page_Item"),
        ("Café au lait", "Caf_au_lait"),
        ("x" * 80, "x" * 64),
        ("", "output"),
        (None, "output"),
        ("___", "output"),
        ("a-b_c9", "a-b_c9"),
    ],
)
def test_schema_name_is_what_the_api_accepts(raw: Any, expected: str) -> None:
    name = schema_name(raw)
    assert name == expected
    assert 1 <= len(name) <= 64 and all(c.isascii() and (c.isalnum() or c in "_-") for c in name)


# --------------------------------------------------------------------------- dict schemas


USER_SCHEMA: dict[str, Any] = {
    "title": "Weather report",
    "type": "object",
    "properties": {
        "city": {"type": "string", "description": "The city"},
        "unit": {"type": "string", "enum": ["c", "f"], "default": "c"},
        "days": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"day": {"type": "string"}, "high": {"type": ["number", "null"]}},
                "required": ["day"],
            },
        },
        "source": {"oneOf": [{"type": "string"}, {"type": "null"}]},
        "level": {"enum": [1, 2, 3]},
        "mixed": {"enum": ["a", 1]},
    },
    "required": ["city"],
}


def test_dict_schema_is_made_strict_without_touching_the_callers() -> None:
    before = copy.deepcopy(USER_SCHEMA)
    fmt = output_format(USER_SCHEMA)
    assert before == USER_SCHEMA
    assert fmt.name == "Weather_report"
    schema = fmt.schema
    assert_strict(schema)
    props = fields_of(schema)
    assert props["city"] == {"type": "string", "description": "The city"}
    assert props["unit"] == {"anyOf": [{"type": "string", "enum": ["c", "f"]}, {"type": "null"}]}
    day = props["days"]["anyOf"][0]["items"]
    assert day["required"] == ["day", "high"]
    assert day["properties"]["high"] == {"type": ["number", "null"]}  # nullable already
    assert props["source"] == {"anyOf": [{"type": "string"}, {"type": "null"}]}  # oneOf read
    assert props["level"]["anyOf"][0] == {"enum": [1, 2, 3], "type": "integer"}
    assert props["mixed"]["anyOf"][0] == {"enum": ["a", 1], "type": ["string", "integer"]}


def test_dict_schema_with_a_root_ref_is_inlined() -> None:
    schema = {
        "$ref": "#/$defs/Answer",
        "$defs": {
            "Answer": {
                "type": "object",
                "properties": {"ok": {"type": "boolean"}, "why": {"$ref": "#/$defs/Why"}},
            },
            "Why": {"type": "object", "properties": {"text": {"type": "string"}}},
        },
    }
    out = strict_schema(schema)
    assert_strict(out)
    assert set(out["$defs"]) == {"Why"}
    assert out["properties"]["why"] == {"anyOf": [{"$ref": "#/$defs/Why"}, {"type": "null"}]}


def test_a_ref_with_keywords_beside_it_is_inlined() -> None:
    schema = {
        "type": "object",
        "properties": {"where": {"$ref": "#/$defs/Place", "description": "Where it is"}},
        "required": ["where"],
        "$defs": {"Place": {"type": "object", "properties": {"name": {"type": "string"}}}},
    }
    where = strict_schema(schema)["properties"]["where"]
    assert where["description"] == "Where it is"
    # "name" was not required: nullable now
    assert where["properties"] == {"name": {"anyOf": [{"type": "string"}, {"type": "null"}]}}
    assert where["additionalProperties"] is False


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "array", "items": {"type": "string"}},
        {"anyOf": [{"type": "object", "properties": {}}, {"type": "null"}]},
        {"type": "string"},
        {"$ref": "#/$defs/Missing"},
        {"type": "object", "properties": {"extra": {"type": "object"}}},
        {"type": "object", "properties": {}, "additionalProperties": {"type": "string"}},
        {"type": "object", "properties": {"anything": {}}},
        {"type": "object"},
    ],
)
def test_schemas_strict_mode_cannot_express_are_refused(schema: dict[str, Any]) -> None:
    with pytest.raises(TypeError):
        output_format(schema)


def test_an_empty_object_is_fine() -> None:
    assert strict_schema({"type": "object", "properties": {}}) == {
        "type": "object",
        "properties": {},
        "required": [],
        "additionalProperties": False,
    }


# --------------------------------------------------------------------------- bad types


class Plain:
    name: str


class LooksLikePydantic:
    @classmethod
    def model_json_schema(cls) -> dict[str, Any]:
        return {}


@pytest.mark.parametrize(
    ("text_format", "words"),
    [
        (42, "got int"),
        ("Person", "got str"),
        (Plain, "got Plain"),
        (list[Address], "got list"),
        (LooksLikePydantic, "model_json_schema()"),
        (WithMapping, "free-form keys"),
        (WithBareDict, "free-form keys"),
        (WithAny, "any type"),
    ],
)
def test_bad_text_formats_are_type_errors(text_format: Any, words: str) -> None:
    with pytest.raises(TypeError, match=r".*") as info:
        output_format(text_format)
    assert words in str(info.value)


def test_a_type_msgspec_cannot_describe_is_a_type_error() -> None:
    @dataclasses.dataclass
    class HoldsAPlainClass:
        thing: Plain

    with pytest.raises(TypeError, match="msgspec cannot describe it"):
        output_format(HoldsAPlainClass)


# --------------------------------------------------------------------------- decoding


def test_null_for_an_optional_field_means_its_default() -> None:
    fmt = output_format(Person)
    text = json.dumps(
        {
            "name": "Ada",
            "age": 36,
            "tags": ["math"],
            "address": {"street": "St James's Square", "city": "London", "postcode": None},
            "color": "green",
            "kind": None,
            "visits": None,
            "nickname": None,
            "previous": [{"street": "x", "city": "y", "postcode": None}],
        }
    )
    person = fmt.decode(text)
    assert person == Person(
        name="Ada",
        age=36,
        tags=["math"],
        address=Address("St James's Square", "London", None),
        color=Color.GREEN,
        previous=[Address("x", "y")],
    )
    assert person.kind == "customer" and person.visits == 0


def test_null_for_a_not_required_key_means_absent() -> None:
    movie = output_format(Movie).decode('{"title":"Up","year":2009,"genres":[],"rating":null}')
    assert movie == {"title": "Up", "year": 2009, "genres": []}
    assert output_format(PartialMovie).decode('{"title":null,"year":1}') == {"year": 1}


def test_nested_nulls_in_attrs_and_unions() -> None:
    pet = output_format(Pet).decode(
        '{"name":"Rex","species":"dog","owner":null,"priority":null,"weight_kg":null}'
    )
    assert pet == Pet("Rex", "dog")
    assert pet.priority is Priority.LOW


def test_a_type_without_optional_fields_decodes_in_one_pass() -> None:
    @dataclasses.dataclass
    class Strict:
        a: int
        b: str | None

    fmt = output_format(Strict)
    assert fmt.decode('{"a":1,"b":null}') == Strict(1, None)


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        '{"name": "Ada"',
        "[]",
        '{"street": 1, "city": "x", "postcode": null}',
        '{"city": "x", "postcode": null}',
    ],
)
def test_text_that_does_not_fit_raises_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        output_format(Address).decode(text)


def test_dict_schema_reads_any_json_object() -> None:
    fmt: OutputFormat[Any] = output_format(USER_SCHEMA)
    assert fmt.decode('{"anything": [1, 2]}') == {"anything": [1, 2]}
    with pytest.raises(ValueError):
        fmt.decode("[1, 2]")
    with pytest.raises(ValueError):
        fmt.decode("{")


# --------------------------------------------------------------------------- the request


def test_with_format_keeps_the_callers_other_text_fields() -> None:
    fmt = output_format(Address)
    params = with_format(
        "parse", {"model": "m", "text": {"verbosity": "low", "format": {"type": "text"}}}, fmt
    )
    assert params["text"] == {"verbosity": "low", "format": fmt.text_format}
    assert with_format("parse", {}, fmt)["text"] == {"format": fmt.text_format}
    with pytest.raises(TypeError, match="'text' must be an object"):
        with_format("parse", {"text": "low"}, fmt)


# --------------------------------------------------------------------------- the local server


@pytest.mark.parametrize("tp", TYPES, ids=lambda t: getattr(t, "__name__", repr(t)))
def test_the_local_servers_answer_reads_back_into_the_type(tp: Any) -> None:
    fmt = output_format(tp)
    value = schema_instance(fmt.schema, "from the prompt")
    fmt.decode(json.dumps(value))  # no error: valid for the schema


def test_the_local_servers_answer_fills_every_field() -> None:
    fmt = output_format(Person)
    value = schema_instance(fmt.schema, "Ada")
    assert value == {
        "name": "Ada",
        "age": 1,
        "tags": ["Ada"],
        "address": {"street": "Ada", "city": "Ada", "postcode": "Ada"},
        "color": "green",
        "kind": "customer",
        "visits": 1,
        "nickname": "Ada",
        "previous": [{"street": "Ada", "city": "Ada", "postcode": "Ada"}],
    }
    tree = schema_instance(output_format(Tree).schema, "x")
    # a recursive schema ends where its definition recurs: null, and empty lists
    leaf = {"value": 1, "children": [], "parent": None}
    node = {"value": 1, "children": [leaf], "parent": leaf}
    assert tree == {"value": 1, "children": [node], "parent": node}


def test_the_local_servers_answer_to_a_dict_schema() -> None:
    value = schema_instance(output_format(USER_SCHEMA).schema, "Paris")
    assert value == {
        "city": "Paris",
        "unit": "c",
        "days": [{"day": "Paris", "high": 1}],
        "source": "Paris",
        "level": 1,
        "mixed": "a",
    }
