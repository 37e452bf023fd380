from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_choice_allowed_mode import ToolChoiceAllowedMode, check_tool_choice_allowed_mode
from ..models.tool_choice_allowed_type import ToolChoiceAllowedType, check_tool_choice_allowed_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_choice_allowed_tools_item import ToolChoiceAllowedToolsItem


T = TypeVar("T", bound="ToolChoiceAllowed")


@_attrs_define
class ToolChoiceAllowed:
    """
    Attributes:
        type (ToolChoiceAllowedType):
        mode (ToolChoiceAllowedMode | Unset):
        tools (list[ToolChoiceAllowedToolsItem] | Unset):
    """

    type: ToolChoiceAllowedType
    mode: ToolChoiceAllowedMode | Unset = UNSET
    tools: list[ToolChoiceAllowedToolsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_choice_allowed_tools_item import ToolChoiceAllowedToolsItem  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_tool_choice_allowed_type(d.pop("type"))

        _mode = d.pop("mode", UNSET)
        mode: ToolChoiceAllowedMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_tool_choice_allowed_mode(_mode)

        _tools = d.pop("tools", UNSET)
        tools: list[ToolChoiceAllowedToolsItem] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = ToolChoiceAllowedToolsItem.from_dict(tools_item_data)

                tools.append(tools_item)

        tool_choice_allowed = cls(
            type=type_,
            mode=mode,
            tools=tools,
        )

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
