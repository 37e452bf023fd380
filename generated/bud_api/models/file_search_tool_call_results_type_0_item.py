from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vector_store_file_attributes_type_0 import VectorStoreFileAttributesType0
T = TypeVar("T", bound="FileSearchToolCallResultsType0Item")


@_attrs_define
class FileSearchToolCallResultsType0Item:
    """
    Attributes:
        file_id (str | Unset):
        text (str | Unset):
        filename (str | Unset):
        attributes (None | Unset | VectorStoreFileAttributesType0):
        score (float | Unset):
    """

    __repr__ = model_repr
    file_id: str | Unset = UNSET
    text: str | Unset = UNSET
    filename: str | Unset = UNSET
    attributes: None | Unset | VectorStoreFileAttributesType0 = UNSET
    score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        file_id = self.file_id
        text = self.text
        filename = self.filename
        attributes: dict[str, Any] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, VectorStoreFileAttributesType0):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes
        score = self.score
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if text is not UNSET:
            field_dict["text"] = text
        if filename is not UNSET:
            field_dict["filename"] = filename
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if score is not UNSET:
            field_dict["score"] = score
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_id = d.pop("file_id", UNSET)
        text = d.pop("text", UNSET)
        filename = d.pop("filename", UNSET)

        def _parse_attributes(data: object) -> None | Unset | VectorStoreFileAttributesType0:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_vector_store_file_attributes_type_0 = (
                    VectorStoreFileAttributesType0.from_dict(data)
                )
                return componentsschemas_vector_store_file_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        attributes = _parse_attributes(d.pop("attributes", UNSET))
        score = d.pop("score", UNSET)
        file_search_tool_call_results_type_0_item = cls(
            file_id=file_id, text=text, filename=filename, attributes=attributes, score=score
        )
        file_search_tool_call_results_type_0_item.additional_properties = d
        return file_search_tool_call_results_type_0_item

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
    global _ready_0, VectorStoreFileAttributesType0
    from ..models.vector_store_file_attributes_type_0 import VectorStoreFileAttributesType0

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, VectorStoreFileAttributesType0
    from ..models.vector_store_file_attributes_type_0 import VectorStoreFileAttributesType0

    _ready_7 = True
