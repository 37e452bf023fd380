from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        execution (ToolSearchExecutionType | Unset):
        arguments (Any | Unset):
        status (FunctionCallStatus | Unset):
        created_by (str | Unset):
    """

    type: ToolSearchCallType = "tool_search_call"
    id: str | Unset = UNSET
    call_id: None | str | Unset = UNSET
    execution: ToolSearchExecutionType | Unset = UNSET
    arguments: Any | Unset = UNSET
    status: FunctionCallStatus | Unset = UNSET
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

        execution: str | Unset = UNSET
        if not isinstance(self.execution, Unset):
            execution = self.execution

        arguments = self.arguments

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
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
            return cast(None | str | Unset, data)

        call_id = _parse_call_id(d.pop("call_id", UNSET))

        _execution = d.pop("execution", UNSET)
        execution: ToolSearchExecutionType | Unset
        if isinstance(_execution, Unset):
            execution = UNSET
        else:
            execution = check_tool_search_execution_type(_execution)

        arguments = d.pop("arguments", UNSET)

        _status = d.pop("status", UNSET)
        status: FunctionCallStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_function_call_status(_status)

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
