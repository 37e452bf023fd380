from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.code_interpreter_tool_call_status import (
    CodeInterpreterToolCallStatus,
    check_code_interpreter_tool_call_status,
)
from ..models.code_interpreter_tool_call_type import (
    CodeInterpreterToolCallType,
    check_code_interpreter_tool_call_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.code_interpreter_output_image import CodeInterpreterOutputImage
    from ..models.code_interpreter_output_logs import CodeInterpreterOutputLogs
    from ..models.code_interpreter_tool_call_outputs_type_0_item_type_2 import (
        CodeInterpreterToolCallOutputsType0ItemType2,
    )
T = TypeVar("T", bound="CodeInterpreterToolCall")


@_attrs_define
class CodeInterpreterToolCall:
    """
    Attributes:
        type (CodeInterpreterToolCallType):  Default: 'code_interpreter_call'.
        id (str | Unset):
        status (CodeInterpreterToolCallStatus | Unset):
        container_id (str | Unset):
        code (None | str | Unset):
        outputs (list[CodeInterpreterOutputImage | CodeInterpreterOutputLogs |
            CodeInterpreterToolCallOutputsType0ItemType2] | None | Unset):
    """

    __repr__ = model_repr
    type: CodeInterpreterToolCallType = "code_interpreter_call"
    id: str | Unset = UNSET
    status: CodeInterpreterToolCallStatus | Unset = UNSET
    container_id: str | Unset = UNSET
    code: None | str | Unset = UNSET
    outputs: (
        list[
            CodeInterpreterOutputImage
            | CodeInterpreterOutputLogs
            | CodeInterpreterToolCallOutputsType0ItemType2
        ]
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        id = self.id
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status
        container_id = self.container_id
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code
        outputs: list[dict[str, Any]] | None | Unset
        if isinstance(self.outputs, Unset):
            outputs = UNSET
        elif isinstance(self.outputs, list):
            outputs = []
            for outputs_type_0_item_data in self.outputs:
                outputs_type_0_item: dict[str, Any]
                if isinstance(outputs_type_0_item_data, CodeInterpreterOutputLogs):
                    outputs_type_0_item = outputs_type_0_item_data.to_dict()
                elif isinstance(outputs_type_0_item_data, CodeInterpreterOutputImage):
                    outputs_type_0_item = outputs_type_0_item_data.to_dict()
                else:
                    outputs_type_0_item = outputs_type_0_item_data.to_dict()
                outputs.append(outputs_type_0_item)
        else:
            outputs = self.outputs
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if container_id is not UNSET:
            field_dict["container_id"] = container_id
        if code is not UNSET:
            field_dict["code"] = code
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_code_interpreter_tool_call_type(d.pop("type"))
        id = d.pop("id", UNSET)
        _status = d.pop("status", UNSET)
        status: CodeInterpreterToolCallStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_code_interpreter_tool_call_status(_status)
        container_id = d.pop("container_id", UNSET)

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        code = _parse_code(d.pop("code", UNSET))

        def _parse_outputs(
            data: object,
        ) -> (
            list[
                CodeInterpreterOutputImage
                | CodeInterpreterOutputLogs
                | CodeInterpreterToolCallOutputsType0ItemType2
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                outputs_type_0 = []
                _outputs_type_0 = data
                for outputs_type_0_item_data in _outputs_type_0:

                    def _parse_outputs_type_0_item(
                        data: object,
                    ) -> (
                        CodeInterpreterOutputImage
                        | CodeInterpreterOutputLogs
                        | CodeInterpreterToolCallOutputsType0ItemType2
                    ):
                        if not _ready_9:
                            _prepare_9()
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            outputs_type_0_item_type_0 = CodeInterpreterOutputLogs.from_dict(data)
                            return outputs_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            outputs_type_0_item_type_1 = CodeInterpreterOutputImage.from_dict(data)
                            return outputs_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        outputs_type_0_item_type_2 = (
                            CodeInterpreterToolCallOutputsType0ItemType2.from_dict(data)
                        )
                        return outputs_type_0_item_type_2

                    outputs_type_0_item = _parse_outputs_type_0_item(outputs_type_0_item_data)
                    outputs_type_0.append(outputs_type_0_item)
                return outputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        outputs = _parse_outputs(d.pop("outputs", UNSET))
        code_interpreter_tool_call = cls(
            type=type_, id=id, status=status, container_id=container_id, code=code, outputs=outputs
        )
        code_interpreter_tool_call.additional_properties = d
        return code_interpreter_tool_call

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
    global _ready_0, CodeInterpreterOutputImage, CodeInterpreterOutputLogs
    from ..models.code_interpreter_output_image import CodeInterpreterOutputImage
    from ..models.code_interpreter_output_logs import CodeInterpreterOutputLogs

    _ready_0 = True


_ready_9 = False


def _prepare_9() -> None:
    global \
        _ready_9, \
        CodeInterpreterOutputImage, \
        CodeInterpreterOutputLogs, \
        CodeInterpreterToolCallOutputsType0ItemType2
    from ..models.code_interpreter_output_image import CodeInterpreterOutputImage
    from ..models.code_interpreter_output_logs import CodeInterpreterOutputLogs
    from ..models.code_interpreter_tool_call_outputs_type_0_item_type_2 import (
        CodeInterpreterToolCallOutputsType0ItemType2,
    )

    _ready_9 = True
