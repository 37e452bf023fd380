from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.embedding import Embedding
    from ..models.embedding_usage import EmbeddingUsage
T = TypeVar("T", bound="CreateEmbeddingResponse")


@_attrs_define
class CreateEmbeddingResponse:
    """
    Attributes:
        data (list[Embedding] | None | Unset):
        model (str | Unset):
        object (str | Unset):
        usage (EmbeddingUsage | None | Unset):
    """

    __repr__ = model_repr
    data: list[Embedding] | None | Unset = UNSET
    model: str | Unset = UNSET
    object: str | Unset = UNSET
    usage: EmbeddingUsage | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)
        else:
            data = self.data
        model = self.model
        object_ = self.object
        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, EmbeddingUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if model is not UNSET:
            field_dict["model"] = model
        if object_ is not UNSET:
            field_dict["object"] = object_
        if usage is not UNSET:
            field_dict["usage"] = usage
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_data(data: object) -> list[Embedding] | None | Unset:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = Embedding.from_dict(data_type_0_item_data)
                    data_type_0.append(data_type_0_item)
                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        data = _parse_data(d.pop("data", UNSET))
        model = d.pop("model", UNSET)
        object_ = d.pop("object", UNSET)

        def _parse_usage(data: object) -> EmbeddingUsage | None | Unset:
            if not _ready_8:
                _prepare_8()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = EmbeddingUsage.from_dict(data)
                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        usage = _parse_usage(d.pop("usage", UNSET))
        create_embedding_response = cls(data=data, model=model, object=object_, usage=usage)
        create_embedding_response.additional_properties = d
        return create_embedding_response

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
    global _ready_0, EmbeddingUsage
    from ..models.embedding_usage import EmbeddingUsage

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, Embedding
    from ..models.embedding import Embedding

    _ready_7 = True


_ready_8 = False


def _prepare_8() -> None:
    global _ready_8, EmbeddingUsage
    from ..models.embedding_usage import EmbeddingUsage

    _ready_8 = True
