from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        summary (list[SummaryTextContent] | Unset):
        content (list[ReasoningTextContent] | Unset):
        status (ReasoningItemStatus | Unset):
    """

    type: ReasoningItemType
    id: str | Unset = UNSET
    encrypted_content: None | str | Unset = UNSET
    summary: list[SummaryTextContent] | Unset = UNSET
    content: list[ReasoningTextContent] | Unset = UNSET
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

        summary: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = []
            for summary_item_data in self.summary:
                summary_item = summary_item_data.to_dict()
                summary.append(summary_item)

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
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
        from ..models.reasoning_text_content import ReasoningTextContent  # noqa: PLC0415
        from ..models.summary_text_content import SummaryTextContent  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_reasoning_item_type(d.pop("type"))

        id = d.pop("id", UNSET)

        def _parse_encrypted_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        encrypted_content = _parse_encrypted_content(d.pop("encrypted_content", UNSET))

        _summary = d.pop("summary", UNSET)
        summary: list[SummaryTextContent] | Unset = UNSET
        if _summary is not UNSET:
            summary = []
            for summary_item_data in _summary:
                summary_item = SummaryTextContent.from_dict(summary_item_data)

                summary.append(summary_item)

        _content = d.pop("content", UNSET)
        content: list[ReasoningTextContent] | Unset = UNSET
        if _content is not UNSET:
            content = []
            for content_item_data in _content:
                content_item = ReasoningTextContent.from_dict(content_item_data)

                content.append(content_item)

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
