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
from ..models.function_call_output_item_param_type import (
    FunctionCallOutputItemParamType,
    check_function_call_output_item_param_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
    from ..models.function_call_output_item_param_output_type_0_type_1_item_type_3 import (
        FunctionCallOutputItemParamOutputType0Type1ItemType3,
    )
    from ..models.input_file_content_param import InputFileContentParam
    from ..models.input_image_content_param_auto_param import InputImageContentParamAutoParam
    from ..models.input_text_content_param import InputTextContentParam
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam
    from ..models.tool_call_caller_param_type_2 import ToolCallCallerParamType2
T = TypeVar("T", bound="FunctionCallOutputItemParam")


@_attrs_define
class FunctionCallOutputItemParam:
    """
    Attributes:
        type (FunctionCallOutputItemParamType):  Default: 'function_call_output'.
        id (None | str | Unset):
        call_id (None | str | Unset):
        output (list[FunctionCallOutputItemParamOutputType0Type1ItemType3 | InputFileContentParam |
            InputImageContentParamAutoParam | InputTextContentParam] | None | str | Unset):
        name (None | str | Unset):
        namespace (None | str | Unset):
        caller (DirectToolCallCallerParam | None | ProgramToolCallCallerParam | ToolCallCallerParamType2 | Unset):
        status (FunctionCallItemStatus | None | Unset):
    """

    __repr__ = model_repr
    type: FunctionCallOutputItemParamType = "function_call_output"
    id: None | str | Unset = UNSET
    call_id: None | str | Unset = UNSET
    output: (
        list[
            FunctionCallOutputItemParamOutputType0Type1ItemType3
            | InputFileContentParam
            | InputImageContentParamAutoParam
            | InputTextContentParam
        ]
        | None
        | str
        | Unset
    ) = UNSET
    name: None | str | Unset = UNSET
    namespace: None | str | Unset = UNSET
    caller: (
        DirectToolCallCallerParam
        | None
        | ProgramToolCallCallerParam
        | ToolCallCallerParamType2
        | Unset
    ) = UNSET
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
        output: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, list):
            output = []
            for output_type_0_type_1_item_data in self.output:
                output_type_0_type_1_item: dict[str, Any]
                if isinstance(output_type_0_type_1_item_data, InputTextContentParam):
                    output_type_0_type_1_item = output_type_0_type_1_item_data.to_dict()
                elif isinstance(output_type_0_type_1_item_data, InputImageContentParamAutoParam):
                    output_type_0_type_1_item = output_type_0_type_1_item_data.to_dict()
                elif isinstance(output_type_0_type_1_item_data, InputFileContentParam):
                    output_type_0_type_1_item = output_type_0_type_1_item_data.to_dict()
                else:
                    output_type_0_type_1_item = output_type_0_type_1_item_data.to_dict()
                output.append(output_type_0_type_1_item)
        else:
            output = self.output
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name
        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace
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
        if output is not UNSET:
            field_dict["output"] = output
        if name is not UNSET:
            field_dict["name"] = name
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if caller is not UNSET:
            field_dict["caller"] = caller
        if status is not UNSET:
            field_dict["status"] = status
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_function_call_output_item_param_type(d.pop("type"))

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

        def _parse_output(
            data: object,
        ) -> (
            list[
                FunctionCallOutputItemParamOutputType0Type1ItemType3
                | InputFileContentParam
                | InputImageContentParamAutoParam
                | InputTextContentParam
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
                        FunctionCallOutputItemParamOutputType0Type1ItemType3
                        | InputFileContentParam
                        | InputImageContentParamAutoParam
                        | InputTextContentParam
                    ):
                        if not _ready_14:
                            _prepare_14()
                        if type(data) is dict:
                            _tag = data.get("type")
                            if _tag == "input_file":
                                try:
                                    return InputFileContentParam.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "input_image":
                                try:
                                    return InputImageContentParamAutoParam.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "input_text":
                                try:
                                    return InputTextContentParam.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            output_type_0_type_1_item_type_0 = InputTextContentParam.from_dict(data)
                            return output_type_0_type_1_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            output_type_0_type_1_item_type_1 = (
                                InputImageContentParamAutoParam.from_dict(data)
                            )
                            return output_type_0_type_1_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            output_type_0_type_1_item_type_2 = InputFileContentParam.from_dict(data)
                            return output_type_0_type_1_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_type_1_item_type_3 = (
                            FunctionCallOutputItemParamOutputType0Type1ItemType3.from_dict(data)
                        )
                        return output_type_0_type_1_item_type_3

                    output_type_0_type_1_item = _parse_output_type_0_type_1_item(
                        output_type_0_type_1_item_data
                    )
                    output_type_0_type_1.append(output_type_0_type_1_item)
                return output_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        output = _parse_output(d.pop("output", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        name = _parse_name(d.pop("name", UNSET))

        def _parse_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        namespace = _parse_namespace(d.pop("namespace", UNSET))

        def _parse_caller(
            data: object,
        ) -> (
            DirectToolCallCallerParam
            | None
            | ProgramToolCallCallerParam
            | ToolCallCallerParamType2
            | Unset
        ):
            if not _ready_12:
                _prepare_12()
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
        function_call_output_item_param = cls(
            type=type_,
            id=id,
            call_id=call_id,
            output=output,
            name=name,
            namespace=namespace,
            caller=caller,
            status=status,
        )
        function_call_output_item_param.additional_properties = d
        return function_call_output_item_param

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
        InputFileContentParam, \
        InputImageContentParamAutoParam, \
        InputTextContentParam, \
        ProgramToolCallCallerParam, \
        ToolCallCallerParamType2
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
    from ..models.input_file_content_param import InputFileContentParam
    from ..models.input_image_content_param_auto_param import InputImageContentParamAutoParam
    from ..models.input_text_content_param import InputTextContentParam
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam
    from ..models.tool_call_caller_param_type_2 import ToolCallCallerParamType2

    _ready_0 = True


_ready_12 = False


def _prepare_12() -> None:
    global \
        _ready_12, \
        DirectToolCallCallerParam, \
        ProgramToolCallCallerParam, \
        ToolCallCallerParamType2
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam
    from ..models.tool_call_caller_param_type_2 import ToolCallCallerParamType2

    _ready_12 = True


_ready_14 = False


def _prepare_14() -> None:
    global \
        _ready_14, \
        FunctionCallOutputItemParamOutputType0Type1ItemType3, \
        InputFileContentParam, \
        InputImageContentParamAutoParam, \
        InputTextContentParam
    from ..models.function_call_output_item_param_output_type_0_type_1_item_type_3 import (
        FunctionCallOutputItemParamOutputType0Type1ItemType3,
    )
    from ..models.input_file_content_param import InputFileContentParam
    from ..models.input_image_content_param_auto_param import InputImageContentParamAutoParam
    from ..models.input_text_content_param import InputTextContentParam

    _ready_14 = True
