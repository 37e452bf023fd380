from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.local_shell_tool_call_status import (
    LocalShellToolCallStatus,
    check_local_shell_tool_call_status,
)
from ..models.local_shell_tool_call_type import (
    LocalShellToolCallType,
    check_local_shell_tool_call_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.local_shell_exec_action import LocalShellExecAction
T = TypeVar("T", bound="LocalShellToolCall")


@_attrs_define
class LocalShellToolCall:
    """
    Attributes:
        type (LocalShellToolCallType):
        id (str | Unset):
        call_id (str | Unset):
        action (LocalShellExecAction | None | Unset):
        status (LocalShellToolCallStatus | Unset):
    """

    __repr__ = model_repr
    type: LocalShellToolCallType
    id: str | Unset = UNSET
    call_id: str | Unset = UNSET
    action: LocalShellExecAction | None | Unset = UNSET
    status: LocalShellToolCallStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        id = self.id
        call_id = self.call_id
        action: dict[str, Any] | None | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, LocalShellExecAction):
            action = self.action.to_dict()
        else:
            action = self.action
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if id is not UNSET:
            field_dict["id"] = id
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if action is not UNSET:
            field_dict["action"] = action
        if status is not UNSET:
            field_dict["status"] = status
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_local_shell_tool_call_type(d.pop("type"))
        id = d.pop("id", UNSET)
        call_id = d.pop("call_id", UNSET)

        def _parse_action(data: object) -> LocalShellExecAction | None | Unset:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_0 = LocalShellExecAction.from_dict(data)
                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        action = _parse_action(d.pop("action", UNSET))
        _status = d.pop("status", UNSET)
        status: LocalShellToolCallStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_local_shell_tool_call_status(_status)
        local_shell_tool_call = cls(
            type=type_, id=id, call_id=call_id, action=action, status=status
        )
        local_shell_tool_call.additional_properties = d
        return local_shell_tool_call

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
    global _ready_0, LocalShellExecAction
    from ..models.local_shell_exec_action import LocalShellExecAction

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, LocalShellExecAction
    from ..models.local_shell_exec_action import LocalShellExecAction

    _ready_7 = True
