from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.callable_tool_allowed_caller import (
    CallableToolAllowedCaller,
    check_callable_tool_allowed_caller,
)
from ..models.function_shell_tool_param_type import (
    FunctionShellToolParamType,
    check_function_shell_tool_param_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_auto_param import ContainerAutoParam
    from ..models.container_reference_param import ContainerReferenceParam
    from ..models.function_shell_tool_param_environment_type_0_type_3 import (
        FunctionShellToolParamEnvironmentType0Type3,
    )
    from ..models.local_environment_param import LocalEnvironmentParam
T = TypeVar("T", bound="FunctionShellToolParam")


@_attrs_define
class FunctionShellToolParam:
    """
    Attributes:
        type (FunctionShellToolParamType):  Default: 'shell'.
        environment (ContainerAutoParam | ContainerReferenceParam | FunctionShellToolParamEnvironmentType0Type3 |
            LocalEnvironmentParam | None | Unset):
        allowed_callers (list[CallableToolAllowedCaller] | None | Unset):
    """

    __repr__ = model_repr
    type: FunctionShellToolParamType = "shell"
    environment: (
        ContainerAutoParam
        | ContainerReferenceParam
        | FunctionShellToolParamEnvironmentType0Type3
        | LocalEnvironmentParam
        | None
        | Unset
    ) = UNSET
    allowed_callers: list[CallableToolAllowedCaller] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        environment: dict[str, Any] | None | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        elif isinstance(self.environment, ContainerAutoParam):
            environment = self.environment.to_dict()
        elif isinstance(self.environment, LocalEnvironmentParam):
            environment = self.environment.to_dict()
        elif isinstance(self.environment, ContainerReferenceParam):
            environment = self.environment.to_dict()
        elif isinstance(self.environment, FunctionShellToolParamEnvironmentType0Type3):
            environment = self.environment.to_dict()
        else:
            environment = self.environment
        allowed_callers: list[str] | None | Unset
        if isinstance(self.allowed_callers, Unset):
            allowed_callers = UNSET
        elif isinstance(self.allowed_callers, list):
            allowed_callers = []
            for allowed_callers_type_0_item_data in self.allowed_callers:
                allowed_callers_type_0_item: str = allowed_callers_type_0_item_data
                allowed_callers.append(allowed_callers_type_0_item)
        else:
            allowed_callers = self.allowed_callers
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if environment is not UNSET:
            field_dict["environment"] = environment
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_function_shell_tool_param_type(d.pop("type"))

        def _parse_environment(
            data: object,
        ) -> (
            ContainerAutoParam
            | ContainerReferenceParam
            | FunctionShellToolParamEnvironmentType0Type3
            | LocalEnvironmentParam
            | None
            | Unset
        ):
            if not _ready_7:
                _prepare_7()
            if type(data) is dict:
                _tag = data.get("type")
                if _tag == "container_auto":
                    try:
                        return ContainerAutoParam.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "container_reference":
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
                environment_type_0_type_0 = ContainerAutoParam.from_dict(data)
                return environment_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_0_type_1 = LocalEnvironmentParam.from_dict(data)
                return environment_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_0_type_2 = ContainerReferenceParam.from_dict(data)
                return environment_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_0_type_3 = FunctionShellToolParamEnvironmentType0Type3.from_dict(
                    data
                )
                return environment_type_0_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        environment = _parse_environment(d.pop("environment", UNSET))

        def _parse_allowed_callers(data: object) -> list[CallableToolAllowedCaller] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_callers_type_0 = []
                _allowed_callers_type_0 = data
                for allowed_callers_type_0_item_data in _allowed_callers_type_0:
                    allowed_callers_type_0_item = check_callable_tool_allowed_caller(
                        allowed_callers_type_0_item_data
                    )
                    allowed_callers_type_0.append(allowed_callers_type_0_item)
                return allowed_callers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        allowed_callers = _parse_allowed_callers(d.pop("allowed_callers", UNSET))
        function_shell_tool_param = cls(
            type=type_, environment=environment, allowed_callers=allowed_callers
        )
        function_shell_tool_param.additional_properties = d
        return function_shell_tool_param

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
        ContainerAutoParam, \
        ContainerReferenceParam, \
        FunctionShellToolParamEnvironmentType0Type3, \
        LocalEnvironmentParam
    from ..models.container_auto_param import ContainerAutoParam
    from ..models.container_reference_param import ContainerReferenceParam
    from ..models.function_shell_tool_param_environment_type_0_type_3 import (
        FunctionShellToolParamEnvironmentType0Type3,
    )
    from ..models.local_environment_param import LocalEnvironmentParam

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global \
        _ready_7, \
        ContainerAutoParam, \
        ContainerReferenceParam, \
        FunctionShellToolParamEnvironmentType0Type3, \
        LocalEnvironmentParam
    from ..models.container_auto_param import ContainerAutoParam
    from ..models.container_reference_param import ContainerReferenceParam
    from ..models.function_shell_tool_param_environment_type_0_type_3 import (
        FunctionShellToolParamEnvironmentType0Type3,
    )
    from ..models.local_environment_param import LocalEnvironmentParam

    _ready_7 = True
