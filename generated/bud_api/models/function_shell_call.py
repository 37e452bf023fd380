from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.function_shell_call_status import (
    FunctionShellCallStatus,
    check_function_shell_call_status,
)
from ..models.function_shell_call_type import FunctionShellCallType, check_function_shell_call_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_reference_resource import ContainerReferenceResource
    from ..models.direct_tool_call_caller import DirectToolCallCaller
    from ..models.function_shell_action import FunctionShellAction
    from ..models.function_shell_call_environment_type_0_type_2 import (
        FunctionShellCallEnvironmentType0Type2,
    )
    from ..models.local_environment_resource import LocalEnvironmentResource
    from ..models.program_tool_call_caller import ProgramToolCallCaller
    from ..models.tool_call_caller_type_2 import ToolCallCallerType2
T = TypeVar("T", bound="FunctionShellCall")


@_attrs_define
class FunctionShellCall:
    """
    Attributes:
        type (FunctionShellCallType):  Default: 'shell_call'.
        id (str | Unset):
        call_id (str | Unset):
        caller (DirectToolCallCaller | None | ProgramToolCallCaller | ToolCallCallerType2 | Unset):
        action (FunctionShellAction | None | Unset):
        status (FunctionShellCallStatus | None | Unset):
        environment (ContainerReferenceResource | FunctionShellCallEnvironmentType0Type2 | LocalEnvironmentResource |
            None | Unset):
        created_by (str | Unset):
    """

    __repr__ = model_repr
    type: FunctionShellCallType = "shell_call"
    id: str | Unset = UNSET
    call_id: str | Unset = UNSET
    caller: DirectToolCallCaller | None | ProgramToolCallCaller | ToolCallCallerType2 | Unset = (
        UNSET
    )
    action: FunctionShellAction | None | Unset = UNSET
    status: FunctionShellCallStatus | None | Unset = UNSET
    environment: (
        ContainerReferenceResource
        | FunctionShellCallEnvironmentType0Type2
        | LocalEnvironmentResource
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
        action: dict[str, Any] | None | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, FunctionShellAction):
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
        elif isinstance(self.environment, LocalEnvironmentResource):
            environment = self.environment.to_dict()
        elif isinstance(self.environment, ContainerReferenceResource):
            environment = self.environment.to_dict()
        elif isinstance(self.environment, FunctionShellCallEnvironmentType0Type2):
            environment = self.environment.to_dict()
        else:
            environment = self.environment
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
        if action is not UNSET:
            field_dict["action"] = action
        if status is not UNSET:
            field_dict["status"] = status
        if environment is not UNSET:
            field_dict["environment"] = environment
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_function_shell_call_type(d.pop("type"))
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

        def _parse_action(data: object) -> FunctionShellAction | None | Unset:
            if not _ready_8:
                _prepare_8()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_0 = FunctionShellAction.from_dict(data)
                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        action = _parse_action(d.pop("action", UNSET))

        def _parse_status(data: object) -> FunctionShellCallStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_function_shell_call_status(data)
                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        status = _parse_status(d.pop("status", UNSET))

        def _parse_environment(
            data: object,
        ) -> (
            ContainerReferenceResource
            | FunctionShellCallEnvironmentType0Type2
            | LocalEnvironmentResource
            | None
            | Unset
        ):
            if not _ready_10:
                _prepare_10()
            if type(data) is dict:
                _tag = data.get("type")
                if _tag == "container_reference":
                    try:
                        return ContainerReferenceResource.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "local":
                    try:
                        return LocalEnvironmentResource.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_0_type_0 = LocalEnvironmentResource.from_dict(data)
                return environment_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_0_type_1 = ContainerReferenceResource.from_dict(data)
                return environment_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_0_type_2 = FunctionShellCallEnvironmentType0Type2.from_dict(data)
                return environment_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        environment = _parse_environment(d.pop("environment", UNSET))
        created_by = d.pop("created_by", UNSET)
        function_shell_call = cls(
            type=type_,
            id=id,
            call_id=call_id,
            caller=caller,
            action=action,
            status=status,
            environment=environment,
            created_by=created_by,
        )
        function_shell_call.additional_properties = d
        return function_shell_call

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
        ContainerReferenceResource, \
        DirectToolCallCaller, \
        FunctionShellAction, \
        FunctionShellCallEnvironmentType0Type2, \
        LocalEnvironmentResource, \
        ProgramToolCallCaller, \
        ToolCallCallerType2
    from ..models.container_reference_resource import ContainerReferenceResource
    from ..models.direct_tool_call_caller import DirectToolCallCaller
    from ..models.function_shell_action import FunctionShellAction
    from ..models.function_shell_call_environment_type_0_type_2 import (
        FunctionShellCallEnvironmentType0Type2,
    )
    from ..models.local_environment_resource import LocalEnvironmentResource
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


_ready_8 = False


def _prepare_8() -> None:
    global _ready_8, FunctionShellAction
    from ..models.function_shell_action import FunctionShellAction

    _ready_8 = True


_ready_10 = False


def _prepare_10() -> None:
    global \
        _ready_10, \
        ContainerReferenceResource, \
        FunctionShellCallEnvironmentType0Type2, \
        LocalEnvironmentResource
    from ..models.container_reference_resource import ContainerReferenceResource
    from ..models.function_shell_call_environment_type_0_type_2 import (
        FunctionShellCallEnvironmentType0Type2,
    )
    from ..models.local_environment_resource import LocalEnvironmentResource

    _ready_10 = True
