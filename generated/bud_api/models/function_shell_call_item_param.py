from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.function_shell_call_item_param_type import (
    FunctionShellCallItemParamType,
    check_function_shell_call_item_param_type,
)
from ..models.function_shell_call_item_status import (
    FunctionShellCallItemStatus,
    check_function_shell_call_item_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_reference_param import ContainerReferenceParam
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
    from ..models.function_shell_action_param import FunctionShellActionParam
    from ..models.function_shell_call_item_param_environment_type_0_type_2 import (
        FunctionShellCallItemParamEnvironmentType0Type2,
    )
    from ..models.local_environment_param import LocalEnvironmentParam
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam
    from ..models.tool_call_caller_param_type_2 import ToolCallCallerParamType2
T = TypeVar("T", bound="FunctionShellCallItemParam")


@_attrs_define
class FunctionShellCallItemParam:
    """
    Attributes:
        type (FunctionShellCallItemParamType):  Default: 'shell_call'.
        id (None | str | Unset):
        call_id (str | Unset):
        caller (DirectToolCallCallerParam | None | ProgramToolCallCallerParam | ToolCallCallerParamType2 | Unset):
        action (FunctionShellActionParam | None | Unset):
        status (FunctionShellCallItemStatus | None | Unset):
        environment (ContainerReferenceParam | FunctionShellCallItemParamEnvironmentType0Type2 | LocalEnvironmentParam |
            None | Unset):
    """

    __repr__ = model_repr
    type: FunctionShellCallItemParamType = "shell_call"
    id: None | str | Unset = UNSET
    call_id: str | Unset = UNSET
    caller: (
        DirectToolCallCallerParam
        | None
        | ProgramToolCallCallerParam
        | ToolCallCallerParamType2
        | Unset
    ) = UNSET
    action: FunctionShellActionParam | None | Unset = UNSET
    status: FunctionShellCallItemStatus | None | Unset = UNSET
    environment: (
        ContainerReferenceParam
        | FunctionShellCallItemParamEnvironmentType0Type2
        | LocalEnvironmentParam
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
        action: dict[str, Any] | None | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, FunctionShellActionParam):
            action = self.action.to_dict()
        else:
            action = self.action
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status
        environment: dict[str, Any] | None | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        elif isinstance(self.environment, LocalEnvironmentParam):
            environment = self.environment.to_dict()
        elif isinstance(self.environment, ContainerReferenceParam):
            environment = self.environment.to_dict()
        elif isinstance(self.environment, FunctionShellCallItemParamEnvironmentType0Type2):
            environment = self.environment.to_dict()
        else:
            environment = self.environment
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if id is not UNSET:
            field_dict["id"] = id
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if caller is not UNSET:
            field_dict["caller"] = caller
        if action is not UNSET:
            field_dict["action"] = action
        if status is not UNSET:
            field_dict["status"] = status
        if environment is not UNSET:
            field_dict["environment"] = environment
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_function_shell_call_item_param_type(d.pop("type"))

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

        def _parse_action(data: object) -> FunctionShellActionParam | None | Unset:
            if not _ready_9:
                _prepare_9()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_0 = FunctionShellActionParam.from_dict(data)
                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        action = _parse_action(d.pop("action", UNSET))

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

        def _parse_environment(
            data: object,
        ) -> (
            ContainerReferenceParam
            | FunctionShellCallItemParamEnvironmentType0Type2
            | LocalEnvironmentParam
            | None
            | Unset
        ):
            if not _ready_11:
                _prepare_11()
            if type(data) is dict:
                _tag = data.get("type")
                if _tag == "container_reference":
                    try:
                        return ContainerReferenceParam.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "local":
                    try:
                        return LocalEnvironmentParam.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_0_type_0 = LocalEnvironmentParam.from_dict(data)
                return environment_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_0_type_1 = ContainerReferenceParam.from_dict(data)
                return environment_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_0_type_2 = (
                    FunctionShellCallItemParamEnvironmentType0Type2.from_dict(data)
                )
                return environment_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        environment = _parse_environment(d.pop("environment", UNSET))
        function_shell_call_item_param = cls(
            type=type_,
            id=id,
            call_id=call_id,
            caller=caller,
            action=action,
            status=status,
            environment=environment,
        )
        function_shell_call_item_param.additional_properties = d
        return function_shell_call_item_param

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
        ContainerReferenceParam, \
        DirectToolCallCallerParam, \
        FunctionShellActionParam, \
        FunctionShellCallItemParamEnvironmentType0Type2, \
        LocalEnvironmentParam, \
        ProgramToolCallCallerParam, \
        ToolCallCallerParamType2
    from ..models.container_reference_param import ContainerReferenceParam
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
    from ..models.function_shell_action_param import FunctionShellActionParam
    from ..models.function_shell_call_item_param_environment_type_0_type_2 import (
        FunctionShellCallItemParamEnvironmentType0Type2,
    )
    from ..models.local_environment_param import LocalEnvironmentParam
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
    global _ready_9, FunctionShellActionParam
    from ..models.function_shell_action_param import FunctionShellActionParam

    _ready_9 = True


_ready_11 = False


def _prepare_11() -> None:
    global \
        _ready_11, \
        ContainerReferenceParam, \
        FunctionShellCallItemParamEnvironmentType0Type2, \
        LocalEnvironmentParam
    from ..models.container_reference_param import ContainerReferenceParam
    from ..models.function_shell_call_item_param_environment_type_0_type_2 import (
        FunctionShellCallItemParamEnvironmentType0Type2,
    )
    from ..models.local_environment_param import LocalEnvironmentParam

    _ready_11 = True
