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
from ..models.custom_tool_param_type import CustomToolParamType, check_custom_tool_param_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_grammar_format_param import CustomGrammarFormatParam
    from ..models.custom_text_format_param import CustomTextFormatParam
    from ..models.custom_tool_param_format_type_0_type_2 import CustomToolParamFormatType0Type2
T = TypeVar("T", bound="CustomToolParam")


@_attrs_define
class CustomToolParam:
    """
    Attributes:
        type (CustomToolParamType):  Default: 'custom'.
        name (str | Unset):
        description (str | Unset):
        format (CustomGrammarFormatParam | CustomTextFormatParam | CustomToolParamFormatType0Type2 | None | Unset):
        defer_loading (bool | Unset):
        allowed_callers (list[CallableToolAllowedCaller] | None | Unset):
    """

    __repr__ = model_repr
    type: CustomToolParamType = "custom"
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    format: (
        CustomGrammarFormatParam
        | CustomTextFormatParam
        | CustomToolParamFormatType0Type2
        | None
        | Unset
    ) = UNSET
    defer_loading: bool | Unset = UNSET
    allowed_callers: list[CallableToolAllowedCaller] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        name = self.name
        description = self.description
        format_: dict[str, Any] | None | Unset
        if isinstance(self.format, Unset):
            format_ = UNSET
        elif isinstance(self.format, CustomTextFormatParam):
            format_ = self.format.to_dict()
        elif isinstance(self.format, CustomGrammarFormatParam):
            format_ = self.format.to_dict()
        elif isinstance(self.format, CustomToolParamFormatType0Type2):
            format_ = self.format.to_dict()
        else:
            format_ = self.format
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
        if format_ is not UNSET:
            field_dict["format"] = format_
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_custom_tool_param_type(d.pop("type"))
        name = d.pop("name", UNSET)
        description = d.pop("description", UNSET)

        def _parse_format_(
            data: object,
        ) -> (
            CustomGrammarFormatParam
            | CustomTextFormatParam
            | CustomToolParamFormatType0Type2
            | None
            | Unset
        ):
            if not _ready_7:
                _prepare_7()
            if type(data) is dict:
                _tag = data.get("type")
                if _tag == "grammar":
                    try:
                        return CustomGrammarFormatParam.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "text":
                    try:
                        return CustomTextFormatParam.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                format_type_0_type_0 = CustomTextFormatParam.from_dict(data)
                return format_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                format_type_0_type_1 = CustomGrammarFormatParam.from_dict(data)
                return format_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                format_type_0_type_2 = CustomToolParamFormatType0Type2.from_dict(data)
                return format_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        format_ = _parse_format_(d.pop("format", UNSET))
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
        custom_tool_param = cls(
            type=type_,
            name=name,
            description=description,
            format=format_,
            defer_loading=defer_loading,
            allowed_callers=allowed_callers,
        )
        custom_tool_param.additional_properties = d
        return custom_tool_param

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
        CustomGrammarFormatParam, \
        CustomTextFormatParam, \
        CustomToolParamFormatType0Type2
    from ..models.custom_grammar_format_param import CustomGrammarFormatParam
    from ..models.custom_text_format_param import CustomTextFormatParam
    from ..models.custom_tool_param_format_type_0_type_2 import CustomToolParamFormatType0Type2

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global \
        _ready_7, \
        CustomGrammarFormatParam, \
        CustomTextFormatParam, \
        CustomToolParamFormatType0Type2
    from ..models.custom_grammar_format_param import CustomGrammarFormatParam
    from ..models.custom_text_format_param import CustomTextFormatParam
    from ..models.custom_tool_param_format_type_0_type_2 import CustomToolParamFormatType0Type2

    _ready_7 = True
