from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.drag_param_type import DragParamType, check_drag_param_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coord_param import CoordParam
T = TypeVar("T", bound="DragParam")


@_attrs_define
class DragParam:
    """
    Attributes:
        type (DragParamType):  Default: 'drag'.
        path (list[CoordParam] | None | Unset):
        keys (list[str] | None | Unset):
    """

    __repr__ = model_repr
    type: DragParamType = "drag"
    path: list[CoordParam] | None | Unset = UNSET
    keys: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        path: list[dict[str, Any]] | None | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        elif isinstance(self.path, list):
            path = []
            for path_type_0_item_data in self.path:
                path_type_0_item = path_type_0_item_data.to_dict()
                path.append(path_type_0_item)
        else:
            path = self.path
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
        if path is not UNSET:
            field_dict["path"] = path
        if keys is not UNSET:
            field_dict["keys"] = keys
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_drag_param_type(d.pop("type"))

        def _parse_path(data: object) -> list[CoordParam] | None | Unset:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                path_type_0 = []
                _path_type_0 = data
                for path_type_0_item_data in _path_type_0:
                    path_type_0_item = CoordParam.from_dict(path_type_0_item_data)
                    path_type_0.append(path_type_0_item)
                return path_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        path = _parse_path(d.pop("path", UNSET))

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
        drag_param = cls(type=type_, path=path, keys=keys)
        drag_param.additional_properties = d
        return drag_param

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


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, CoordParam
    from ..models.coord_param import CoordParam

    _ready_7 = True
