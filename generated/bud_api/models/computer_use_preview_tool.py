from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.computer_environment import ComputerEnvironment, check_computer_environment
from ..models.computer_use_preview_tool_type import (
    ComputerUsePreviewToolType,
    check_computer_use_preview_tool_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComputerUsePreviewTool")


@_attrs_define
class ComputerUsePreviewTool:
    """
    Attributes:
        type (ComputerUsePreviewToolType):  Default: 'computer_use_preview'.
        environment (ComputerEnvironment | None | Unset):
        display_width (int | Unset):
        display_height (int | Unset):
    """

    __repr__ = model_repr
    type: ComputerUsePreviewToolType = "computer_use_preview"
    environment: ComputerEnvironment | None | Unset = UNSET
    display_width: int | Unset = UNSET
    display_height: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        environment: None | str | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        elif isinstance(self.environment, str):
            environment = self.environment
        else:
            environment = self.environment
        display_width = self.display_width
        display_height = self.display_height
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if environment is not UNSET:
            field_dict["environment"] = environment
        if display_width is not UNSET:
            field_dict["display_width"] = display_width
        if display_height is not UNSET:
            field_dict["display_height"] = display_height
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_computer_use_preview_tool_type(d.pop("type"))

        def _parse_environment(data: object) -> ComputerEnvironment | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                environment_type_0 = check_computer_environment(data)
                return environment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        environment = _parse_environment(d.pop("environment", UNSET))
        display_width = d.pop("display_width", UNSET)
        display_height = d.pop("display_height", UNSET)
        computer_use_preview_tool = cls(
            type=type_,
            environment=environment,
            display_width=display_width,
            display_height=display_height,
        )
        computer_use_preview_tool.additional_properties = d
        return computer_use_preview_tool

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
