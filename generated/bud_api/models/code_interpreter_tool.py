from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.callable_tool_allowed_caller import (
    CallableToolAllowedCaller,
    check_callable_tool_allowed_caller,
)
from ..models.code_interpreter_tool_type import (
    CodeInterpreterToolType,
    check_code_interpreter_tool_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_code_interpreter_tool_param import AutoCodeInterpreterToolParam
T = TypeVar("T", bound="CodeInterpreterTool")


@_attrs_define
class CodeInterpreterTool:
    """
    Attributes:
        type (CodeInterpreterToolType):
        container (AutoCodeInterpreterToolParam | None | str | Unset):
        allowed_callers (list[CallableToolAllowedCaller] | None | Unset):
    """

    __repr__ = model_repr
    type: CodeInterpreterToolType
    container: AutoCodeInterpreterToolParam | None | str | Unset = UNSET
    allowed_callers: list[CallableToolAllowedCaller] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        container: dict[str, Any] | None | str | Unset
        if isinstance(self.container, Unset):
            container = UNSET
        elif isinstance(self.container, AutoCodeInterpreterToolParam):
            container = self.container.to_dict()
        else:
            container = self.container
        allowed_callers: list[str] | None | Unset
        if isinstance(self.allowed_callers, Unset):
            allowed_callers = UNSET
        elif isinstance(self.allowed_callers, list):
            allowed_callers = []
            for allowed_callers_type_0_item_data in self.allowed_callers:
                allowed_callers_type_0_item: str = allowed_callers_type_0_item_data
                allowed_callers.append(allowed_callers_type_0_item)
        else:
            allowed_callers = self.allowed_callers
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if container is not UNSET:
            field_dict["container"] = container
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_code_interpreter_tool_type(d.pop("type"))

        def _parse_container(data: object) -> AutoCodeInterpreterToolParam | None | str | Unset:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                container_type_0_type_1 = AutoCodeInterpreterToolParam.from_dict(data)
                return container_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        container = _parse_container(d.pop("container", UNSET))

        def _parse_allowed_callers(data: object) -> list[CallableToolAllowedCaller] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_callers_type_0 = []
                _allowed_callers_type_0 = data
                for allowed_callers_type_0_item_data in _allowed_callers_type_0:
                    allowed_callers_type_0_item = check_callable_tool_allowed_caller(
                        allowed_callers_type_0_item_data
                    )
                    allowed_callers_type_0.append(allowed_callers_type_0_item)
                return allowed_callers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        allowed_callers = _parse_allowed_callers(d.pop("allowed_callers", UNSET))
        code_interpreter_tool = cls(
            type=type_, container=container, allowed_callers=allowed_callers
        )
        code_interpreter_tool.additional_properties = d
        return code_interpreter_tool

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
    global _ready_0, AutoCodeInterpreterToolParam
    from ..models.auto_code_interpreter_tool_param import AutoCodeInterpreterToolParam

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, AutoCodeInterpreterToolParam
    from ..models.auto_code_interpreter_tool_param import AutoCodeInterpreterToolParam

    _ready_7 = True
