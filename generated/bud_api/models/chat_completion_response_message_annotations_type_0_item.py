from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_response_message_annotations_type_0_item_url_citation_type_0 import (
        ChatCompletionResponseMessageAnnotationsType0ItemUrlCitationType0,
    )
T = TypeVar("T", bound="ChatCompletionResponseMessageAnnotationsType0Item")


@_attrs_define
class ChatCompletionResponseMessageAnnotationsType0Item:
    """
    Attributes:
        type (str):
        url_citation (ChatCompletionResponseMessageAnnotationsType0ItemUrlCitationType0 | None | Unset):
    """

    __repr__ = model_repr
    type: str
    url_citation: (
        ChatCompletionResponseMessageAnnotationsType0ItemUrlCitationType0 | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_ = self.type
        url_citation: dict[str, Any] | None | Unset
        if isinstance(self.url_citation, Unset):
            url_citation = UNSET
        elif isinstance(
            self.url_citation, ChatCompletionResponseMessageAnnotationsType0ItemUrlCitationType0
        ):
            url_citation = self.url_citation.to_dict()
        else:
            url_citation = self.url_citation
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if url_citation is not UNSET:
            field_dict["url_citation"] = url_citation
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_url_citation(
            data: object,
        ) -> ChatCompletionResponseMessageAnnotationsType0ItemUrlCitationType0 | None | Unset:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                url_citation_type_0 = (
                    ChatCompletionResponseMessageAnnotationsType0ItemUrlCitationType0.from_dict(
                        data
                    )
                )
                return url_citation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        url_citation = _parse_url_citation(d.pop("url_citation", UNSET))
        chat_completion_response_message_annotations_type_0_item = cls(
            type=type_, url_citation=url_citation
        )
        chat_completion_response_message_annotations_type_0_item.additional_properties = d
        return chat_completion_response_message_annotations_type_0_item

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
    global _ready_0, ChatCompletionResponseMessageAnnotationsType0ItemUrlCitationType0
    from ..models.chat_completion_response_message_annotations_type_0_item_url_citation_type_0 import (
        ChatCompletionResponseMessageAnnotationsType0ItemUrlCitationType0,
    )

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, ChatCompletionResponseMessageAnnotationsType0ItemUrlCitationType0
    from ..models.chat_completion_response_message_annotations_type_0_item_url_citation_type_0 import (
        ChatCompletionResponseMessageAnnotationsType0ItemUrlCitationType0,
    )

    _ready_7 = True
