from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_prompt_variables_type_0 import ResponsePromptVariablesType0
T = TypeVar("T", bound="PromptType0")


@_attrs_define
class PromptType0:
    """
    Attributes:
        id (str | Unset):
        version (None | str | Unset):
        variables (None | ResponsePromptVariablesType0 | Unset):
    """

    __repr__ = model_repr
    id: str | Unset = UNSET
    version: None | str | Unset = UNSET
    variables: None | ResponsePromptVariablesType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        id = self.id
        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version
        variables: dict[str, Any] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, ResponsePromptVariablesType0):
            variables = self.variables.to_dict()
        else:
            variables = self.variables
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if variables is not UNSET:
            field_dict["variables"] = variables
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        version = _parse_version(d.pop("version", UNSET))

        def _parse_variables(data: object) -> None | ResponsePromptVariablesType0 | Unset:
            if not _ready_8:
                _prepare_8()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_prompt_variables_type_0 = (
                    ResponsePromptVariablesType0.from_dict(data)
                )
                return componentsschemas_response_prompt_variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        variables = _parse_variables(d.pop("variables", UNSET))
        prompt_type_0 = cls(id=id, version=version, variables=variables)
        prompt_type_0.additional_properties = d
        return prompt_type_0

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
    global _ready_0, ResponsePromptVariablesType0
    from ..models.response_prompt_variables_type_0 import ResponsePromptVariablesType0

    _ready_0 = True


_ready_8 = False


def _prepare_8() -> None:
    global _ready_8, ResponsePromptVariablesType0
    from ..models.response_prompt_variables_type_0 import ResponsePromptVariablesType0

    _ready_8 = True
