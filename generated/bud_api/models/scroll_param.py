from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.scroll_param_type import ScrollParamType, check_scroll_param_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScrollParam")


@_attrs_define
class ScrollParam:
    """
    Attributes:
        type (ScrollParamType):  Default: 'scroll'.
        x (int | Unset):
        y (int | Unset):
        scroll_x (int | Unset):
        scroll_y (int | Unset):
        keys (list[str] | None | Unset):
    """

    __repr__ = model_repr
    type: ScrollParamType = "scroll"
    x: int | Unset = UNSET
    y: int | Unset = UNSET
    scroll_x: int | Unset = UNSET
    scroll_y: int | Unset = UNSET
    keys: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        x = self.x
        y = self.y
        scroll_x = self.scroll_x
        scroll_y = self.scroll_y
        keys: list[str] | None | Unset
        if isinstance(self.keys, Unset):
            keys = UNSET
        elif isinstance(self.keys, list):
            keys = self.keys
        else:
            keys = self.keys
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if x is not UNSET:
            field_dict["x"] = x
        if y is not UNSET:
            field_dict["y"] = y
        if scroll_x is not UNSET:
            field_dict["scroll_x"] = scroll_x
        if scroll_y is not UNSET:
            field_dict["scroll_y"] = scroll_y
        if keys is not UNSET:
            field_dict["keys"] = keys
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_scroll_param_type(d.pop("type"))
        x = d.pop("x", UNSET)
        y = d.pop("y", UNSET)
        scroll_x = d.pop("scroll_x", UNSET)
        scroll_y = d.pop("scroll_y", UNSET)

        def _parse_keys(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                keys_type_0 = data
                return keys_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        keys = _parse_keys(d.pop("keys", UNSET))
        scroll_param = cls(type=type_, x=x, y=y, scroll_x=scroll_x, scroll_y=scroll_y, keys=keys)
        scroll_param.additional_properties = d
        return scroll_param

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
