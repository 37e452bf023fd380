from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.container_file_citation_body_type import (
    ContainerFileCitationBodyType,
    check_container_file_citation_body_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerFileCitationBody")


@_attrs_define
class ContainerFileCitationBody:
    """
    Attributes:
        type (ContainerFileCitationBodyType):  Default: 'container_file_citation'.
        container_id (str | Unset):
        file_id (str | Unset):
        start_index (int | Unset):
        end_index (int | Unset):
        filename (str | Unset):
    """

    __repr__ = model_repr
    type: ContainerFileCitationBodyType = "container_file_citation"
    container_id: str | Unset = UNSET
    file_id: str | Unset = UNSET
    start_index: int | Unset = UNSET
    end_index: int | Unset = UNSET
    filename: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        container_id = self.container_id
        file_id = self.file_id
        start_index = self.start_index
        end_index = self.end_index
        filename = self.filename
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if container_id is not UNSET:
            field_dict["container_id"] = container_id
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if start_index is not UNSET:
            field_dict["start_index"] = start_index
        if end_index is not UNSET:
            field_dict["end_index"] = end_index
        if filename is not UNSET:
            field_dict["filename"] = filename
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_container_file_citation_body_type(d.pop("type"))
        container_id = d.pop("container_id", UNSET)
        file_id = d.pop("file_id", UNSET)
        start_index = d.pop("start_index", UNSET)
        end_index = d.pop("end_index", UNSET)
        filename = d.pop("filename", UNSET)
        container_file_citation_body = cls(
            type=type_,
            container_id=container_id,
            file_id=file_id,
            start_index=start_index,
            end_index=end_index,
            filename=filename,
        )
        container_file_citation_body.additional_properties = d
        return container_file_citation_body

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
