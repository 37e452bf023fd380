from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.function_shell_call_item_status import (
    FunctionShellCallItemStatus,
    check_function_shell_call_item_status,
)
from ..models.function_shell_call_output_item_param_type import (
    FunctionShellCallOutputItemParamType,
    check_function_shell_call_output_item_param_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
    from ..models.function_shell_call_output_content_param import (
        FunctionShellCallOutputContentParam,
    )
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam
    from ..models.tool_call_caller_param_type_2 import ToolCallCallerParamType2
T = TypeVar("T", bound="FunctionShellCallOutputItemParam")


@_attrs_define
class FunctionShellCallOutputItemParam:
    """
    Attributes:
        type (FunctionShellCallOutputItemParamType):  Default: 'shell_call_output'.
        id (None | str | Unset):
        call_id (str | Unset):
        caller (DirectToolCallCallerParam | None | ProgramToolCallCallerParam | ToolCallCallerParamType2 | Unset):
        output (list[FunctionShellCallOutputContentParam] | None | Unset):
        status (FunctionShellCallItemStatus | None | Unset):
        max_output_length (int | None | Unset):
    """

    __repr__ = model_repr
    type: FunctionShellCallOutputItemParamType = "shell_call_output"
    id: None | str | Unset = UNSET
    call_id: str | Unset = UNSET
    caller: (
        DirectToolCallCallerParam
        | None
        | ProgramToolCallCallerParam
        | ToolCallCallerParamType2
        | Unset
    ) = UNSET
    output: list[FunctionShellCallOutputContentParam] | None | Unset = UNSET
    status: FunctionShellCallItemStatus | None | Unset = UNSET
    max_output_length: int | None | Unset = UNSET
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
        call_id = self.call_id
        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, DirectToolCallCallerParam):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, ProgramToolCallCallerParam):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, ToolCallCallerParamType2):
            caller = self.caller.to_dict()
        else:
            caller = self.caller
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
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status
        max_output_length: int | None | Unset
        if isinstance(self.max_output_length, Unset):
            max_output_length = UNSET
        else:
            max_output_length = self.max_output_length
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if id is not UNSET:
            field_dict["id"] = id
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if caller is not UNSET:
            field_dict["caller"] = caller
        if output is not UNSET:
            field_dict["output"] = output
        if status is not UNSET:
            field_dict["status"] = status
        if max_output_length is not UNSET:
            field_dict["max_output_length"] = max_output_length
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_function_shell_call_output_item_param_type(d.pop("type"))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        id = _parse_id(d.pop("id", UNSET))
        call_id = d.pop("call_id", UNSET)

        def _parse_caller(
            data: object,
        ) -> (
            DirectToolCallCallerParam
            | None
            | ProgramToolCallCallerParam
            | ToolCallCallerParamType2
            | Unset
        ):
            if not _ready_8:
                _prepare_8()
            if type(data) is dict:
                _tag = data.get("type")
                if _tag == "direct":
                    try:
                        return DirectToolCallCallerParam.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "program":
                    try:
                        return ProgramToolCallCallerParam.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_call_caller_param_type_0 = (
                    DirectToolCallCallerParam.from_dict(data)
                )
                return componentsschemas_tool_call_caller_param_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_call_caller_param_type_1 = (
                    ProgramToolCallCallerParam.from_dict(data)
                )
                return componentsschemas_tool_call_caller_param_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_call_caller_param_type_2 = (
                    ToolCallCallerParamType2.from_dict(data)
                )
                return componentsschemas_tool_call_caller_param_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        caller = _parse_caller(d.pop("caller", UNSET))

        def _parse_output(data: object) -> list[FunctionShellCallOutputContentParam] | None | Unset:
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
                    output_type_0_item = FunctionShellCallOutputContentParam.from_dict(
                        output_type_0_item_data
                    )
                    output_type_0.append(output_type_0_item)
                return output_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        output = _parse_output(d.pop("output", UNSET))

        def _parse_status(data: object) -> FunctionShellCallItemStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_function_shell_call_item_status(data)
                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        status = _parse_status(d.pop("status", UNSET))

        def _parse_max_output_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        max_output_length = _parse_max_output_length(d.pop("max_output_length", UNSET))
        function_shell_call_output_item_param = cls(
            type=type_,
            id=id,
            call_id=call_id,
            caller=caller,
            output=output,
            status=status,
            max_output_length=max_output_length,
        )
        function_shell_call_output_item_param.additional_properties = d
        return function_shell_call_output_item_param

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
    global _ready_0, DirectToolCallCallerParam, ProgramToolCallCallerParam, ToolCallCallerParamType2
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam
    from ..models.tool_call_caller_param_type_2 import ToolCallCallerParamType2

    _ready_0 = True


_ready_8 = False


def _prepare_8() -> None:
    global _ready_8, DirectToolCallCallerParam, ProgramToolCallCallerParam, ToolCallCallerParamType2
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam
    from ..models.tool_call_caller_param_type_2 import ToolCallCallerParamType2

    _ready_8 = True


_ready_9 = False


def _prepare_9() -> None:
    global _ready_9, FunctionShellCallOutputContentParam
    from ..models.function_shell_call_output_content_param import (
        FunctionShellCallOutputContentParam,
    )

    _ready_9 = True
