from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.response_format_json_schema_type import (
    ResponseFormatJsonSchemaType,
    check_response_format_json_schema_type,
)

if TYPE_CHECKING:
    from ..models.response_format_json_schema_json_schema import ResponseFormatJsonSchemaJsonSchema
T = TypeVar("T", bound="ResponseFormatJsonSchema")


@_attrs_define
class ResponseFormatJsonSchema:
    """
    Attributes:
        type (ResponseFormatJsonSchemaType):
        json_schema (ResponseFormatJsonSchemaJsonSchema):
    """

    __repr__ = model_repr
    type: ResponseFormatJsonSchemaType
    json_schema: ResponseFormatJsonSchemaJsonSchema
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        json_schema = self.json_schema.to_dict()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_, "json_schema": json_schema})
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _ready_1:
            _prepare_1()
        d = dict(src_dict)
        type_ = check_response_format_json_schema_type(d.pop("type"))
        json_schema = ResponseFormatJsonSchemaJsonSchema.from_dict(d.pop("json_schema"))
        response_format_json_schema = cls(type=type_, json_schema=json_schema)
        response_format_json_schema.additional_properties = d
        return response_format_json_schema

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


_ready_1 = False


def _prepare_1() -> None:
    global _ready_1, ResponseFormatJsonSchemaJsonSchema
    from ..models.response_format_json_schema_json_schema import ResponseFormatJsonSchemaJsonSchema

    _ready_1 = True
