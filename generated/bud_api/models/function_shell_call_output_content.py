from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.function_shell_call_output_content_outcome_type_0_type_2 import (
        FunctionShellCallOutputContentOutcomeType0Type2,
    )
    from ..models.function_shell_call_output_exit_outcome import FunctionShellCallOutputExitOutcome
    from ..models.function_shell_call_output_timeout_outcome import (
        FunctionShellCallOutputTimeoutOutcome,
    )
T = TypeVar("T", bound="FunctionShellCallOutputContent")


@_attrs_define
class FunctionShellCallOutputContent:
    """
    Attributes:
        stdout (str | Unset):
        stderr (str | Unset):
        outcome (FunctionShellCallOutputContentOutcomeType0Type2 | FunctionShellCallOutputExitOutcome |
            FunctionShellCallOutputTimeoutOutcome | None | Unset):
        created_by (str | Unset):
    """

    __repr__ = model_repr
    stdout: str | Unset = UNSET
    stderr: str | Unset = UNSET
    outcome: (
        FunctionShellCallOutputContentOutcomeType0Type2
        | FunctionShellCallOutputExitOutcome
        | FunctionShellCallOutputTimeoutOutcome
        | None
        | Unset
    ) = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        stdout = self.stdout
        stderr = self.stderr
        outcome: dict[str, Any] | None | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        elif isinstance(self.outcome, FunctionShellCallOutputTimeoutOutcome):
            outcome = self.outcome.to_dict()
        elif isinstance(self.outcome, FunctionShellCallOutputExitOutcome):
            outcome = self.outcome.to_dict()
        elif isinstance(self.outcome, FunctionShellCallOutputContentOutcomeType0Type2):
            outcome = self.outcome.to_dict()
        else:
            outcome = self.outcome
        created_by = self.created_by
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stdout is not UNSET:
            field_dict["stdout"] = stdout
        if stderr is not UNSET:
            field_dict["stderr"] = stderr
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stdout = d.pop("stdout", UNSET)
        stderr = d.pop("stderr", UNSET)

        def _parse_outcome(
            data: object,
        ) -> (
            FunctionShellCallOutputContentOutcomeType0Type2
            | FunctionShellCallOutputExitOutcome
            | FunctionShellCallOutputTimeoutOutcome
            | None
            | Unset
        ):
            if not _ready_7:
                _prepare_7()
            if type(data) is dict:
                _tag = data.get("type")
                if _tag == "exit":
                    try:
                        return FunctionShellCallOutputExitOutcome.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "timeout":
                    try:
                        return FunctionShellCallOutputTimeoutOutcome.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outcome_type_0_type_0 = FunctionShellCallOutputTimeoutOutcome.from_dict(data)
                return outcome_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outcome_type_0_type_1 = FunctionShellCallOutputExitOutcome.from_dict(data)
                return outcome_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outcome_type_0_type_2 = FunctionShellCallOutputContentOutcomeType0Type2.from_dict(
                    data
                )
                return outcome_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        outcome = _parse_outcome(d.pop("outcome", UNSET))
        created_by = d.pop("created_by", UNSET)
        function_shell_call_output_content = cls(
            stdout=stdout, stderr=stderr, outcome=outcome, created_by=created_by
        )
        function_shell_call_output_content.additional_properties = d
        return function_shell_call_output_content

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
        FunctionShellCallOutputContentOutcomeType0Type2, \
        FunctionShellCallOutputExitOutcome, \
        FunctionShellCallOutputTimeoutOutcome
    from ..models.function_shell_call_output_content_outcome_type_0_type_2 import (
        FunctionShellCallOutputContentOutcomeType0Type2,
    )
    from ..models.function_shell_call_output_exit_outcome import FunctionShellCallOutputExitOutcome
    from ..models.function_shell_call_output_timeout_outcome import (
        FunctionShellCallOutputTimeoutOutcome,
    )

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global \
        _ready_7, \
        FunctionShellCallOutputContentOutcomeType0Type2, \
        FunctionShellCallOutputExitOutcome, \
        FunctionShellCallOutputTimeoutOutcome
    from ..models.function_shell_call_output_content_outcome_type_0_type_2 import (
        FunctionShellCallOutputContentOutcomeType0Type2,
    )
    from ..models.function_shell_call_output_exit_outcome import FunctionShellCallOutputExitOutcome
    from ..models.function_shell_call_output_timeout_outcome import (
        FunctionShellCallOutputTimeoutOutcome,
    )

    _ready_7 = True
