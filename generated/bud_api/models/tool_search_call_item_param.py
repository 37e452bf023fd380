from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.function_call_item_status import (
    FunctionCallItemStatus,
    check_function_call_item_status,
)
from ..models.tool_search_call_item_param_type import (
    ToolSearchCallItemParamType,
    check_tool_search_call_item_param_type,
)
from ..models.tool_search_execution_type import (
    ToolSearchExecutionType,
    check_tool_search_execution_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.empty_model_param import EmptyModelParam
T = TypeVar("T", bound="ToolSearchCallItemParam")


@_attrs_define
class ToolSearchCallItemParam:
    """
    Attributes:
        type (ToolSearchCallItemParamType):  Default: 'tool_search_call'.
        id (None | str | Unset):
        call_id (None | str | Unset):
        execution (None | ToolSearchExecutionType | Unset):
        arguments (EmptyModelParam | None | Unset):
        status (FunctionCallItemStatus | None | Unset):
    """

    __repr__ = model_repr
    type: ToolSearchCallItemParamType = "tool_search_call"
    id: None | str | Unset = UNSET
    call_id: None | str | Unset = UNSET
    execution: None | ToolSearchExecutionType | Unset = UNSET
    arguments: EmptyModelParam | None | Unset = UNSET
    status: FunctionCallItemStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id
        call_id: None | str | Unset
        if isinstance(self.call_id, Unset):
            call_id = UNSET
        else:
            call_id = self.call_id
        execution: None | str | Unset
        if isinstance(self.execution, Unset):
            execution = UNSET
        elif isinstance(self.execution, str):
            execution = self.execution
        else:
            execution = self.execution
        arguments: dict[str, Any] | None | Unset
        if isinstance(self.arguments, Unset):
            arguments = UNSET
        elif isinstance(self.arguments, EmptyModelParam):
            arguments = self.arguments.to_dict()
        else:
            arguments = self.arguments
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if id is not UNSET:
            field_dict["id"] = id
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if execution is not UNSET:
            field_dict["execution"] = execution
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if status is not UNSET:
            field_dict["status"] = status
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_tool_search_call_item_param_type(d.pop("type"))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        id = _parse_id(d.pop("id", UNSET))

        def _parse_call_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        call_id = _parse_call_id(d.pop("call_id", UNSET))

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

        def _parse_arguments(data: object) -> EmptyModelParam | None | Unset:
            if not _ready_10:
                _prepare_10()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                arguments_type_0 = EmptyModelParam.from_dict(data)
                return arguments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        arguments = _parse_arguments(d.pop("arguments", UNSET))

        def _parse_status(data: object) -> FunctionCallItemStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_function_call_item_status(data)
                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        status = _parse_status(d.pop("status", UNSET))
        tool_search_call_item_param = cls(
            type=type_,
            id=id,
            call_id=call_id,
            execution=execution,
            arguments=arguments,
            status=status,
        )
        tool_search_call_item_param.additional_properties = d
        return tool_search_call_item_param

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


_ready_10 = False


def _prepare_10() -> None:
    global _ready_10, EmptyModelParam
    from ..models.empty_model_param import EmptyModelParam

    _ready_10 = True
