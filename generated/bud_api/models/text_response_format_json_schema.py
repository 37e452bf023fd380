from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        schema (ResponseFormatJsonSchemaSchema | Unset):
        strict (bool | None | Unset):
    """

    type: TextResponseFormatJsonSchemaType
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    schema: ResponseFormatJsonSchemaSchema | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type

        description = self.description

        name = self.name

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
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
        from ..models.response_format_json_schema_schema import ResponseFormatJsonSchemaSchema  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_text_response_format_json_schema_type(d.pop("type"))

        description = d.pop("description", UNSET)

        name = d.pop("name", UNSET)

        _schema = d.pop("schema", UNSET)
        schema: ResponseFormatJsonSchemaSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = ResponseFormatJsonSchemaSchema.from_dict(_schema)

        def _parse_strict(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        strict = _parse_strict(d.pop("strict", UNSET))

        text_response_format_json_schema = cls(
            type=type_,
            description=description,
            name=name,
            schema=schema,
            strict=strict,
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
