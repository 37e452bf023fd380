from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.namespace_tool_param_type import (
    NamespaceToolParamType,
    check_namespace_tool_param_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_tool_param import CustomToolParam
    from ..models.function_tool_param import FunctionToolParam
    from ..models.namespace_tool_param_tools_type_0_item_type_2 import (
        NamespaceToolParamToolsType0ItemType2,
    )
T = TypeVar("T", bound="NamespaceToolParam")


@_attrs_define
class NamespaceToolParam:
    """
    Attributes:
        type (NamespaceToolParamType):  Default: 'namespace'.
        name (str | Unset):
        description (str | Unset):
        tools (list[CustomToolParam | FunctionToolParam | NamespaceToolParamToolsType0ItemType2] | None | Unset):
    """

    __repr__ = model_repr
    type: NamespaceToolParamType = "namespace"
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    tools: (
        list[CustomToolParam | FunctionToolParam | NamespaceToolParamToolsType0ItemType2]
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        name = self.name
        description = self.description
        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item: dict[str, Any]
                if isinstance(tools_type_0_item_data, FunctionToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, CustomToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                else:
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                tools.append(tools_type_0_item)
        else:
            tools = self.tools
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if tools is not UNSET:
            field_dict["tools"] = tools
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_namespace_tool_param_type(d.pop("type"))
        name = d.pop("name", UNSET)
        description = d.pop("description", UNSET)

        def _parse_tools(
            data: object,
        ) -> (
            list[CustomToolParam | FunctionToolParam | NamespaceToolParamToolsType0ItemType2]
            | None
            | Unset
        ):
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

                    def _parse_tools_type_0_item(
                        data: object,
                    ) -> (
                        CustomToolParam | FunctionToolParam | NamespaceToolParamToolsType0ItemType2
                    ):
                        if not _ready_8:
                            _prepare_8()
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_0 = FunctionToolParam.from_dict(data)
                            return tools_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_1 = CustomToolParam.from_dict(data)
                            return tools_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_type_0_item_type_2 = NamespaceToolParamToolsType0ItemType2.from_dict(
                            data
                        )
                        return tools_type_0_item_type_2

                    tools_type_0_item = _parse_tools_type_0_item(tools_type_0_item_data)
                    tools_type_0.append(tools_type_0_item)
                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        tools = _parse_tools(d.pop("tools", UNSET))
        namespace_tool_param = cls(type=type_, name=name, description=description, tools=tools)
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


_ready_0 = False


def _prepare_0() -> None:
    global _ready_0, CustomToolParam, FunctionToolParam
    from ..models.custom_tool_param import CustomToolParam
    from ..models.function_tool_param import FunctionToolParam

    _ready_0 = True


_ready_8 = False


def _prepare_8() -> None:
    global _ready_8, CustomToolParam, FunctionToolParam, NamespaceToolParamToolsType0ItemType2
    from ..models.custom_tool_param import CustomToolParam
    from ..models.function_tool_param import FunctionToolParam
    from ..models.namespace_tool_param_tools_type_0_item_type_2 import (
        NamespaceToolParamToolsType0ItemType2,
    )

    _ready_8 = True
