from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.chat_completion_moderation_results_type import (
    ChatCompletionModerationResultsType,
    check_chat_completion_moderation_results_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.moderation_result_body import ModerationResultBody
T = TypeVar("T", bound="ChatCompletionModerationResults")


@_attrs_define
class ChatCompletionModerationResults:
    """
    Attributes:
        type (ChatCompletionModerationResultsType):
        model (str | Unset):
        results (list[ModerationResultBody] | None | Unset):
    """

    __repr__ = model_repr
    type: ChatCompletionModerationResultsType
    model: str | Unset = UNSET
    results: list[ModerationResultBody] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        model = self.model
        results: list[dict[str, Any]] | None | Unset
        if isinstance(self.results, Unset):
            results = UNSET
        elif isinstance(self.results, list):
            results = []
            for results_type_0_item_data in self.results:
                results_type_0_item = results_type_0_item_data.to_dict()
                results.append(results_type_0_item)
        else:
            results = self.results
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if model is not UNSET:
            field_dict["model"] = model
        if results is not UNSET:
            field_dict["results"] = results
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_chat_completion_moderation_results_type(d.pop("type"))
        model = d.pop("model", UNSET)

        def _parse_results(data: object) -> list[ModerationResultBody] | None | Unset:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                results_type_0 = []
                _results_type_0 = data
                for results_type_0_item_data in _results_type_0:
                    results_type_0_item = ModerationResultBody.from_dict(results_type_0_item_data)
                    results_type_0.append(results_type_0_item)
                return results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        results = _parse_results(d.pop("results", UNSET))
        chat_completion_moderation_results = cls(type=type_, model=model, results=results)
        chat_completion_moderation_results.additional_properties = d
        return chat_completion_moderation_results

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
    global _ready_7, ModerationResultBody
    from ..models.moderation_result_body import ModerationResultBody

    _ready_7 = True
