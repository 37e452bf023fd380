from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.function_shell_call_output_status_enum import (
    FunctionShellCallOutputStatusEnum,
    check_function_shell_call_output_status_enum,
)
from ..models.function_shell_call_output_type import (
    FunctionShellCallOutputType,
    check_function_shell_call_output_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.direct_tool_call_caller import DirectToolCallCaller
    from ..models.function_shell_call_output_content import FunctionShellCallOutputContent
    from ..models.program_tool_call_caller import ProgramToolCallCaller
    from ..models.tool_call_caller_type_2 import ToolCallCallerType2
T = TypeVar("T", bound="FunctionShellCallOutput")


@_attrs_define
class FunctionShellCallOutput:
    """
    Attributes:
        type (FunctionShellCallOutputType):  Default: 'shell_call_output'.
        id (str | Unset):
        call_id (str | Unset):
        caller (DirectToolCallCaller | None | ProgramToolCallCaller | ToolCallCallerType2 | Unset):
        status (FunctionShellCallOutputStatusEnum | None | Unset):
        output (list[FunctionShellCallOutputContent] | None | Unset):
        max_output_length (int | None | Unset):
        created_by (str | Unset):
    """

    __repr__ = model_repr
    type: FunctionShellCallOutputType = "shell_call_output"
    id: str | Unset = UNSET
    call_id: str | Unset = UNSET
    caller: DirectToolCallCaller | None | ProgramToolCallCaller | ToolCallCallerType2 | Unset = (
        UNSET
    )
    status: FunctionShellCallOutputStatusEnum | None | Unset = UNSET
    output: list[FunctionShellCallOutputContent] | None | Unset = UNSET
    max_output_length: int | None | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        id = self.id
        call_id = self.call_id
        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, DirectToolCallCaller):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, ProgramToolCallCaller):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, ToolCallCallerType2):
            caller = self.caller.to_dict()
        else:
            caller = self.caller
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status
        output: list[dict[str, Any]] | None | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, list):
            output = []
            for output_type_0_item_data in self.output:
                output_type_0_item = output_type_0_item_data.to_dict()
                output.append(output_type_0_item)
        else:
            output = self.output
        max_output_length: int | None | Unset
        if isinstance(self.max_output_length, Unset):
            max_output_length = UNSET
        else:
            max_output_length = self.max_output_length
        created_by = self.created_by
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if id is not UNSET:
            field_dict["id"] = id
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if caller is not UNSET:
            field_dict["caller"] = caller
        if status is not UNSET:
            field_dict["status"] = status
        if output is not UNSET:
            field_dict["output"] = output
        if max_output_length is not UNSET:
            field_dict["max_output_length"] = max_output_length
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_function_shell_call_output_type(d.pop("type"))
        id = d.pop("id", UNSET)
        call_id = d.pop("call_id", UNSET)

        def _parse_caller(
            data: object,
        ) -> DirectToolCallCaller | None | ProgramToolCallCaller | ToolCallCallerType2 | Unset:
            if not _ready_7:
                _prepare_7()
            if type(data) is dict:
                _tag = data.get("type")
                if _tag == "direct":
                    try:
                        return DirectToolCallCaller.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "program":
                    try:
                        return ProgramToolCallCaller.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_call_caller_type_0 = DirectToolCallCaller.from_dict(data)
                return componentsschemas_tool_call_caller_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_call_caller_type_1 = ProgramToolCallCaller.from_dict(data)
                return componentsschemas_tool_call_caller_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_call_caller_type_2 = ToolCallCallerType2.from_dict(data)
                return componentsschemas_tool_call_caller_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        caller = _parse_caller(d.pop("caller", UNSET))

        def _parse_status(data: object) -> FunctionShellCallOutputStatusEnum | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_function_shell_call_output_status_enum(data)
                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        status = _parse_status(d.pop("status", UNSET))

        def _parse_output(data: object) -> list[FunctionShellCallOutputContent] | None | Unset:
            if not _ready_9:
                _prepare_9()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_type_0 = []
                _output_type_0 = data
                for output_type_0_item_data in _output_type_0:
                    output_type_0_item = FunctionShellCallOutputContent.from_dict(
                        output_type_0_item_data
                    )
                    output_type_0.append(output_type_0_item)
                return output_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        output = _parse_output(d.pop("output", UNSET))

        def _parse_max_output_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        max_output_length = _parse_max_output_length(d.pop("max_output_length", UNSET))
        created_by = d.pop("created_by", UNSET)
        function_shell_call_output = cls(
            type=type_,
            id=id,
            call_id=call_id,
            caller=caller,
            status=status,
            output=output,
            max_output_length=max_output_length,
            created_by=created_by,
        )
        function_shell_call_output.additional_properties = d
        return function_shell_call_output

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
    global _ready_0, DirectToolCallCaller, ProgramToolCallCaller, ToolCallCallerType2
    from ..models.direct_tool_call_caller import DirectToolCallCaller
    from ..models.program_tool_call_caller import ProgramToolCallCaller
    from ..models.tool_call_caller_type_2 import ToolCallCallerType2

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, DirectToolCallCaller, ProgramToolCallCaller, ToolCallCallerType2
    from ..models.direct_tool_call_caller import DirectToolCallCaller
    from ..models.program_tool_call_caller import ProgramToolCallCaller
    from ..models.tool_call_caller_type_2 import ToolCallCallerType2

    _ready_7 = True


_ready_9 = False


def _prepare_9() -> None:
    global _ready_9, FunctionShellCallOutputContent
    from ..models.function_shell_call_output_content import FunctionShellCallOutputContent

    _ready_9 = True
