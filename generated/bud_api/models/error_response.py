from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error import Error
T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """
    Attributes:
        error (Error | None | Unset):
    """

    __repr__ = model_repr
    error: Error | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, Error):
            error = self.error.to_dict()
        else:
            error = self.error
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_error(data: object) -> Error | None | Unset:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = Error.from_dict(data)
                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        error = _parse_error(d.pop("error", UNSET))
        error_response = cls(error=error)
        error_response.additional_properties = d
        return error_response

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
    global _ready_0, Error
    from ..models.error import Error

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, Error
    from ..models.error import Error

    _ready_7 = True
