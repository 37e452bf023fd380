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
from ..models.function_tool_param_type import FunctionToolParamType, check_function_tool_param_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.empty_model_param import EmptyModelParam
    from ..models.function_tool_param_output_schema_type_0 import FunctionToolParamOutputSchemaType0
T = TypeVar("T", bound="FunctionToolParam")


@_attrs_define
class FunctionToolParam:
    """
    Attributes:
        type (FunctionToolParamType):  Default: 'function'.
        name (str | Unset):
        description (None | str | Unset):
        parameters (EmptyModelParam | None | Unset):
        strict (bool | None | Unset):
        output_schema (FunctionToolParamOutputSchemaType0 | None | Unset):
        defer_loading (bool | Unset):
        allowed_callers (list[CallableToolAllowedCaller] | None | Unset):
    """

    __repr__ = model_repr
    type: FunctionToolParamType = "function"
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    parameters: EmptyModelParam | None | Unset = UNSET
    strict: bool | None | Unset = UNSET
    output_schema: FunctionToolParamOutputSchemaType0 | None | Unset = UNSET
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
        elif isinstance(self.parameters, EmptyModelParam):
            parameters = self.parameters.to_dict()
        else:
            parameters = self.parameters
        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict
        output_schema: dict[str, Any] | None | Unset
        if isinstance(self.output_schema, Unset):
            output_schema = UNSET
        elif isinstance(self.output_schema, FunctionToolParamOutputSchemaType0):
            output_schema = self.output_schema.to_dict()
        else:
            output_schema = self.output_schema
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
        if strict is not UNSET:
            field_dict["strict"] = strict
        if output_schema is not UNSET:
            field_dict["output_schema"] = output_schema
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_function_tool_param_type(d.pop("type"))
        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        description = _parse_description(d.pop("description", UNSET))

        def _parse_parameters(data: object) -> EmptyModelParam | None | Unset:
            if not _ready_8:
                _prepare_8()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parameters_type_0 = EmptyModelParam.from_dict(data)
                return parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        parameters = _parse_parameters(d.pop("parameters", UNSET))

        def _parse_strict(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        strict = _parse_strict(d.pop("strict", UNSET))

        def _parse_output_schema(data: object) -> FunctionToolParamOutputSchemaType0 | None | Unset:
            if not _ready_10:
                _prepare_10()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_schema_type_0 = FunctionToolParamOutputSchemaType0.from_dict(data)
                return output_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        output_schema = _parse_output_schema(d.pop("output_schema", UNSET))
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
        function_tool_param = cls(
            type=type_,
            name=name,
            description=description,
            parameters=parameters,
            strict=strict,
            output_schema=output_schema,
            defer_loading=defer_loading,
            allowed_callers=allowed_callers,
        )
        function_tool_param.additional_properties = d
        return function_tool_param

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
    global _ready_0, EmptyModelParam, FunctionToolParamOutputSchemaType0
    from ..models.empty_model_param import EmptyModelParam
    from ..models.function_tool_param_output_schema_type_0 import FunctionToolParamOutputSchemaType0

    _ready_0 = True


_ready_8 = False


def _prepare_8() -> None:
    global _ready_8, EmptyModelParam
    from ..models.empty_model_param import EmptyModelParam

    _ready_8 = True


_ready_10 = False


def _prepare_10() -> None:
    global _ready_10, FunctionToolParamOutputSchemaType0
    from ..models.function_tool_param_output_schema_type_0 import FunctionToolParamOutputSchemaType0

    _ready_10 = True
