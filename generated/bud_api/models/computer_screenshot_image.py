from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.computer_screenshot_image_type import (
    ComputerScreenshotImageType,
    check_computer_screenshot_image_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComputerScreenshotImage")


@_attrs_define
class ComputerScreenshotImage:
    """
    Attributes:
        type (ComputerScreenshotImageType):  Default: 'computer_screenshot'.
        image_url (str | Unset):
        file_id (str | Unset):
    """

    __repr__ = model_repr
    type: ComputerScreenshotImageType = "computer_screenshot"
    image_url: str | Unset = UNSET
    file_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        image_url = self.image_url
        file_id = self.file_id
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_computer_screenshot_image_type(d.pop("type"))
        image_url = d.pop("image_url", UNSET)
        file_id = d.pop("file_id", UNSET)
        computer_screenshot_image = cls(type=type_, image_url=image_url, file_id=file_id)
        computer_screenshot_image.additional_properties = d
        return computer_screenshot_image

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
