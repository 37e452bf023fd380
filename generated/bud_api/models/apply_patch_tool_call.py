from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.apply_patch_call_status import ApplyPatchCallStatus, check_apply_patch_call_status
from ..models.apply_patch_tool_call_type import (
    ApplyPatchToolCallType,
    check_apply_patch_tool_call_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apply_patch_create_file_operation import ApplyPatchCreateFileOperation
    from ..models.apply_patch_delete_file_operation import ApplyPatchDeleteFileOperation
    from ..models.apply_patch_tool_call_operation_type_0_type_3 import (
        ApplyPatchToolCallOperationType0Type3,
    )
    from ..models.apply_patch_update_file_operation import ApplyPatchUpdateFileOperation
    from ..models.direct_tool_call_caller import DirectToolCallCaller
    from ..models.program_tool_call_caller import ProgramToolCallCaller
    from ..models.tool_call_caller_type_2 import ToolCallCallerType2
T = TypeVar("T", bound="ApplyPatchToolCall")


@_attrs_define
class ApplyPatchToolCall:
    """
    Attributes:
        type (ApplyPatchToolCallType):  Default: 'apply_patch_call'.
        id (str | Unset):
        call_id (str | Unset):
        caller (DirectToolCallCaller | None | ProgramToolCallCaller | ToolCallCallerType2 | Unset):
        status (ApplyPatchCallStatus | None | Unset):
        operation (ApplyPatchCreateFileOperation | ApplyPatchDeleteFileOperation | ApplyPatchToolCallOperationType0Type3
            | ApplyPatchUpdateFileOperation | None | Unset):
        created_by (str | Unset):
    """

    __repr__ = model_repr
    type: ApplyPatchToolCallType = "apply_patch_call"
    id: str | Unset = UNSET
    call_id: str | Unset = UNSET
    caller: DirectToolCallCaller | None | ProgramToolCallCaller | ToolCallCallerType2 | Unset = (
        UNSET
    )
    status: ApplyPatchCallStatus | None | Unset = UNSET
    operation: (
        ApplyPatchCreateFileOperation
        | ApplyPatchDeleteFileOperation
        | ApplyPatchToolCallOperationType0Type3
        | ApplyPatchUpdateFileOperation
        | None
        | Unset
    ) = UNSET
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
        operation: dict[str, Any] | None | Unset
        if isinstance(self.operation, Unset):
            operation = UNSET
        elif isinstance(self.operation, ApplyPatchCreateFileOperation):
            operation = self.operation.to_dict()
        elif isinstance(self.operation, ApplyPatchDeleteFileOperation):
            operation = self.operation.to_dict()
        elif isinstance(self.operation, ApplyPatchUpdateFileOperation):
            operation = self.operation.to_dict()
        elif isinstance(self.operation, ApplyPatchToolCallOperationType0Type3):
            operation = self.operation.to_dict()
        else:
            operation = self.operation
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
        if operation is not UNSET:
            field_dict["operation"] = operation
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_apply_patch_tool_call_type(d.pop("type"))
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

        def _parse_status(data: object) -> ApplyPatchCallStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_apply_patch_call_status(data)
                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        status = _parse_status(d.pop("status", UNSET))

        def _parse_operation(
            data: object,
        ) -> (
            ApplyPatchCreateFileOperation
            | ApplyPatchDeleteFileOperation
            | ApplyPatchToolCallOperationType0Type3
            | ApplyPatchUpdateFileOperation
            | None
            | Unset
        ):
            if not _ready_9:
                _prepare_9()
            if type(data) is dict:
                _tag = data.get("type")
                if _tag == "create_file":
                    try:
                        return ApplyPatchCreateFileOperation.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "delete_file":
                    try:
                        return ApplyPatchDeleteFileOperation.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "update_file":
                    try:
                        return ApplyPatchUpdateFileOperation.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                operation_type_0_type_0 = ApplyPatchCreateFileOperation.from_dict(data)
                return operation_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                operation_type_0_type_1 = ApplyPatchDeleteFileOperation.from_dict(data)
                return operation_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                operation_type_0_type_2 = ApplyPatchUpdateFileOperation.from_dict(data)
                return operation_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                operation_type_0_type_3 = ApplyPatchToolCallOperationType0Type3.from_dict(data)
                return operation_type_0_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        operation = _parse_operation(d.pop("operation", UNSET))
        created_by = d.pop("created_by", UNSET)
        apply_patch_tool_call = cls(
            type=type_,
            id=id,
            call_id=call_id,
            caller=caller,
            status=status,
            operation=operation,
            created_by=created_by,
        )
        apply_patch_tool_call.additional_properties = d
        return apply_patch_tool_call

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
        ApplyPatchCreateFileOperation, \
        ApplyPatchDeleteFileOperation, \
        ApplyPatchToolCallOperationType0Type3, \
        ApplyPatchUpdateFileOperation, \
        DirectToolCallCaller, \
        ProgramToolCallCaller, \
        ToolCallCallerType2
    from ..models.apply_patch_create_file_operation import ApplyPatchCreateFileOperation
    from ..models.apply_patch_delete_file_operation import ApplyPatchDeleteFileOperation
    from ..models.apply_patch_tool_call_operation_type_0_type_3 import (
        ApplyPatchToolCallOperationType0Type3,
    )
    from ..models.apply_patch_update_file_operation import ApplyPatchUpdateFileOperation
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
    global \
        _ready_9, \
        ApplyPatchCreateFileOperation, \
        ApplyPatchDeleteFileOperation, \
        ApplyPatchToolCallOperationType0Type3, \
        ApplyPatchUpdateFileOperation
    from ..models.apply_patch_create_file_operation import ApplyPatchCreateFileOperation
    from ..models.apply_patch_delete_file_operation import ApplyPatchDeleteFileOperation
    from ..models.apply_patch_tool_call_operation_type_0_type_3 import (
        ApplyPatchToolCallOperationType0Type3,
    )
    from ..models.apply_patch_update_file_operation import ApplyPatchUpdateFileOperation

    _ready_9 = True
