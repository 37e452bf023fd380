from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.reasoning_item_status import ReasoningItemStatus, check_reasoning_item_status
from ..models.reasoning_item_type import ReasoningItemType, check_reasoning_item_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reasoning_text_content import ReasoningTextContent
    from ..models.summary_text_content import SummaryTextContent
T = TypeVar("T", bound="ReasoningItem")


@_attrs_define
class ReasoningItem:
    """
    Attributes:
        type (ReasoningItemType):
        id (str | Unset):
        encrypted_content (None | str | Unset):
        summary (list[SummaryTextContent] | None | Unset):
        content (list[ReasoningTextContent] | None | Unset):
        status (ReasoningItemStatus | Unset):
    """

    __repr__ = model_repr
    type: ReasoningItemType
    id: str | Unset = UNSET
    encrypted_content: None | str | Unset = UNSET
    summary: list[SummaryTextContent] | None | Unset = UNSET
    content: list[ReasoningTextContent] | None | Unset = UNSET
    status: ReasoningItemStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        id = self.id
        encrypted_content: None | str | Unset
        if isinstance(self.encrypted_content, Unset):
            encrypted_content = UNSET
        else:
            encrypted_content = self.encrypted_content
        summary: list[dict[str, Any]] | None | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, list):
            summary = []
            for summary_type_0_item_data in self.summary:
                summary_type_0_item = summary_type_0_item_data.to_dict()
                summary.append(summary_type_0_item)
        else:
            summary = self.summary
        content: list[dict[str, Any]] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_0_item_data in self.content:
                content_type_0_item = content_type_0_item_data.to_dict()
                content.append(content_type_0_item)
        else:
            content = self.content
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if id is not UNSET:
            field_dict["id"] = id
        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content
        if summary is not UNSET:
            field_dict["summary"] = summary
        if content is not UNSET:
            field_dict["content"] = content
        if status is not UNSET:
            field_dict["status"] = status
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_reasoning_item_type(d.pop("type"))
        id = d.pop("id", UNSET)

        def _parse_encrypted_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        encrypted_content = _parse_encrypted_content(d.pop("encrypted_content", UNSET))

        def _parse_summary(data: object) -> list[SummaryTextContent] | None | Unset:
            if not _ready_8:
                _prepare_8()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                summary_type_0 = []
                _summary_type_0 = data
                for summary_type_0_item_data in _summary_type_0:
                    summary_type_0_item = SummaryTextContent.from_dict(summary_type_0_item_data)
                    summary_type_0.append(summary_type_0_item)
                return summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_content(data: object) -> list[ReasoningTextContent] | None | Unset:
            if not _ready_9:
                _prepare_9()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_0 = []
                _content_type_0 = data
                for content_type_0_item_data in _content_type_0:
                    content_type_0_item = ReasoningTextContent.from_dict(content_type_0_item_data)
                    content_type_0.append(content_type_0_item)
                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        content = _parse_content(d.pop("content", UNSET))
        _status = d.pop("status", UNSET)
        status: ReasoningItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_reasoning_item_status(_status)
        reasoning_item = cls(
            type=type_,
            id=id,
            encrypted_content=encrypted_content,
            summary=summary,
            content=content,
            status=status,
        )
        reasoning_item.additional_properties = d
        return reasoning_item

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


_ready_8 = False


def _prepare_8() -> None:
    global _ready_8, SummaryTextContent
    from ..models.summary_text_content import SummaryTextContent

    _ready_8 = True


_ready_9 = False


def _prepare_9() -> None:
    global _ready_9, ReasoningTextContent
    from ..models.reasoning_text_content import ReasoningTextContent

    _ready_9 = True
