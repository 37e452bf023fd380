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
from ..models.function_tool_type import FunctionToolType, check_function_tool_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.function_tool_output_schema_type_0 import FunctionToolOutputSchemaType0
    from ..models.function_tool_parameters_type_0 import FunctionToolParametersType0
T = TypeVar("T", bound="FunctionTool")


@_attrs_define
class FunctionTool:
    """
    Attributes:
        type (FunctionToolType):  Default: 'function'.
        name (str | Unset):
        description (None | str | Unset):
        parameters (FunctionToolParametersType0 | None | Unset):
        output_schema (FunctionToolOutputSchemaType0 | None | Unset):
        strict (bool | None | Unset):
        defer_loading (bool | Unset):
        allowed_callers (list[CallableToolAllowedCaller] | None | Unset):
    """

    __repr__ = model_repr
    type: FunctionToolType = "function"
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    parameters: FunctionToolParametersType0 | None | Unset = UNSET
    output_schema: FunctionToolOutputSchemaType0 | None | Unset = UNSET
    strict: bool | None | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    allowed_callers: list[CallableToolAllowedCaller] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        name = self.name
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description
        parameters: dict[str, Any] | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, FunctionToolParametersType0):
            parameters = self.parameters.to_dict()
        else:
            parameters = self.parameters
        output_schema: dict[str, Any] | None | Unset
        if isinstance(self.output_schema, Unset):
            output_schema = UNSET
        elif isinstance(self.output_schema, FunctionToolOutputSchemaType0):
            output_schema = self.output_schema.to_dict()
        else:
            output_schema = self.output_schema
        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict
        defer_loading = self.defer_loading
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
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if output_schema is not UNSET:
            field_dict["output_schema"] = output_schema
        if strict is not UNSET:
            field_dict["strict"] = strict
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_function_tool_type(d.pop("type"))
        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        description = _parse_description(d.pop("description", UNSET))

        def _parse_parameters(data: object) -> FunctionToolParametersType0 | None | Unset:
            if not _ready_8:
                _prepare_8()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parameters_type_0 = FunctionToolParametersType0.from_dict(data)
                return parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        parameters = _parse_parameters(d.pop("parameters", UNSET))

        def _parse_output_schema(data: object) -> FunctionToolOutputSchemaType0 | None | Unset:
            if not _ready_9:
                _prepare_9()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_schema_type_0 = FunctionToolOutputSchemaType0.from_dict(data)
                return output_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        output_schema = _parse_output_schema(d.pop("output_schema", UNSET))

        def _parse_strict(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        strict = _parse_strict(d.pop("strict", UNSET))
        defer_loading = d.pop("defer_loading", UNSET)

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
        function_tool = cls(
            type=type_,
            name=name,
            description=description,
            parameters=parameters,
            output_schema=output_schema,
            strict=strict,
            defer_loading=defer_loading,
            allowed_callers=allowed_callers,
        )
        function_tool.additional_properties = d
        return function_tool

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
    global _ready_0, FunctionToolOutputSchemaType0, FunctionToolParametersType0
    from ..models.function_tool_output_schema_type_0 import FunctionToolOutputSchemaType0
    from ..models.function_tool_parameters_type_0 import FunctionToolParametersType0

    _ready_0 = True


_ready_8 = False


def _prepare_8() -> None:
    global _ready_8, FunctionToolParametersType0
    from ..models.function_tool_parameters_type_0 import FunctionToolParametersType0

    _ready_8 = True


_ready_9 = False


def _prepare_9() -> None:
    global _ready_9, FunctionToolOutputSchemaType0
    from ..models.function_tool_output_schema_type_0 import FunctionToolOutputSchemaType0

    _ready_9 = True
