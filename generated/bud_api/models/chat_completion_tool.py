from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.chat_completion_tool_type import (
    ChatCompletionToolType,
    check_chat_completion_tool_type,
)

if TYPE_CHECKING:
    from ..models.function_object import FunctionObject
T = TypeVar("T", bound="ChatCompletionTool")


@_attrs_define
class ChatCompletionTool:
    """
    Attributes:
        type (ChatCompletionToolType):
        function (FunctionObject):
    """

    __repr__ = model_repr
    type: ChatCompletionToolType
    function: FunctionObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        function = self.function.to_dict()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_, "function": function})
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _ready_1:
            _prepare_1()
        d = dict(src_dict)
        type_ = check_chat_completion_tool_type(d.pop("type"))
        function = FunctionObject.from_dict(d.pop("function"))
        chat_completion_tool = cls(type=type_, function=function)
        chat_completion_tool.additional_properties = d
        return chat_completion_tool

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


_ready_1 = False


def _prepare_1() -> None:
    global _ready_1, FunctionObject
    from ..models.function_object import FunctionObject

    _ready_1 = True
