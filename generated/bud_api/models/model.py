from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.model_object import ModelObject, check_model_object
from ..types import UNSET, Unset

T = TypeVar("T", bound="Model")


@_attrs_define
class Model:
    """
    Attributes:
        id (str | Unset):
        created (int | Unset):
        object (ModelObject | Unset):
        owned_by (str | Unset):
        shutdown_date (datetime.date | None | Unset):
    """

    __repr__ = model_repr
    id: str | Unset = UNSET
    created: int | Unset = UNSET
    object: ModelObject | Unset = UNSET
    owned_by: str | Unset = UNSET
    shutdown_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        created = self.created
        object_: str | Unset = UNSET
        if not isinstance(self.object, Unset):
            object_ = self.object
        owned_by = self.owned_by
        shutdown_date: None | str | Unset
        if isinstance(self.shutdown_date, Unset):
            shutdown_date = UNSET
        elif isinstance(self.shutdown_date, datetime.date):
            shutdown_date = self.shutdown_date.isoformat()
        else:
            shutdown_date = self.shutdown_date
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created is not UNSET:
            field_dict["created"] = created
        if object_ is not UNSET:
            field_dict["object"] = object_
        if owned_by is not UNSET:
            field_dict["owned_by"] = owned_by
        if shutdown_date is not UNSET:
            field_dict["shutdown_date"] = shutdown_date
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        created = d.pop("created", UNSET)
        _object_ = d.pop("object", UNSET)
        object_: ModelObject | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = check_model_object(_object_)
        owned_by = d.pop("owned_by", UNSET)

        def _parse_shutdown_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                shutdown_date_type_0 = datetime.date.fromisoformat(data)
                return shutdown_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        shutdown_date = _parse_shutdown_date(d.pop("shutdown_date", UNSET))
        model = cls(
            id=id, created=created, object=object_, owned_by=owned_by, shutdown_date=shutdown_date
        )
        model.additional_properties = d
        return model

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
