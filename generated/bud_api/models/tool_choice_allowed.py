from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.tool_choice_allowed_mode import ToolChoiceAllowedMode, check_tool_choice_allowed_mode
from ..models.tool_choice_allowed_type import ToolChoiceAllowedType, check_tool_choice_allowed_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_choice_allowed_tools_type_0_item import ToolChoiceAllowedToolsType0Item
T = TypeVar("T", bound="ToolChoiceAllowed")


@_attrs_define
class ToolChoiceAllowed:
    """
    Attributes:
        type (ToolChoiceAllowedType):
        mode (ToolChoiceAllowedMode | Unset):
        tools (list[ToolChoiceAllowedToolsType0Item] | None | Unset):
    """

    __repr__ = model_repr
    type: ToolChoiceAllowedType
    mode: ToolChoiceAllowedMode | Unset = UNSET
    tools: list[ToolChoiceAllowedToolsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode
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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if tools is not UNSET:
            field_dict["tools"] = tools
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_tool_choice_allowed_type(d.pop("type"))
        _mode = d.pop("mode", UNSET)
        mode: ToolChoiceAllowedMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_tool_choice_allowed_mode(_mode)

        def _parse_tools(data: object) -> list[ToolChoiceAllowedToolsType0Item] | None | Unset:
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
                    tools_type_0_item = ToolChoiceAllowedToolsType0Item.from_dict(
                        tools_type_0_item_data
                    )
                    tools_type_0.append(tools_type_0_item)
                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        tools = _parse_tools(d.pop("tools", UNSET))
        tool_choice_allowed = cls(type=type_, mode=mode, tools=tools)
        tool_choice_allowed.additional_properties = d
        return tool_choice_allowed

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
    global _ready_7, ToolChoiceAllowedToolsType0Item
    from ..models.tool_choice_allowed_tools_type_0_item import ToolChoiceAllowedToolsType0Item

    _ready_7 = True
