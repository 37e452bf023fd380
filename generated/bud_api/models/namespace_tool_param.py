from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.namespace_tool_param_type import (
    NamespaceToolParamType,
    check_namespace_tool_param_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_tool_param import CustomToolParam
    from ..models.function_tool_param import FunctionToolParam
    from ..models.namespace_tool_param_tools_item_type_2 import NamespaceToolParamToolsItemType2


T = TypeVar("T", bound="NamespaceToolParam")


@_attrs_define
class NamespaceToolParam:
    """
    Attributes:
        type (NamespaceToolParamType):  Default: 'namespace'.
        name (str | Unset):
        description (str | Unset):
        tools (list[CustomToolParam | FunctionToolParam | NamespaceToolParamToolsItemType2] | Unset):
    """

    type: NamespaceToolParamType = "namespace"
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    tools: list[CustomToolParam | FunctionToolParam | NamespaceToolParamToolsItemType2] | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_tool_param import CustomToolParam  # noqa: PLC0415
        from ..models.function_tool_param import FunctionToolParam  # noqa: PLC0415

        type_: str = self.type

        name = self.name

        description = self.description

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, FunctionToolParam):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, CustomToolParam):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_tool_param import CustomToolParam  # noqa: PLC0415
        from ..models.function_tool_param import FunctionToolParam  # noqa: PLC0415
        from ..models.namespace_tool_param_tools_item_type_2 import NamespaceToolParamToolsItemType2  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_namespace_tool_param_type(d.pop("type"))

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _tools = d.pop("tools", UNSET)
        tools: (
            list[CustomToolParam | FunctionToolParam | NamespaceToolParamToolsItemType2] | Unset
        ) = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:

                def _parse_tools_item(
                    data: object,
                ) -> CustomToolParam | FunctionToolParam | NamespaceToolParamToolsItemType2:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_0 = FunctionToolParam.from_dict(data)

                        return tools_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_1 = CustomToolParam.from_dict(data)

                        return tools_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_2 = NamespaceToolParamToolsItemType2.from_dict(data)

                    return tools_item_type_2

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

        namespace_tool_param = cls(
            type=type_,
            name=name,
            description=description,
            tools=tools,
        )

        namespace_tool_param.additional_properties = d
        return namespace_tool_param

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
