from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.file_search_tool_type import FileSearchToolType, check_file_search_tool_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.comparison_filter import ComparisonFilter
    from ..models.compound_filter import CompoundFilter
    from ..models.filters_type_2 import FiltersType2
    from ..models.ranking_options import RankingOptions
T = TypeVar("T", bound="FileSearchTool")


@_attrs_define
class FileSearchTool:
    """
    Attributes:
        type (FileSearchToolType):  Default: 'file_search'.
        vector_store_ids (list[str] | None | Unset):
        max_num_results (int | Unset):
        ranking_options (None | RankingOptions | Unset):
        filters (ComparisonFilter | CompoundFilter | FiltersType2 | None | Unset):
    """

    __repr__ = model_repr
    type: FileSearchToolType = "file_search"
    vector_store_ids: list[str] | None | Unset = UNSET
    max_num_results: int | Unset = UNSET
    ranking_options: None | RankingOptions | Unset = UNSET
    filters: ComparisonFilter | CompoundFilter | FiltersType2 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        vector_store_ids: list[str] | None | Unset
        if isinstance(self.vector_store_ids, Unset):
            vector_store_ids = UNSET
        elif isinstance(self.vector_store_ids, list):
            vector_store_ids = self.vector_store_ids
        else:
            vector_store_ids = self.vector_store_ids
        max_num_results = self.max_num_results
        ranking_options: dict[str, Any] | None | Unset
        if isinstance(self.ranking_options, Unset):
            ranking_options = UNSET
        elif isinstance(self.ranking_options, RankingOptions):
            ranking_options = self.ranking_options.to_dict()
        else:
            ranking_options = self.ranking_options
        filters: dict[str, Any] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, ComparisonFilter):
            filters = self.filters.to_dict()
        elif isinstance(self.filters, CompoundFilter):
            filters = self.filters.to_dict()
        elif isinstance(self.filters, FiltersType2):
            filters = self.filters.to_dict()
        else:
            filters = self.filters
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if vector_store_ids is not UNSET:
            field_dict["vector_store_ids"] = vector_store_ids
        if max_num_results is not UNSET:
            field_dict["max_num_results"] = max_num_results
        if ranking_options is not UNSET:
            field_dict["ranking_options"] = ranking_options
        if filters is not UNSET:
            field_dict["filters"] = filters
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_file_search_tool_type(d.pop("type"))

        def _parse_vector_store_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                vector_store_ids_type_0 = data
                return vector_store_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        vector_store_ids = _parse_vector_store_ids(d.pop("vector_store_ids", UNSET))
        max_num_results = d.pop("max_num_results", UNSET)

        def _parse_ranking_options(data: object) -> None | RankingOptions | Unset:
            if not _ready_8:
                _prepare_8()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ranking_options_type_0 = RankingOptions.from_dict(data)
                return ranking_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        ranking_options = _parse_ranking_options(d.pop("ranking_options", UNSET))

        def _parse_filters(
            data: object,
        ) -> ComparisonFilter | CompoundFilter | FiltersType2 | None | Unset:
            if not _ready_9:
                _prepare_9()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_filters_type_0 = ComparisonFilter.from_dict(data)
                return componentsschemas_filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_filters_type_1 = CompoundFilter.from_dict(data)
                return componentsschemas_filters_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_filters_type_2 = FiltersType2.from_dict(data)
                return componentsschemas_filters_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        filters = _parse_filters(d.pop("filters", UNSET))
        file_search_tool = cls(
            type=type_,
            vector_store_ids=vector_store_ids,
            max_num_results=max_num_results,
            ranking_options=ranking_options,
            filters=filters,
        )
        file_search_tool.additional_properties = d
        return file_search_tool

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
    global _ready_0, ComparisonFilter, CompoundFilter, FiltersType2, RankingOptions
    from ..models.comparison_filter import ComparisonFilter
    from ..models.compound_filter import CompoundFilter
    from ..models.filters_type_2 import FiltersType2
    from ..models.ranking_options import RankingOptions

    _ready_0 = True


_ready_8 = False


def _prepare_8() -> None:
    global _ready_8, RankingOptions
    from ..models.ranking_options import RankingOptions

    _ready_8 = True


_ready_9 = False


def _prepare_9() -> None:
    global _ready_9, ComparisonFilter, CompoundFilter, FiltersType2
    from ..models.comparison_filter import ComparisonFilter
    from ..models.compound_filter import CompoundFilter
    from ..models.filters_type_2 import FiltersType2

    _ready_9 = True
