from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.tool_search_execution_type import (
    ToolSearchExecutionType,
    check_tool_search_execution_type,
)
from ..models.tool_search_tool_param_type import (
    ToolSearchToolParamType,
    check_tool_search_tool_param_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.empty_model_param import EmptyModelParam
T = TypeVar("T", bound="ToolSearchToolParam")


@_attrs_define
class ToolSearchToolParam:
    """
    Attributes:
        type (ToolSearchToolParamType):  Default: 'tool_search'.
        execution (None | ToolSearchExecutionType | Unset):
        description (None | str | Unset):
        parameters (EmptyModelParam | None | Unset):
    """

    __repr__ = model_repr
    type: ToolSearchToolParamType = "tool_search"
    execution: None | ToolSearchExecutionType | Unset = UNSET
    description: None | str | Unset = UNSET
    parameters: EmptyModelParam | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        execution: None | str | Unset
        if isinstance(self.execution, Unset):
            execution = UNSET
        elif isinstance(self.execution, str):
            execution = self.execution
        else:
            execution = self.execution
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description
        parameters: dict[str, Any] | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, EmptyModelParam):
            parameters = self.parameters.to_dict()
        else:
            parameters = self.parameters
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if execution is not UNSET:
            field_dict["execution"] = execution
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_tool_search_tool_param_type(d.pop("type"))

        def _parse_execution(data: object) -> None | ToolSearchExecutionType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                execution_type_0 = check_tool_search_execution_type(data)
                return execution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        execution = _parse_execution(d.pop("execution", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        description = _parse_description(d.pop("description", UNSET))

        def _parse_parameters(data: object) -> EmptyModelParam | None | Unset:
            if not _ready_9:
                _prepare_9()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parameters_type_0 = EmptyModelParam.from_dict(data)
                return parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        parameters = _parse_parameters(d.pop("parameters", UNSET))
        tool_search_tool_param = cls(
            type=type_, execution=execution, description=description, parameters=parameters
        )
        tool_search_tool_param.additional_properties = d
        return tool_search_tool_param

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
    global _ready_0, EmptyModelParam
    from ..models.empty_model_param import EmptyModelParam

    _ready_0 = True


_ready_9 = False


def _prepare_9() -> None:
    global _ready_9, EmptyModelParam
    from ..models.empty_model_param import EmptyModelParam

    _ready_9 = True
