from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.file_citation_body_type import FileCitationBodyType, check_file_citation_body_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileCitationBody")


@_attrs_define
class FileCitationBody:
    """
    Attributes:
        type (FileCitationBodyType):  Default: 'file_citation'.
        file_id (str | Unset):
        index (int | Unset):
        filename (str | Unset):
    """

    __repr__ = model_repr
    type: FileCitationBodyType = "file_citation"
    file_id: str | Unset = UNSET
    index: int | Unset = UNSET
    filename: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        file_id = self.file_id
        index = self.index
        filename = self.filename
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if index is not UNSET:
            field_dict["index"] = index
        if filename is not UNSET:
            field_dict["filename"] = filename
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_file_citation_body_type(d.pop("type"))
        file_id = d.pop("file_id", UNSET)
        index = d.pop("index", UNSET)
        filename = d.pop("filename", UNSET)
        file_citation_body = cls(type=type_, file_id=file_id, index=index, filename=filename)
        file_citation_body.additional_properties = d
        return file_citation_body

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
