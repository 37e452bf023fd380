from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.list_models_response_object import (
    ListModelsResponseObject,
    check_list_models_response_object,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model import Model
T = TypeVar("T", bound="ListModelsResponse")


@_attrs_define
class ListModelsResponse:
    """
    Attributes:
        object (ListModelsResponseObject | Unset):
        data (list[Model] | None | Unset):
    """

    __repr__ = model_repr
    object: ListModelsResponseObject | Unset = UNSET
    data: list[Model] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_: str | Unset = UNSET
        if not isinstance(self.object, Unset):
            object_ = self.object
        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)
        else:
            data = self.data
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if data is not UNSET:
            field_dict["data"] = data
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _object_ = d.pop("object", UNSET)
        object_: ListModelsResponseObject | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = check_list_models_response_object(_object_)

        def _parse_data(data: object) -> list[Model] | None | Unset:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = Model.from_dict(data_type_0_item_data)
                    data_type_0.append(data_type_0_item)
                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        data = _parse_data(d.pop("data", UNSET))
        list_models_response = cls(object=object_, data=data)
        list_models_response.additional_properties = d
        return list_models_response

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
    global _ready_7, Model
    from ..models.model import Model

    _ready_7 = True
