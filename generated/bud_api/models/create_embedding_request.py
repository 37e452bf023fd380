from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.create_embedding_request_encoding_format import (
    CreateEmbeddingRequestEncodingFormat,
    check_create_embedding_request_encoding_format,
)
from ..models.create_embedding_request_modality import (
    CreateEmbeddingRequestModality,
    check_create_embedding_request_modality,
)
from ..models.create_embedding_request_priority import (
    CreateEmbeddingRequestPriority,
    check_create_embedding_request_priority,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cache_options import CacheOptions
    from ..models.embedding_chunking import EmbeddingChunking
T = TypeVar("T", bound="CreateEmbeddingRequest")


@_attrs_define
class CreateEmbeddingRequest:
    """
    Attributes:
        input (list[int] | list[list[int]] | list[str] | str):
        model (str | Unset):
        encoding_format (CreateEmbeddingRequestEncodingFormat | Unset):  Default: 'float'.
        dimensions (int | Unset):
        user (str | Unset):
        modality (CreateEmbeddingRequestModality | Unset): Bud gateway extension: what the inputs are. Image and audio
            inputs are URLs or data URIs.
        priority (CreateEmbeddingRequestPriority | Unset): Bud gateway extension: scheduling priority, passed on to the
            model server.
        include_input (bool | Unset): Bud gateway extension: echo each text input back as `text` in its result.
        chunking (EmbeddingChunking | Unset): How the model server splits long texts before embedding them (Bud gateway
            extension). Unset fields take the server's defaults.
        tensorzerocache_options (CacheOptions | Unset): How the Bud gateway's inference cache treats a request.
    """

    __repr__ = model_repr
    input: list[int] | list[list[int]] | list[str] | str
    model: str | Unset = UNSET
    encoding_format: CreateEmbeddingRequestEncodingFormat | Unset = "float"
    dimensions: int | Unset = UNSET
    user: str | Unset = UNSET
    modality: CreateEmbeddingRequestModality | Unset = UNSET
    priority: CreateEmbeddingRequestPriority | Unset = UNSET
    include_input: bool | Unset = UNSET
    chunking: EmbeddingChunking | Unset = UNSET
    tensorzerocache_options: CacheOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_: list[int] | list[list[int]] | list[str] | str
        if isinstance(self.input, list):
            input_ = self.input
        elif isinstance(self.input, list):
            input_ = self.input
        elif isinstance(self.input, list):
            input_ = []
            for input_type_3_item_data in self.input:
                input_type_3_item = input_type_3_item_data
                input_.append(input_type_3_item)
        else:
            input_ = self.input
        model = self.model
        encoding_format: str | Unset = UNSET
        if not isinstance(self.encoding_format, Unset):
            encoding_format = self.encoding_format
        dimensions = self.dimensions
        user = self.user
        modality: str | Unset = UNSET
        if not isinstance(self.modality, Unset):
            modality = self.modality
        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority
        include_input = self.include_input
        chunking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chunking, Unset):
            chunking = self.chunking.to_dict()
        tensorzerocache_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tensorzerocache_options, Unset):
            tensorzerocache_options = self.tensorzerocache_options.to_dict()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"input": input_})
        if model is not UNSET:
            field_dict["model"] = model
        if encoding_format is not UNSET:
            field_dict["encoding_format"] = encoding_format
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if user is not UNSET:
            field_dict["user"] = user
        if modality is not UNSET:
            field_dict["modality"] = modality
        if priority is not UNSET:
            field_dict["priority"] = priority
        if include_input is not UNSET:
            field_dict["include_input"] = include_input
        if chunking is not UNSET:
            field_dict["chunking"] = chunking
        if tensorzerocache_options is not UNSET:
            field_dict["tensorzero::cache_options"] = tensorzerocache_options
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _ready_1:
            _prepare_1()
        d = dict(src_dict)

        def _parse_input_(data: object) -> list[int] | list[list[int]] | list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_1 = data
                return input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_2 = data
                return input_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_3 = []
                _input_type_3 = data
                for input_type_3_item_data in _input_type_3:
                    input_type_3_item = input_type_3_item_data
                    input_type_3.append(input_type_3_item)
                return input_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        input_ = _parse_input_(d.pop("input"))
        model = d.pop("model", UNSET)
        _encoding_format = d.pop("encoding_format", UNSET)
        encoding_format: CreateEmbeddingRequestEncodingFormat | Unset
        if isinstance(_encoding_format, Unset):
            encoding_format = UNSET
        else:
            encoding_format = check_create_embedding_request_encoding_format(_encoding_format)
        dimensions = d.pop("dimensions", UNSET)
        user = d.pop("user", UNSET)
        _modality = d.pop("modality", UNSET)
        modality: CreateEmbeddingRequestModality | Unset
        if isinstance(_modality, Unset):
            modality = UNSET
        else:
            modality = check_create_embedding_request_modality(_modality)
        _priority = d.pop("priority", UNSET)
        priority: CreateEmbeddingRequestPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = check_create_embedding_request_priority(_priority)
        include_input = d.pop("include_input", UNSET)
        _chunking = d.pop("chunking", UNSET)
        chunking: EmbeddingChunking | Unset
        if isinstance(_chunking, Unset):
            chunking = UNSET
        else:
            chunking = EmbeddingChunking.from_dict(_chunking)
        _tensorzerocache_options = d.pop("tensorzero::cache_options", UNSET)
        tensorzerocache_options: CacheOptions | Unset
        if isinstance(_tensorzerocache_options, Unset):
            tensorzerocache_options = UNSET
        else:
            tensorzerocache_options = CacheOptions.from_dict(_tensorzerocache_options)
        create_embedding_request = cls(
            input=input_,
            model=model,
            encoding_format=encoding_format,
            dimensions=dimensions,
            user=user,
            modality=modality,
            priority=priority,
            include_input=include_input,
            chunking=chunking,
            tensorzerocache_options=tensorzerocache_options,
        )
        create_embedding_request.additional_properties = d
        return create_embedding_request

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
    global _ready_1, CacheOptions, EmbeddingChunking
    from ..models.cache_options import CacheOptions
    from ..models.embedding_chunking import EmbeddingChunking

    _ready_1 = True
