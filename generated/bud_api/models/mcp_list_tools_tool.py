from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_list_tools_tool_annotations_type_0 import MCPListToolsToolAnnotationsType0
    from ..models.mcp_list_tools_tool_input_schema_type_0 import MCPListToolsToolInputSchemaType0
T = TypeVar("T", bound="MCPListToolsTool")


@_attrs_define
class MCPListToolsTool:
    """
    Attributes:
        name (str | Unset):
        description (None | str | Unset):
        input_schema (MCPListToolsToolInputSchemaType0 | None | Unset):
        annotations (MCPListToolsToolAnnotationsType0 | None | Unset):
    """

    __repr__ = model_repr
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    input_schema: MCPListToolsToolInputSchemaType0 | None | Unset = UNSET
    annotations: MCPListToolsToolAnnotationsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        name = self.name
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description
        input_schema: dict[str, Any] | None | Unset
        if isinstance(self.input_schema, Unset):
            input_schema = UNSET
        elif isinstance(self.input_schema, MCPListToolsToolInputSchemaType0):
            input_schema = self.input_schema.to_dict()
        else:
            input_schema = self.input_schema
        annotations: dict[str, Any] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, MCPListToolsToolAnnotationsType0):
            annotations = self.annotations.to_dict()
        else:
            annotations = self.annotations
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if input_schema is not UNSET:
            field_dict["input_schema"] = input_schema
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        description = _parse_description(d.pop("description", UNSET))

        def _parse_input_schema(data: object) -> MCPListToolsToolInputSchemaType0 | None | Unset:
            if not _ready_8:
                _prepare_8()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_schema_type_0 = MCPListToolsToolInputSchemaType0.from_dict(data)
                return input_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        input_schema = _parse_input_schema(d.pop("input_schema", UNSET))

        def _parse_annotations(data: object) -> MCPListToolsToolAnnotationsType0 | None | Unset:
            if not _ready_9:
                _prepare_9()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                annotations_type_0 = MCPListToolsToolAnnotationsType0.from_dict(data)
                return annotations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        annotations = _parse_annotations(d.pop("annotations", UNSET))
        mcp_list_tools_tool = cls(
            name=name, description=description, input_schema=input_schema, annotations=annotations
        )
        mcp_list_tools_tool.additional_properties = d
        return mcp_list_tools_tool

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
    global _ready_0, MCPListToolsToolAnnotationsType0, MCPListToolsToolInputSchemaType0
    from ..models.mcp_list_tools_tool_annotations_type_0 import MCPListToolsToolAnnotationsType0
    from ..models.mcp_list_tools_tool_input_schema_type_0 import MCPListToolsToolInputSchemaType0

    _ready_0 = True


_ready_8 = False


def _prepare_8() -> None:
    global _ready_8, MCPListToolsToolInputSchemaType0
    from ..models.mcp_list_tools_tool_input_schema_type_0 import MCPListToolsToolInputSchemaType0

    _ready_8 = True


_ready_9 = False


def _prepare_9() -> None:
    global _ready_9, MCPListToolsToolAnnotationsType0
    from ..models.mcp_list_tools_tool_annotations_type_0 import MCPListToolsToolAnnotationsType0

    _ready_9 = True
