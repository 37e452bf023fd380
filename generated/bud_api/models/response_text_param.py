from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.verbosity_type_0 import VerbosityType0, check_verbosity_type_0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_text import ResponseFormatText
    from ..models.text_response_format_configuration_type_3 import (
        TextResponseFormatConfigurationType3,
    )
    from ..models.text_response_format_json_schema import TextResponseFormatJsonSchema
T = TypeVar("T", bound="ResponseTextParam")


@_attrs_define
class ResponseTextParam:
    """
    Attributes:
        format (None | ResponseFormatJsonObject | ResponseFormatText | TextResponseFormatConfigurationType3 |
            TextResponseFormatJsonSchema | Unset):
        verbosity (None | Unset | VerbosityType0):
    """

    __repr__ = model_repr
    format: (
        None
        | ResponseFormatJsonObject
        | ResponseFormatText
        | TextResponseFormatConfigurationType3
        | TextResponseFormatJsonSchema
        | Unset
    ) = UNSET
    verbosity: None | Unset | VerbosityType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        format_: dict[str, Any] | None | Unset
        if isinstance(self.format, Unset):
            format_ = UNSET
        elif isinstance(self.format, ResponseFormatText):
            format_ = self.format.to_dict()
        elif isinstance(self.format, TextResponseFormatJsonSchema):
            format_ = self.format.to_dict()
        elif isinstance(self.format, ResponseFormatJsonObject):
            format_ = self.format.to_dict()
        elif isinstance(self.format, TextResponseFormatConfigurationType3):
            format_ = self.format.to_dict()
        else:
            format_ = self.format
        verbosity: None | str | Unset
        if isinstance(self.verbosity, Unset):
            verbosity = UNSET
        elif isinstance(self.verbosity, str):
            verbosity = self.verbosity
        else:
            verbosity = self.verbosity
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if format_ is not UNSET:
            field_dict["format"] = format_
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_format_(
            data: object,
        ) -> (
            None
            | ResponseFormatJsonObject
            | ResponseFormatText
            | TextResponseFormatConfigurationType3
            | TextResponseFormatJsonSchema
            | Unset
        ):
            if not _ready_7:
                _prepare_7()
            if type(data) is dict:
                _tag = data.get("type")
                if _tag == "json_object":
                    try:
                        return ResponseFormatJsonObject.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "json_schema":
                    try:
                        return TextResponseFormatJsonSchema.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "text":
                    try:
                        return ResponseFormatText.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_text_response_format_configuration_type_0 = (
                    ResponseFormatText.from_dict(data)
                )
                return componentsschemas_text_response_format_configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_text_response_format_configuration_type_1 = (
                    TextResponseFormatJsonSchema.from_dict(data)
                )
                return componentsschemas_text_response_format_configuration_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_text_response_format_configuration_type_2 = (
                    ResponseFormatJsonObject.from_dict(data)
                )
                return componentsschemas_text_response_format_configuration_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_text_response_format_configuration_type_3 = (
                    TextResponseFormatConfigurationType3.from_dict(data)
                )
                return componentsschemas_text_response_format_configuration_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        format_ = _parse_format_(d.pop("format", UNSET))

        def _parse_verbosity(data: object) -> None | Unset | VerbosityType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_verbosity_type_0 = check_verbosity_type_0(data)
                return componentsschemas_verbosity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        verbosity = _parse_verbosity(d.pop("verbosity", UNSET))
        response_text_param = cls(format=format_, verbosity=verbosity)
        response_text_param.additional_properties = d
        return response_text_param

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
        ResponseFormatJsonObject, \
        ResponseFormatText, \
        TextResponseFormatConfigurationType3, \
        TextResponseFormatJsonSchema
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_text import ResponseFormatText
    from ..models.text_response_format_configuration_type_3 import (
        TextResponseFormatConfigurationType3,
    )
    from ..models.text_response_format_json_schema import TextResponseFormatJsonSchema

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global \
        _ready_7, \
        ResponseFormatJsonObject, \
        ResponseFormatText, \
        TextResponseFormatConfigurationType3, \
        TextResponseFormatJsonSchema
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_text import ResponseFormatText
    from ..models.text_response_format_configuration_type_3 import (
        TextResponseFormatConfigurationType3,
    )
    from ..models.text_response_format_json_schema import TextResponseFormatJsonSchema

    _ready_7 = True
