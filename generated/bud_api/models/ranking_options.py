from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.ranker_version_type import RankerVersionType, check_ranker_version_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hybrid_search_options import HybridSearchOptions
T = TypeVar("T", bound="RankingOptions")


@_attrs_define
class RankingOptions:
    """
    Attributes:
        ranker (None | RankerVersionType | Unset):
        score_threshold (float | Unset):
        hybrid_search (HybridSearchOptions | None | Unset):
    """

    __repr__ = model_repr
    ranker: None | RankerVersionType | Unset = UNSET
    score_threshold: float | Unset = UNSET
    hybrid_search: HybridSearchOptions | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        ranker: None | str | Unset
        if isinstance(self.ranker, Unset):
            ranker = UNSET
        elif isinstance(self.ranker, str):
            ranker = self.ranker
        else:
            ranker = self.ranker
        score_threshold = self.score_threshold
        hybrid_search: dict[str, Any] | None | Unset
        if isinstance(self.hybrid_search, Unset):
            hybrid_search = UNSET
        elif isinstance(self.hybrid_search, HybridSearchOptions):
            hybrid_search = self.hybrid_search.to_dict()
        else:
            hybrid_search = self.hybrid_search
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ranker is not UNSET:
            field_dict["ranker"] = ranker
        if score_threshold is not UNSET:
            field_dict["score_threshold"] = score_threshold
        if hybrid_search is not UNSET:
            field_dict["hybrid_search"] = hybrid_search
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_ranker(data: object) -> None | RankerVersionType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ranker_type_0 = check_ranker_version_type(data)
                return ranker_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        ranker = _parse_ranker(d.pop("ranker", UNSET))
        score_threshold = d.pop("score_threshold", UNSET)

        def _parse_hybrid_search(data: object) -> HybridSearchOptions | None | Unset:
            if not _ready_8:
                _prepare_8()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hybrid_search_type_0 = HybridSearchOptions.from_dict(data)
                return hybrid_search_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        hybrid_search = _parse_hybrid_search(d.pop("hybrid_search", UNSET))
        ranking_options = cls(
            ranker=ranker, score_threshold=score_threshold, hybrid_search=hybrid_search
        )
        ranking_options.additional_properties = d
        return ranking_options

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
    global _ready_0, HybridSearchOptions
    from ..models.hybrid_search_options import HybridSearchOptions

    _ready_0 = True


_ready_8 = False


def _prepare_8() -> None:
    global _ready_8, HybridSearchOptions
    from ..models.hybrid_search_options import HybridSearchOptions

    _ready_8 = True
