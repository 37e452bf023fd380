from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.function_call_status import FunctionCallStatus, check_function_call_status
from ..models.tool_search_call_type import ToolSearchCallType, check_tool_search_call_type
from ..models.tool_search_execution_type import (
    ToolSearchExecutionType,
    check_tool_search_execution_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolSearchCall")


@_attrs_define
class ToolSearchCall:
    """
    Attributes:
        type (ToolSearchCallType):  Default: 'tool_search_call'.
        id (str | Unset):
        call_id (None | str | Unset):
        execution (None | ToolSearchExecutionType | Unset):
        arguments (Any | Unset):
        status (FunctionCallStatus | None | Unset):
        created_by (str | Unset):
    """

    __repr__ = model_repr
    type: ToolSearchCallType = "tool_search_call"
    id: str | Unset = UNSET
    call_id: None | str | Unset = UNSET
    execution: None | ToolSearchExecutionType | Unset = UNSET
    arguments: Any | Unset = UNSET
    status: FunctionCallStatus | None | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
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
        arguments = self.arguments
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status
        created_by = self.created_by
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
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_tool_search_call_type(d.pop("type"))
        id = d.pop("id", UNSET)

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
        arguments = d.pop("arguments", UNSET)

        def _parse_status(data: object) -> FunctionCallStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_function_call_status(data)
                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        status = _parse_status(d.pop("status", UNSET))
        created_by = d.pop("created_by", UNSET)
        tool_search_call = cls(
            type=type_,
            id=id,
            call_id=call_id,
            execution=execution,
            arguments=arguments,
            status=status,
            created_by=created_by,
        )
        tool_search_call.additional_properties = d
        return tool_search_call

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
