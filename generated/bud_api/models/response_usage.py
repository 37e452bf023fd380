from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_usage_input_tokens_details_type_0 import (
        ResponseUsageInputTokensDetailsType0,
    )
    from ..models.response_usage_output_tokens_details_type_0 import (
        ResponseUsageOutputTokensDetailsType0,
    )
T = TypeVar("T", bound="ResponseUsage")


@_attrs_define
class ResponseUsage:
    """
    Attributes:
        input_tokens (int | Unset):
        input_tokens_details (None | ResponseUsageInputTokensDetailsType0 | Unset):
        output_tokens (int | Unset):
        output_tokens_details (None | ResponseUsageOutputTokensDetailsType0 | Unset):
        total_tokens (int | Unset):
    """

    __repr__ = model_repr
    input_tokens: int | Unset = UNSET
    input_tokens_details: None | ResponseUsageInputTokensDetailsType0 | Unset = UNSET
    output_tokens: int | Unset = UNSET
    output_tokens_details: None | ResponseUsageOutputTokensDetailsType0 | Unset = UNSET
    total_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        input_tokens = self.input_tokens
        input_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.input_tokens_details, Unset):
            input_tokens_details = UNSET
        elif isinstance(self.input_tokens_details, ResponseUsageInputTokensDetailsType0):
            input_tokens_details = self.input_tokens_details.to_dict()
        else:
            input_tokens_details = self.input_tokens_details
        output_tokens = self.output_tokens
        output_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.output_tokens_details, Unset):
            output_tokens_details = UNSET
        elif isinstance(self.output_tokens_details, ResponseUsageOutputTokensDetailsType0):
            output_tokens_details = self.output_tokens_details.to_dict()
        else:
            output_tokens_details = self.output_tokens_details
        total_tokens = self.total_tokens
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if input_tokens_details is not UNSET:
            field_dict["input_tokens_details"] = input_tokens_details
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if output_tokens_details is not UNSET:
            field_dict["output_tokens_details"] = output_tokens_details
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_tokens = d.pop("input_tokens", UNSET)

        def _parse_input_tokens_details(
            data: object,
        ) -> None | ResponseUsageInputTokensDetailsType0 | Unset:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_tokens_details_type_0 = ResponseUsageInputTokensDetailsType0.from_dict(data)
                return input_tokens_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        input_tokens_details = _parse_input_tokens_details(d.pop("input_tokens_details", UNSET))
        output_tokens = d.pop("output_tokens", UNSET)

        def _parse_output_tokens_details(
            data: object,
        ) -> None | ResponseUsageOutputTokensDetailsType0 | Unset:
            if not _ready_8:
                _prepare_8()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_tokens_details_type_0 = ResponseUsageOutputTokensDetailsType0.from_dict(data)
                return output_tokens_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        output_tokens_details = _parse_output_tokens_details(d.pop("output_tokens_details", UNSET))
        total_tokens = d.pop("total_tokens", UNSET)
        response_usage = cls(
            input_tokens=input_tokens,
            input_tokens_details=input_tokens_details,
            output_tokens=output_tokens,
            output_tokens_details=output_tokens_details,
            total_tokens=total_tokens,
        )
        response_usage.additional_properties = d
        return response_usage

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
    global _ready_0, ResponseUsageInputTokensDetailsType0, ResponseUsageOutputTokensDetailsType0
    from ..models.response_usage_input_tokens_details_type_0 import (
        ResponseUsageInputTokensDetailsType0,
    )
    from ..models.response_usage_output_tokens_details_type_0 import (
        ResponseUsageOutputTokensDetailsType0,
    )

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, ResponseUsageInputTokensDetailsType0
    from ..models.response_usage_input_tokens_details_type_0 import (
        ResponseUsageInputTokensDetailsType0,
    )

    _ready_7 = True


_ready_8 = False


def _prepare_8() -> None:
    global _ready_8, ResponseUsageOutputTokensDetailsType0
    from ..models.response_usage_output_tokens_details_type_0 import (
        ResponseUsageOutputTokensDetailsType0,
    )

    _ready_8 = True
