from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseLogProbTopLogprobsType0Item")


@_attrs_define
class ResponseLogProbTopLogprobsType0Item:
    """
    Attributes:
        token (str | Unset):
        logprob (float | Unset):
    """

    __repr__ = model_repr
    token: str | Unset = UNSET
    logprob: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token
        logprob = self.logprob
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if logprob is not UNSET:
            field_dict["logprob"] = logprob
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token", UNSET)
        logprob = d.pop("logprob", UNSET)
        response_log_prob_top_logprobs_type_0_item = cls(token=token, logprob=logprob)
        response_log_prob_top_logprobs_type_0_item.additional_properties = d
        return response_log_prob_top_logprobs_type_0_item

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
