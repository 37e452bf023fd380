from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr

if TYPE_CHECKING:
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent
T = TypeVar("T", bound="ResponsePromptVariablesType0")


@_attrs_define
class ResponsePromptVariablesType0:
    __repr__ = model_repr
    additional_properties: dict[
        str, InputFileContent | InputImageContent | InputTextContent | str
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, InputTextContent):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, InputImageContent):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, InputFileContent):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        response_prompt_variables_type_0 = cls()
        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> InputFileContent | InputImageContent | InputTextContent | str:
                if not _ready_7:
                    _prepare_7()
                if type(data) is dict:
                    _tag = data.get("type")
                    if _tag == "input_file":
                        try:
                            return InputFileContent.from_dict(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    elif _tag == "input_image":
                        try:
                            return InputImageContent.from_dict(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    elif _tag == "input_text":
                        try:
                            return InputTextContent.from_dict(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_1 = InputTextContent.from_dict(data)
                    return additional_property_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_2 = InputImageContent.from_dict(data)
                    return additional_property_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_3 = InputFileContent.from_dict(data)
                    return additional_property_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return data

            additional_property = _parse_additional_property(prop_dict)
            additional_properties[prop_name] = additional_property
        response_prompt_variables_type_0.additional_properties = additional_properties
        return response_prompt_variables_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> InputFileContent | InputImageContent | InputTextContent | str:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: InputFileContent | InputImageContent | InputTextContent | str
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_ready_0 = False


def _prepare_0() -> None:
    global _ready_0, InputFileContent, InputImageContent, InputTextContent
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, InputFileContent, InputImageContent, InputTextContent
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent

    _ready_7 = True
