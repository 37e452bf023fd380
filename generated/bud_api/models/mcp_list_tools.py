from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.mcp_list_tools_type import MCPListToolsType, check_mcp_list_tools_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_list_tools_tool import MCPListToolsTool
T = TypeVar("T", bound="MCPListTools")


@_attrs_define
class MCPListTools:
    """
    Attributes:
        type (MCPListToolsType):
        id (str | Unset):
        server_label (str | Unset):
        tools (list[MCPListToolsTool] | None | Unset):
        error (None | str | Unset):
    """

    __repr__ = model_repr
    type: MCPListToolsType
    id: str | Unset = UNSET
    server_label: str | Unset = UNSET
    tools: list[MCPListToolsTool] | None | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        id = self.id
        server_label = self.server_label
        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item = tools_type_0_item_data.to_dict()
                tools.append(tools_type_0_item)
        else:
            tools = self.tools
        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if id is not UNSET:
            field_dict["id"] = id
        if server_label is not UNSET:
            field_dict["server_label"] = server_label
        if tools is not UNSET:
            field_dict["tools"] = tools
        if error is not UNSET:
            field_dict["error"] = error
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_mcp_list_tools_type(d.pop("type"))
        id = d.pop("id", UNSET)
        server_label = d.pop("server_label", UNSET)

        def _parse_tools(data: object) -> list[MCPListToolsTool] | None | Unset:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tools_type_0 = []
                _tools_type_0 = data
                for tools_type_0_item_data in _tools_type_0:
                    tools_type_0_item = MCPListToolsTool.from_dict(tools_type_0_item_data)
                    tools_type_0.append(tools_type_0_item)
                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        tools = _parse_tools(d.pop("tools", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        error = _parse_error(d.pop("error", UNSET))
        mcp_list_tools = cls(type=type_, id=id, server_label=server_label, tools=tools, error=error)
        mcp_list_tools.additional_properties = d
        return mcp_list_tools

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


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, MCPListToolsTool
    from ..models.mcp_list_tools_tool import MCPListToolsTool

    _ready_7 = True
