from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.classify_request_priority import (
    ClassifyRequestPriority,
    check_classify_request_priority,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClassifyRequest")


@_attrs_define
class ClassifyRequest:
    """Body of `POST /v1/classify`: texts for a classifier model to label.

    Attributes:
        input (list[str]):
        model (str | Unset): Optional in this contract: the SDK fills in the client's default model when a call leaves
            it out. The gateway itself needs one.
        raw_scores (bool | Unset): Return the classifier's raw scores instead of probabilities.
        priority (ClassifyRequestPriority | Unset): Bud gateway extension: scheduling priority, passed on to the model
            server.
    """

    __repr__ = model_repr
    input: list[str]
    model: str | Unset = UNSET
    raw_scores: bool | Unset = UNSET
    priority: ClassifyRequestPriority | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input
        model = self.model
        raw_scores = self.raw_scores
        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"input": input_})
        if model is not UNSET:
            field_dict["model"] = model
        if raw_scores is not UNSET:
            field_dict["raw_scores"] = raw_scores
        if priority is not UNSET:
            field_dict["priority"] = priority
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_ = d.pop("input")
        model = d.pop("model", UNSET)
        raw_scores = d.pop("raw_scores", UNSET)
        _priority = d.pop("priority", UNSET)
        priority: ClassifyRequestPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = check_classify_request_priority(_priority)
        classify_request = cls(input=input_, model=model, raw_scores=raw_scores, priority=priority)
        classify_request.additional_properties = d
        return classify_request

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
