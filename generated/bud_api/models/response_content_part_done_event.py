from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.response_content_part_done_event_type import (
    ResponseContentPartDoneEventType,
    check_response_content_part_done_event_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.output_content_type_3 import OutputContentType3
    from ..models.output_text_content import OutputTextContent
    from ..models.reasoning_text_content import ReasoningTextContent
    from ..models.refusal_content import RefusalContent
T = TypeVar("T", bound="ResponseContentPartDoneEvent")


@_attrs_define
class ResponseContentPartDoneEvent:
    """
    Attributes:
        type (ResponseContentPartDoneEventType):
        item_id (str | Unset):
        output_index (int | Unset):
        content_index (int | Unset):
        sequence_number (int | Unset):
        part (None | OutputContentType3 | OutputTextContent | ReasoningTextContent | RefusalContent | Unset):
    """

    __repr__ = model_repr
    type: ResponseContentPartDoneEventType
    item_id: str | Unset = UNSET
    output_index: int | Unset = UNSET
    content_index: int | Unset = UNSET
    sequence_number: int | Unset = UNSET
    part: (
        None
        | OutputContentType3
        | OutputTextContent
        | ReasoningTextContent
        | RefusalContent
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        item_id = self.item_id
        output_index = self.output_index
        content_index = self.content_index
        sequence_number = self.sequence_number
        part: dict[str, Any] | None | Unset
        if isinstance(self.part, Unset):
            part = UNSET
        elif isinstance(self.part, OutputTextContent):
            part = self.part.to_dict()
        elif isinstance(self.part, RefusalContent):
            part = self.part.to_dict()
        elif isinstance(self.part, ReasoningTextContent):
            part = self.part.to_dict()
        elif isinstance(self.part, OutputContentType3):
            part = self.part.to_dict()
        else:
            part = self.part
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if content_index is not UNSET:
            field_dict["content_index"] = content_index
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if part is not UNSET:
            field_dict["part"] = part
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_response_content_part_done_event_type(d.pop("type"))
        item_id = d.pop("item_id", UNSET)
        output_index = d.pop("output_index", UNSET)
        content_index = d.pop("content_index", UNSET)
        sequence_number = d.pop("sequence_number", UNSET)

        def _parse_part(
            data: object,
        ) -> (
            None
            | OutputContentType3
            | OutputTextContent
            | ReasoningTextContent
            | RefusalContent
            | Unset
        ):
            if not _ready_7:
                _prepare_7()
            if type(data) is dict:
                _tag = data.get("type")
                if _tag == "output_text":
                    try:
                        return OutputTextContent.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "reasoning_text":
                    try:
                        return ReasoningTextContent.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "refusal":
                    try:
                        return RefusalContent.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_content_type_0 = OutputTextContent.from_dict(data)
                return componentsschemas_output_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_content_type_1 = RefusalContent.from_dict(data)
                return componentsschemas_output_content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_content_type_2 = ReasoningTextContent.from_dict(data)
                return componentsschemas_output_content_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_content_type_3 = OutputContentType3.from_dict(data)
                return componentsschemas_output_content_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        part = _parse_part(d.pop("part", UNSET))
        response_content_part_done_event = cls(
            type=type_,
            item_id=item_id,
            output_index=output_index,
            content_index=content_index,
            sequence_number=sequence_number,
            part=part,
        )
        response_content_part_done_event.additional_properties = d
        return response_content_part_done_event

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
    global _ready_0, OutputContentType3, OutputTextContent, ReasoningTextContent, RefusalContent
    from ..models.output_content_type_3 import OutputContentType3
    from ..models.output_text_content import OutputTextContent
    from ..models.reasoning_text_content import ReasoningTextContent
    from ..models.refusal_content import RefusalContent

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, OutputContentType3, OutputTextContent, ReasoningTextContent, RefusalContent
    from ..models.output_content_type_3 import OutputContentType3
    from ..models.output_text_content import OutputTextContent
    from ..models.reasoning_text_content import ReasoningTextContent
    from ..models.refusal_content import RefusalContent

    _ready_7 = True
