from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.comparison_filter_type import ComparisonFilterType, check_comparison_filter_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComparisonFilter")


@_attrs_define
class ComparisonFilter:
    """
    Attributes:
        type (ComparisonFilterType):  Default: 'eq'.
        key (str | Unset):
        value (bool | float | list[float | str] | None | str | Unset):
    """

    __repr__ = model_repr
    type: ComparisonFilterType = "eq"
    key: str | Unset = UNSET
    value: bool | float | list[float | str] | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        key = self.key
        value: bool | float | list[float | str] | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, list):
            value = []
            for value_type_0_type_3_item_data in self.value:
                value_type_0_type_3_item: float | str
                value_type_0_type_3_item = value_type_0_type_3_item_data
                value.append(value_type_0_type_3_item)
        else:
            value = self.value
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_comparison_filter_type(d.pop("type"))
        key = d.pop("key", UNSET)

        def _parse_value(data: object) -> bool | float | list[float | str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_0_type_3 = []
                _value_type_0_type_3 = data
                for value_type_0_type_3_item_data in _value_type_0_type_3:

                    def _parse_value_type_0_type_3_item(data: object) -> float | str:
                        return data

                    value_type_0_type_3_item = _parse_value_type_0_type_3_item(
                        value_type_0_type_3_item_data
                    )
                    value_type_0_type_3.append(value_type_0_type_3_item)
                return value_type_0_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        value = _parse_value(d.pop("value", UNSET))
        comparison_filter = cls(type=type_, key=key, value=value)
        comparison_filter.additional_properties = d
        return comparison_filter

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
