from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_tool_chat_completions_custom_format_type_0 import (
        CustomToolChatCompletionsCustomFormatType0,
    )
    from ..models.custom_tool_chat_completions_custom_format_type_1 import (
        CustomToolChatCompletionsCustomFormatType1,
    )
    from ..models.custom_tool_chat_completions_custom_format_type_2 import (
        CustomToolChatCompletionsCustomFormatType2,
    )
T = TypeVar("T", bound="CustomToolChatCompletionsCustom")


@_attrs_define
class CustomToolChatCompletionsCustom:
    """
    Attributes:
        name (str):
        description (str | Unset):
        format (CustomToolChatCompletionsCustomFormatType0 | CustomToolChatCompletionsCustomFormatType1 |
            CustomToolChatCompletionsCustomFormatType2 | Unset):
    """

    __repr__ = model_repr
    name: str
    description: str | Unset = UNSET
    format: (
        CustomToolChatCompletionsCustomFormatType0
        | CustomToolChatCompletionsCustomFormatType1
        | CustomToolChatCompletionsCustomFormatType2
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        name = self.name
        description = self.description
        format_: dict[str, Any] | Unset
        if isinstance(self.format, Unset):
            format_ = UNSET
        elif isinstance(self.format, CustomToolChatCompletionsCustomFormatType0):
            format_ = self.format.to_dict()
        elif isinstance(self.format, CustomToolChatCompletionsCustomFormatType1):
            format_ = self.format.to_dict()
        else:
            format_ = self.format.to_dict()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"name": name})
        if description is not UNSET:
            field_dict["description"] = description
        if format_ is not UNSET:
            field_dict["format"] = format_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        description = d.pop("description", UNSET)

        def _parse_format_(
            data: object,
        ) -> (
            CustomToolChatCompletionsCustomFormatType0
            | CustomToolChatCompletionsCustomFormatType1
            | CustomToolChatCompletionsCustomFormatType2
            | Unset
        ):
            if not _ready_7:
                _prepare_7()
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                format_type_0 = CustomToolChatCompletionsCustomFormatType0.from_dict(data)
                return format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                format_type_1 = CustomToolChatCompletionsCustomFormatType1.from_dict(data)
                return format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            format_type_2 = CustomToolChatCompletionsCustomFormatType2.from_dict(data)
            return format_type_2

        format_ = _parse_format_(d.pop("format", UNSET))
        custom_tool_chat_completions_custom = cls(
            name=name, description=description, format=format_
        )
        custom_tool_chat_completions_custom.additional_properties = d
        return custom_tool_chat_completions_custom

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
        CustomToolChatCompletionsCustomFormatType0, \
        CustomToolChatCompletionsCustomFormatType1
    from ..models.custom_tool_chat_completions_custom_format_type_0 import (
        CustomToolChatCompletionsCustomFormatType0,
    )
    from ..models.custom_tool_chat_completions_custom_format_type_1 import (
        CustomToolChatCompletionsCustomFormatType1,
    )

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global \
        _ready_7, \
        CustomToolChatCompletionsCustomFormatType0, \
        CustomToolChatCompletionsCustomFormatType1, \
        CustomToolChatCompletionsCustomFormatType2
    from ..models.custom_tool_chat_completions_custom_format_type_0 import (
        CustomToolChatCompletionsCustomFormatType0,
    )
    from ..models.custom_tool_chat_completions_custom_format_type_1 import (
        CustomToolChatCompletionsCustomFormatType1,
    )
    from ..models.custom_tool_chat_completions_custom_format_type_2 import (
        CustomToolChatCompletionsCustomFormatType2,
    )

    _ready_7 = True
