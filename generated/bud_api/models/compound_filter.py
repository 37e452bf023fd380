from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.compound_filter_type import CompoundFilterType, check_compound_filter_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.comparison_filter import ComparisonFilter
    from ..models.compound_filter_filters_type_0_item_type_2 import (
        CompoundFilterFiltersType0ItemType2,
    )
T = TypeVar("T", bound="CompoundFilter")


@_attrs_define
class CompoundFilter:
    """
    Attributes:
        type (CompoundFilterType):
        filters (list[ComparisonFilter | CompoundFilter | CompoundFilterFiltersType0ItemType2] | None | Unset):
    """

    __repr__ = model_repr
    type: CompoundFilterType
    filters: (
        list[ComparisonFilter | CompoundFilter | CompoundFilterFiltersType0ItemType2] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        filters: list[dict[str, Any]] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, list):
            filters = []
            for filters_type_0_item_data in self.filters:
                filters_type_0_item: dict[str, Any]
                if isinstance(filters_type_0_item_data, ComparisonFilter):
                    filters_type_0_item = filters_type_0_item_data.to_dict()
                elif isinstance(filters_type_0_item_data, CompoundFilter):
                    filters_type_0_item = filters_type_0_item_data.to_dict()
                else:
                    filters_type_0_item = filters_type_0_item_data.to_dict()
                filters.append(filters_type_0_item)
        else:
            filters = self.filters
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if filters is not UNSET:
            field_dict["filters"] = filters
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_compound_filter_type(d.pop("type"))

        def _parse_filters(
            data: object,
        ) -> (
            list[ComparisonFilter | CompoundFilter | CompoundFilterFiltersType0ItemType2]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                filters_type_0 = []
                _filters_type_0 = data
                for filters_type_0_item_data in _filters_type_0:

                    def _parse_filters_type_0_item(
                        data: object,
                    ) -> ComparisonFilter | CompoundFilter | CompoundFilterFiltersType0ItemType2:
                        if not _ready_8:
                            _prepare_8()
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            filters_type_0_item_type_0 = ComparisonFilter.from_dict(data)
                            return filters_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            filters_type_0_item_type_1 = CompoundFilter.from_dict(data)
                            return filters_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        filters_type_0_item_type_2 = CompoundFilterFiltersType0ItemType2.from_dict(
                            data
                        )
                        return filters_type_0_item_type_2

                    filters_type_0_item = _parse_filters_type_0_item(filters_type_0_item_data)
                    filters_type_0.append(filters_type_0_item)
                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        filters = _parse_filters(d.pop("filters", UNSET))
        compound_filter = cls(type=type_, filters=filters)
        compound_filter.additional_properties = d
        return compound_filter

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
    global _ready_0, ComparisonFilter
    from ..models.comparison_filter import ComparisonFilter

    _ready_0 = True


_ready_8 = False


def _prepare_8() -> None:
    global _ready_8, ComparisonFilter, CompoundFilterFiltersType0ItemType2
    from ..models.comparison_filter import ComparisonFilter
    from ..models.compound_filter_filters_type_0_item_type_2 import (
        CompoundFilterFiltersType0ItemType2,
    )

    _ready_8 = True
