from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.function_shell_call_output_exit_outcome_param import (
        FunctionShellCallOutputExitOutcomeParam,
    )
    from ..models.function_shell_call_output_outcome_param_type_2 import (
        FunctionShellCallOutputOutcomeParamType2,
    )
    from ..models.function_shell_call_output_timeout_outcome_param import (
        FunctionShellCallOutputTimeoutOutcomeParam,
    )
T = TypeVar("T", bound="FunctionShellCallOutputContentParam")


@_attrs_define
class FunctionShellCallOutputContentParam:
    """
    Attributes:
        stdout (str | Unset):
        stderr (str | Unset):
        outcome (FunctionShellCallOutputExitOutcomeParam | FunctionShellCallOutputOutcomeParamType2 |
            FunctionShellCallOutputTimeoutOutcomeParam | None | Unset):
    """

    __repr__ = model_repr
    stdout: str | Unset = UNSET
    stderr: str | Unset = UNSET
    outcome: (
        FunctionShellCallOutputExitOutcomeParam
        | FunctionShellCallOutputOutcomeParamType2
        | FunctionShellCallOutputTimeoutOutcomeParam
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        stdout = self.stdout
        stderr = self.stderr
        outcome: dict[str, Any] | None | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        elif isinstance(self.outcome, FunctionShellCallOutputTimeoutOutcomeParam):
            outcome = self.outcome.to_dict()
        elif isinstance(self.outcome, FunctionShellCallOutputExitOutcomeParam):
            outcome = self.outcome.to_dict()
        elif isinstance(self.outcome, FunctionShellCallOutputOutcomeParamType2):
            outcome = self.outcome.to_dict()
        else:
            outcome = self.outcome
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stdout is not UNSET:
            field_dict["stdout"] = stdout
        if stderr is not UNSET:
            field_dict["stderr"] = stderr
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stdout = d.pop("stdout", UNSET)
        stderr = d.pop("stderr", UNSET)

        def _parse_outcome(
            data: object,
        ) -> (
            FunctionShellCallOutputExitOutcomeParam
            | FunctionShellCallOutputOutcomeParamType2
            | FunctionShellCallOutputTimeoutOutcomeParam
            | None
            | Unset
        ):
            if not _ready_7:
                _prepare_7()
            if type(data) is dict:
                _tag = data.get("type")
                if _tag == "exit":
                    try:
                        return FunctionShellCallOutputExitOutcomeParam.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "timeout":
                    try:
                        return FunctionShellCallOutputTimeoutOutcomeParam.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_function_shell_call_output_outcome_param_type_0 = (
                    FunctionShellCallOutputTimeoutOutcomeParam.from_dict(data)
                )
                return componentsschemas_function_shell_call_output_outcome_param_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_function_shell_call_output_outcome_param_type_1 = (
                    FunctionShellCallOutputExitOutcomeParam.from_dict(data)
                )
                return componentsschemas_function_shell_call_output_outcome_param_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_function_shell_call_output_outcome_param_type_2 = (
                    FunctionShellCallOutputOutcomeParamType2.from_dict(data)
                )
                return componentsschemas_function_shell_call_output_outcome_param_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        outcome = _parse_outcome(d.pop("outcome", UNSET))
        function_shell_call_output_content_param = cls(
            stdout=stdout, stderr=stderr, outcome=outcome
        )
        function_shell_call_output_content_param.additional_properties = d
        return function_shell_call_output_content_param

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
        FunctionShellCallOutputExitOutcomeParam, \
        FunctionShellCallOutputOutcomeParamType2, \
        FunctionShellCallOutputTimeoutOutcomeParam
    from ..models.function_shell_call_output_exit_outcome_param import (
        FunctionShellCallOutputExitOutcomeParam,
    )
    from ..models.function_shell_call_output_outcome_param_type_2 import (
        FunctionShellCallOutputOutcomeParamType2,
    )
    from ..models.function_shell_call_output_timeout_outcome_param import (
        FunctionShellCallOutputTimeoutOutcomeParam,
    )

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global \
        _ready_7, \
        FunctionShellCallOutputExitOutcomeParam, \
        FunctionShellCallOutputOutcomeParamType2, \
        FunctionShellCallOutputTimeoutOutcomeParam
    from ..models.function_shell_call_output_exit_outcome_param import (
        FunctionShellCallOutputExitOutcomeParam,
    )
    from ..models.function_shell_call_output_outcome_param_type_2 import (
        FunctionShellCallOutputOutcomeParamType2,
    )
    from ..models.function_shell_call_output_timeout_outcome_param import (
        FunctionShellCallOutputTimeoutOutcomeParam,
    )

    _ready_7 = True
