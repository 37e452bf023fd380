from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.text_response_format_json_schema_type import (
    TextResponseFormatJsonSchemaType,
    check_text_response_format_json_schema_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_format_json_schema_schema import ResponseFormatJsonSchemaSchema
T = TypeVar("T", bound="TextResponseFormatJsonSchema")


@_attrs_define
class TextResponseFormatJsonSchema:
    """
    Attributes:
        type (TextResponseFormatJsonSchemaType):
        description (str | Unset):
        name (str | Unset):
        schema (None | ResponseFormatJsonSchemaSchema | Unset):
        strict (bool | None | Unset):
    """

    __repr__ = model_repr
    type: TextResponseFormatJsonSchemaType
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    schema: None | ResponseFormatJsonSchemaSchema | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        description = self.description
        name = self.name
        schema: dict[str, Any] | None | Unset
        if isinstance(self.schema, Unset):
            schema = UNSET
        elif isinstance(self.schema, ResponseFormatJsonSchemaSchema):
            schema = self.schema.to_dict()
        else:
            schema = self.schema
        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if schema is not UNSET:
            field_dict["schema"] = schema
        if strict is not UNSET:
            field_dict["strict"] = strict
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_text_response_format_json_schema_type(d.pop("type"))
        description = d.pop("description", UNSET)
        name = d.pop("name", UNSET)

        def _parse_schema(data: object) -> None | ResponseFormatJsonSchemaSchema | Unset:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schema_type_0 = ResponseFormatJsonSchemaSchema.from_dict(data)
                return schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        schema = _parse_schema(d.pop("schema", UNSET))

        def _parse_strict(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        strict = _parse_strict(d.pop("strict", UNSET))
        text_response_format_json_schema = cls(
            type=type_, description=description, name=name, schema=schema, strict=strict
        )
        text_response_format_json_schema.additional_properties = d
        return text_response_format_json_schema

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_ready_0 = False


def _prepare_0() -> None:
    global _ready_0, ResponseFormatJsonSchemaSchema
    from ..models.response_format_json_schema_schema import ResponseFormatJsonSchemaSchema

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, ResponseFormatJsonSchemaSchema
    from ..models.response_format_json_schema_schema import ResponseFormatJsonSchemaSchema

    _ready_7 = True
