from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmbeddingChunking")


@_attrs_define
class EmbeddingChunking:
    """How the model server splits long texts before embedding them (Bud gateway extension). Unset fields take the server's
    defaults.

        Attributes:
            enabled (bool | Unset):
            strategy (str | Unset):
            chunk_size (int | Unset):
            chunk_overlap (int | Unset):
            tokenizer (str | Unset):
            min_sentences (int | Unset):
            delimiters (list[str] | Unset):
            recipe (str | Unset):
            semantic_threshold (float | Unset):
            semantic_model (str | Unset):
            semantic_window (int | Unset):
            language (str | Unset):
            chef (str | Unset):
            pipeline (list[str] | Unset):
            add_overlap_context (bool | Unset):
            overlap_size (float | Unset):
            overlap_method (str | Unset):
            return_chunk_text (bool | Unset):
    """

    __repr__ = model_repr
    enabled: bool | Unset = UNSET
    strategy: str | Unset = UNSET
    chunk_size: int | Unset = UNSET
    chunk_overlap: int | Unset = UNSET
    tokenizer: str | Unset = UNSET
    min_sentences: int | Unset = UNSET
    delimiters: list[str] | Unset = UNSET
    recipe: str | Unset = UNSET
    semantic_threshold: float | Unset = UNSET
    semantic_model: str | Unset = UNSET
    semantic_window: int | Unset = UNSET
    language: str | Unset = UNSET
    chef: str | Unset = UNSET
    pipeline: list[str] | Unset = UNSET
    add_overlap_context: bool | Unset = UNSET
    overlap_size: float | Unset = UNSET
    overlap_method: str | Unset = UNSET
    return_chunk_text: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled
        strategy = self.strategy
        chunk_size = self.chunk_size
        chunk_overlap = self.chunk_overlap
        tokenizer = self.tokenizer
        min_sentences = self.min_sentences
        delimiters: list[str] | Unset = UNSET
        if not isinstance(self.delimiters, Unset):
            delimiters = self.delimiters
        recipe = self.recipe
        semantic_threshold = self.semantic_threshold
        semantic_model = self.semantic_model
        semantic_window = self.semantic_window
        language = self.language
        chef = self.chef
        pipeline: list[str] | Unset = UNSET
        if not isinstance(self.pipeline, Unset):
            pipeline = self.pipeline
        add_overlap_context = self.add_overlap_context
        overlap_size = self.overlap_size
        overlap_method = self.overlap_method
        return_chunk_text = self.return_chunk_text
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if chunk_size is not UNSET:
            field_dict["chunk_size"] = chunk_size
        if chunk_overlap is not UNSET:
            field_dict["chunk_overlap"] = chunk_overlap
        if tokenizer is not UNSET:
            field_dict["tokenizer"] = tokenizer
        if min_sentences is not UNSET:
            field_dict["min_sentences"] = min_sentences
        if delimiters is not UNSET:
            field_dict["delimiters"] = delimiters
        if recipe is not UNSET:
            field_dict["recipe"] = recipe
        if semantic_threshold is not UNSET:
            field_dict["semantic_threshold"] = semantic_threshold
        if semantic_model is not UNSET:
            field_dict["semantic_model"] = semantic_model
        if semantic_window is not UNSET:
            field_dict["semantic_window"] = semantic_window
        if language is not UNSET:
            field_dict["language"] = language
        if chef is not UNSET:
            field_dict["chef"] = chef
        if pipeline is not UNSET:
            field_dict["pipeline"] = pipeline
        if add_overlap_context is not UNSET:
            field_dict["add_overlap_context"] = add_overlap_context
        if overlap_size is not UNSET:
            field_dict["overlap_size"] = overlap_size
        if overlap_method is not UNSET:
            field_dict["overlap_method"] = overlap_method
        if return_chunk_text is not UNSET:
            field_dict["return_chunk_text"] = return_chunk_text
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)
        strategy = d.pop("strategy", UNSET)
        chunk_size = d.pop("chunk_size", UNSET)
        chunk_overlap = d.pop("chunk_overlap", UNSET)
        tokenizer = d.pop("tokenizer", UNSET)
        min_sentences = d.pop("min_sentences", UNSET)
        delimiters = d.pop("delimiters", UNSET)
        recipe = d.pop("recipe", UNSET)
        semantic_threshold = d.pop("semantic_threshold", UNSET)
        semantic_model = d.pop("semantic_model", UNSET)
        semantic_window = d.pop("semantic_window", UNSET)
        language = d.pop("language", UNSET)
        chef = d.pop("chef", UNSET)
        pipeline = d.pop("pipeline", UNSET)
        add_overlap_context = d.pop("add_overlap_context", UNSET)
        overlap_size = d.pop("overlap_size", UNSET)
        overlap_method = d.pop("overlap_method", UNSET)
        return_chunk_text = d.pop("return_chunk_text", UNSET)
        embedding_chunking = cls(
            enabled=enabled,
            strategy=strategy,
            chunk_size=chunk_size,
            chunk_overlap=chunk_overlap,
            tokenizer=tokenizer,
            min_sentences=min_sentences,
            delimiters=delimiters,
            recipe=recipe,
            semantic_threshold=semantic_threshold,
            semantic_model=semantic_model,
            semantic_window=semantic_window,
            language=language,
            chef=chef,
            pipeline=pipeline,
            add_overlap_context=add_overlap_context,
            overlap_size=overlap_size,
            overlap_method=overlap_method,
            return_chunk_text=return_chunk_text,
        )
        embedding_chunking.additional_properties = d
        return embedding_chunking

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
