from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.image_gen_tool_call_status import (
    ImageGenToolCallStatus,
    check_image_gen_tool_call_status,
)
from ..models.image_gen_tool_call_type import ImageGenToolCallType, check_image_gen_tool_call_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageGenToolCall")


@_attrs_define
class ImageGenToolCall:
    """
    Attributes:
        type (ImageGenToolCallType):
        id (str | Unset):
        status (ImageGenToolCallStatus | Unset):
        result (None | str | Unset):
    """

    __repr__ = model_repr
    type: ImageGenToolCallType
    id: str | Unset = UNSET
    status: ImageGenToolCallStatus | Unset = UNSET
    result: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        id = self.id
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status
        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if result is not UNSET:
            field_dict["result"] = result
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_image_gen_tool_call_type(d.pop("type"))
        id = d.pop("id", UNSET)
        _status = d.pop("status", UNSET)
        status: ImageGenToolCallStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_image_gen_tool_call_status(_status)

        def _parse_result(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        result = _parse_result(d.pop("result", UNSET))
        image_gen_tool_call = cls(type=type_, id=id, status=status, result=result)
        image_gen_tool_call.additional_properties = d
        return image_gen_tool_call

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
