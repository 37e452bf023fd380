from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.apply_patch_call_status_param import (
    ApplyPatchCallStatusParam,
    check_apply_patch_call_status_param,
)
from ..models.apply_patch_tool_call_item_param_type import (
    ApplyPatchToolCallItemParamType,
    check_apply_patch_tool_call_item_param_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apply_patch_create_file_operation_param import ApplyPatchCreateFileOperationParam
    from ..models.apply_patch_delete_file_operation_param import ApplyPatchDeleteFileOperationParam
    from ..models.apply_patch_operation_param_type_3 import ApplyPatchOperationParamType3
    from ..models.apply_patch_update_file_operation_param import ApplyPatchUpdateFileOperationParam
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam
    from ..models.tool_call_caller_param_type_2 import ToolCallCallerParamType2
T = TypeVar("T", bound="ApplyPatchToolCallItemParam")


@_attrs_define
class ApplyPatchToolCallItemParam:
    """
    Attributes:
        type (ApplyPatchToolCallItemParamType):  Default: 'apply_patch_call'.
        id (None | str | Unset):
        call_id (str | Unset):
        caller (DirectToolCallCallerParam | None | ProgramToolCallCallerParam | ToolCallCallerParamType2 | Unset):
        status (ApplyPatchCallStatusParam | None | Unset):
        operation (ApplyPatchCreateFileOperationParam | ApplyPatchDeleteFileOperationParam |
            ApplyPatchOperationParamType3 | ApplyPatchUpdateFileOperationParam | None | Unset):
    """

    __repr__ = model_repr
    type: ApplyPatchToolCallItemParamType = "apply_patch_call"
    id: None | str | Unset = UNSET
    call_id: str | Unset = UNSET
    caller: (
        DirectToolCallCallerParam
        | None
        | ProgramToolCallCallerParam
        | ToolCallCallerParamType2
        | Unset
    ) = UNSET
    status: ApplyPatchCallStatusParam | None | Unset = UNSET
    operation: (
        ApplyPatchCreateFileOperationParam
        | ApplyPatchDeleteFileOperationParam
        | ApplyPatchOperationParamType3
        | ApplyPatchUpdateFileOperationParam
        | None
        | Unset
    ) = UNSET
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
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status
        operation: dict[str, Any] | None | Unset
        if isinstance(self.operation, Unset):
            operation = UNSET
        elif isinstance(self.operation, ApplyPatchCreateFileOperationParam):
            operation = self.operation.to_dict()
        elif isinstance(self.operation, ApplyPatchDeleteFileOperationParam):
            operation = self.operation.to_dict()
        elif isinstance(self.operation, ApplyPatchUpdateFileOperationParam):
            operation = self.operation.to_dict()
        elif isinstance(self.operation, ApplyPatchOperationParamType3):
            operation = self.operation.to_dict()
        else:
            operation = self.operation
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
        if operation is not UNSET:
            field_dict["operation"] = operation
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_apply_patch_tool_call_item_param_type(d.pop("type"))

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

        def _parse_status(data: object) -> ApplyPatchCallStatusParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_apply_patch_call_status_param(data)
                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        status = _parse_status(d.pop("status", UNSET))

        def _parse_operation(
            data: object,
        ) -> (
            ApplyPatchCreateFileOperationParam
            | ApplyPatchDeleteFileOperationParam
            | ApplyPatchOperationParamType3
            | ApplyPatchUpdateFileOperationParam
            | None
            | Unset
        ):
            if not _ready_10:
                _prepare_10()
            if type(data) is dict:
                _tag = data.get("type")
                if _tag == "create_file":
                    try:
                        return ApplyPatchCreateFileOperationParam.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "delete_file":
                    try:
                        return ApplyPatchDeleteFileOperationParam.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "update_file":
                    try:
                        return ApplyPatchUpdateFileOperationParam.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_apply_patch_operation_param_type_0 = (
                    ApplyPatchCreateFileOperationParam.from_dict(data)
                )
                return componentsschemas_apply_patch_operation_param_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_apply_patch_operation_param_type_1 = (
                    ApplyPatchDeleteFileOperationParam.from_dict(data)
                )
                return componentsschemas_apply_patch_operation_param_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_apply_patch_operation_param_type_2 = (
                    ApplyPatchUpdateFileOperationParam.from_dict(data)
                )
                return componentsschemas_apply_patch_operation_param_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_apply_patch_operation_param_type_3 = (
                    ApplyPatchOperationParamType3.from_dict(data)
                )
                return componentsschemas_apply_patch_operation_param_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        operation = _parse_operation(d.pop("operation", UNSET))
        apply_patch_tool_call_item_param = cls(
            type=type_, id=id, call_id=call_id, caller=caller, status=status, operation=operation
        )
        apply_patch_tool_call_item_param.additional_properties = d
        return apply_patch_tool_call_item_param

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
        ApplyPatchCreateFileOperationParam, \
        ApplyPatchDeleteFileOperationParam, \
        ApplyPatchOperationParamType3, \
        ApplyPatchUpdateFileOperationParam, \
        DirectToolCallCallerParam, \
        ProgramToolCallCallerParam, \
        ToolCallCallerParamType2
    from ..models.apply_patch_create_file_operation_param import ApplyPatchCreateFileOperationParam
    from ..models.apply_patch_delete_file_operation_param import ApplyPatchDeleteFileOperationParam
    from ..models.apply_patch_operation_param_type_3 import ApplyPatchOperationParamType3
    from ..models.apply_patch_update_file_operation_param import ApplyPatchUpdateFileOperationParam
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


_ready_10 = False


def _prepare_10() -> None:
    global \
        _ready_10, \
        ApplyPatchCreateFileOperationParam, \
        ApplyPatchDeleteFileOperationParam, \
        ApplyPatchOperationParamType3, \
        ApplyPatchUpdateFileOperationParam
    from ..models.apply_patch_create_file_operation_param import ApplyPatchCreateFileOperationParam
    from ..models.apply_patch_delete_file_operation_param import ApplyPatchDeleteFileOperationParam
    from ..models.apply_patch_operation_param_type_3 import ApplyPatchOperationParamType3
    from ..models.apply_patch_update_file_operation_param import ApplyPatchUpdateFileOperationParam

    _ready_10 = True
