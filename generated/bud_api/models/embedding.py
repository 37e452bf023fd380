from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Embedding")


@_attrs_define
class Embedding:
    """
    Attributes:
        index (int | Unset):
        embedding (list[float] | None | str | Unset):
        object (str | Unset):
        text (str | Unset): Bud gateway: the input this embedding is of (with `include_input`).
        chunk_text (str | Unset): Bud gateway: the input chunk this embedding is of (with `chunking`).
    """

    __repr__ = model_repr
    index: int | Unset = UNSET
    embedding: list[float] | None | str | Unset = UNSET
    object: str | Unset = UNSET
    text: str | Unset = UNSET
    chunk_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index
        embedding: list[float] | None | str | Unset
        if isinstance(self.embedding, Unset):
            embedding = UNSET
        elif isinstance(self.embedding, list):
            embedding = self.embedding
        else:
            embedding = self.embedding
        object_ = self.object
        text = self.text
        chunk_text = self.chunk_text
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not UNSET:
            field_dict["index"] = index
        if embedding is not UNSET:
            field_dict["embedding"] = embedding
        if object_ is not UNSET:
            field_dict["object"] = object_
        if text is not UNSET:
            field_dict["text"] = text
        if chunk_text is not UNSET:
            field_dict["chunk_text"] = chunk_text
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index", UNSET)

        def _parse_embedding(data: object) -> list[float] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                embedding_type_0 = data
                return embedding_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        embedding = _parse_embedding(d.pop("embedding", UNSET))
        object_ = d.pop("object", UNSET)
        text = d.pop("text", UNSET)
        chunk_text = d.pop("chunk_text", UNSET)
        embedding = cls(
            index=index, embedding=embedding, object=object_, text=text, chunk_text=chunk_text
        )
        embedding.additional_properties = d
        return embedding

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
