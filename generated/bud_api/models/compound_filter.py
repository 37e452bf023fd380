from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compound_filter_type import CompoundFilterType, check_compound_filter_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.comparison_filter import ComparisonFilter
    from ..models.compound_filter_filters_item_type_2 import CompoundFilterFiltersItemType2


T = TypeVar("T", bound="CompoundFilter")


@_attrs_define
class CompoundFilter:
    """
    Attributes:
        type (CompoundFilterType):
        filters (list[ComparisonFilter | CompoundFilter | CompoundFilterFiltersItemType2] | Unset):
    """

    type: CompoundFilterType
    filters: list[ComparisonFilter | CompoundFilter | CompoundFilterFiltersItemType2] | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.comparison_filter import ComparisonFilter  # noqa: PLC0415

        type_: str = self.type

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item: dict[str, Any]
                if isinstance(filters_item_data, ComparisonFilter):
                    filters_item = filters_item_data.to_dict()
                elif isinstance(filters_item_data, CompoundFilter):
                    filters_item = filters_item_data.to_dict()
                else:
                    filters_item = filters_item_data.to_dict()

                filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.comparison_filter import ComparisonFilter  # noqa: PLC0415
        from ..models.compound_filter_filters_item_type_2 import CompoundFilterFiltersItemType2  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_compound_filter_type(d.pop("type"))

        _filters = d.pop("filters", UNSET)
        filters: (
            list[ComparisonFilter | CompoundFilter | CompoundFilterFiltersItemType2] | Unset
        ) = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:

                def _parse_filters_item(
                    data: object,
                ) -> ComparisonFilter | CompoundFilter | CompoundFilterFiltersItemType2:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        filters_item_type_0 = ComparisonFilter.from_dict(data)

                        return filters_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        filters_item_type_1 = CompoundFilter.from_dict(data)

                        return filters_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    filters_item_type_2 = CompoundFilterFiltersItemType2.from_dict(data)

                    return filters_item_type_2

                filters_item = _parse_filters_item(filters_item_data)

                filters.append(filters_item)

        compound_filter = cls(
            type=type_,
            filters=filters,
        )

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
