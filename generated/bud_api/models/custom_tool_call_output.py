from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.custom_tool_call_output_type import (
    CustomToolCallOutputType,
    check_custom_tool_call_output_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
    from ..models.function_and_custom_tool_call_output_type_3 import (
        FunctionAndCustomToolCallOutputType3,
    )
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam
    from ..models.tool_call_caller_param_type_2 import ToolCallCallerParamType2
T = TypeVar("T", bound="CustomToolCallOutput")


@_attrs_define
class CustomToolCallOutput:
    """
    Attributes:
        type (CustomToolCallOutputType):
        id (str | Unset):
        call_id (str | Unset):
        caller (DirectToolCallCallerParam | None | ProgramToolCallCallerParam | ToolCallCallerParamType2 | Unset):
        output (list[FunctionAndCustomToolCallOutputType3 | InputFileContent | InputImageContent | InputTextContent] |
            None | str | Unset):
    """

    __repr__ = model_repr
    type: CustomToolCallOutputType
    id: str | Unset = UNSET
    call_id: str | Unset = UNSET
    caller: (
        DirectToolCallCallerParam
        | None
        | ProgramToolCallCallerParam
        | ToolCallCallerParamType2
        | Unset
    ) = UNSET
    output: (
        list[
            FunctionAndCustomToolCallOutputType3
            | InputFileContent
            | InputImageContent
            | InputTextContent
        ]
        | None
        | str
        | Unset
    ) = UNSET
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
        elif isinstance(self.caller, DirectToolCallCallerParam):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, ProgramToolCallCallerParam):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, ToolCallCallerParamType2):
            caller = self.caller.to_dict()
        else:
            caller = self.caller
        output: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, list):
            output = []
            for output_type_0_type_1_item_data in self.output:
                output_type_0_type_1_item: dict[str, Any]
                if isinstance(output_type_0_type_1_item_data, InputTextContent):
                    output_type_0_type_1_item = output_type_0_type_1_item_data.to_dict()
                elif isinstance(output_type_0_type_1_item_data, InputImageContent):
                    output_type_0_type_1_item = output_type_0_type_1_item_data.to_dict()
                elif isinstance(output_type_0_type_1_item_data, InputFileContent):
                    output_type_0_type_1_item = output_type_0_type_1_item_data.to_dict()
                else:
                    output_type_0_type_1_item = output_type_0_type_1_item_data.to_dict()
                output.append(output_type_0_type_1_item)
        else:
            output = self.output
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
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_custom_tool_call_output_type(d.pop("type"))
        id = d.pop("id", UNSET)
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
            if not _ready_7:
                _prepare_7()
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

        def _parse_output(
            data: object,
        ) -> (
            list[
                FunctionAndCustomToolCallOutputType3
                | InputFileContent
                | InputImageContent
                | InputTextContent
            ]
            | None
            | str
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_type_0_type_1 = []
                _output_type_0_type_1 = data
                for output_type_0_type_1_item_data in _output_type_0_type_1:

                    def _parse_output_type_0_type_1_item(
                        data: object,
                    ) -> (
                        FunctionAndCustomToolCallOutputType3
                        | InputFileContent
                        | InputImageContent
                        | InputTextContent
                    ):
                        if not _ready_9:
                            _prepare_9()
                        if type(data) is dict:
                            _tag = data.get("type")
                            if _tag == "input_file":
                                try:
                                    return InputFileContent.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "input_image":
                                try:
                                    return InputImageContent.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "input_text":
                                try:
                                    return InputTextContent.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_function_and_custom_tool_call_output_type_0 = (
                                InputTextContent.from_dict(data)
                            )
                            return componentsschemas_function_and_custom_tool_call_output_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_function_and_custom_tool_call_output_type_1 = (
                                InputImageContent.from_dict(data)
                            )
                            return componentsschemas_function_and_custom_tool_call_output_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_function_and_custom_tool_call_output_type_2 = (
                                InputFileContent.from_dict(data)
                            )
                            return componentsschemas_function_and_custom_tool_call_output_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_function_and_custom_tool_call_output_type_3 = (
                            FunctionAndCustomToolCallOutputType3.from_dict(data)
                        )
                        return componentsschemas_function_and_custom_tool_call_output_type_3

                    output_type_0_type_1_item = _parse_output_type_0_type_1_item(
                        output_type_0_type_1_item_data
                    )
                    output_type_0_type_1.append(output_type_0_type_1_item)
                return output_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        output = _parse_output(d.pop("output", UNSET))
        custom_tool_call_output = cls(
            type=type_, id=id, call_id=call_id, caller=caller, output=output
        )
        custom_tool_call_output.additional_properties = d
        return custom_tool_call_output

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
    global \
        _ready_0, \
        DirectToolCallCallerParam, \
        InputFileContent, \
        InputImageContent, \
        InputTextContent, \
        ProgramToolCallCallerParam, \
        ToolCallCallerParamType2
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam
    from ..models.tool_call_caller_param_type_2 import ToolCallCallerParamType2

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, DirectToolCallCallerParam, ProgramToolCallCallerParam, ToolCallCallerParamType2
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam
    from ..models.tool_call_caller_param_type_2 import ToolCallCallerParamType2

    _ready_7 = True


_ready_9 = False


def _prepare_9() -> None:
    global \
        _ready_9, \
        FunctionAndCustomToolCallOutputType3, \
        InputFileContent, \
        InputImageContent, \
        InputTextContent
    from ..models.function_and_custom_tool_call_output_type_3 import (
        FunctionAndCustomToolCallOutputType3,
    )
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent

    _ready_9 = True
