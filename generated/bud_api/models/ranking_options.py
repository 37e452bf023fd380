from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ranker_version_type import RankerVersionType, check_ranker_version_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hybrid_search_options import HybridSearchOptions


T = TypeVar("T", bound="RankingOptions")


@_attrs_define
class RankingOptions:
    """
    Attributes:
        ranker (RankerVersionType | Unset):
        score_threshold (float | Unset):
        hybrid_search (HybridSearchOptions | Unset):
    """

    ranker: RankerVersionType | Unset = UNSET
    score_threshold: float | Unset = UNSET
    hybrid_search: HybridSearchOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ranker: str | Unset = UNSET
        if not isinstance(self.ranker, Unset):
            ranker = self.ranker

        score_threshold = self.score_threshold

        hybrid_search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hybrid_search, Unset):
            hybrid_search = self.hybrid_search.to_dict()

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
        from ..models.hybrid_search_options import HybridSearchOptions  # noqa: PLC0415

        d = dict(src_dict)
        _ranker = d.pop("ranker", UNSET)
        ranker: RankerVersionType | Unset
        if isinstance(_ranker, Unset):
            ranker = UNSET
        else:
            ranker = check_ranker_version_type(_ranker)

        score_threshold = d.pop("score_threshold", UNSET)

        _hybrid_search = d.pop("hybrid_search", UNSET)
        hybrid_search: HybridSearchOptions | Unset
        if isinstance(_hybrid_search, Unset):
            hybrid_search = UNSET
        else:
            hybrid_search = HybridSearchOptions.from_dict(_hybrid_search)

        ranking_options = cls(
            ranker=ranker,
            score_threshold=score_threshold,
            hybrid_search=hybrid_search,
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
