from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.message_phase import MessagePhase, check_message_phase
from ..models.output_message_role import OutputMessageRole, check_output_message_role
from ..models.output_message_status import OutputMessageStatus, check_output_message_status
from ..models.output_message_type import OutputMessageType, check_output_message_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.output_message_content_type_2 import OutputMessageContentType2
    from ..models.output_text_content import OutputTextContent
    from ..models.refusal_content import RefusalContent
T = TypeVar("T", bound="OutputMessage")


@_attrs_define
class OutputMessage:
    """
    Attributes:
        type (OutputMessageType):
        id (str | Unset):
        role (OutputMessageRole | Unset):
        content (list[OutputMessageContentType2 | OutputTextContent | RefusalContent] | None | Unset):
        phase (MessagePhase | None | Unset):
        status (OutputMessageStatus | Unset):
    """

    __repr__ = model_repr
    type: OutputMessageType
    id: str | Unset = UNSET
    role: OutputMessageRole | Unset = UNSET
    content: list[OutputMessageContentType2 | OutputTextContent | RefusalContent] | None | Unset = (
        UNSET
    )
    phase: MessagePhase | None | Unset = UNSET
    status: OutputMessageStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        id = self.id
        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role
        content: list[dict[str, Any]] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_0_item_data in self.content:
                content_type_0_item: dict[str, Any]
                if isinstance(content_type_0_item_data, OutputTextContent):
                    content_type_0_item = content_type_0_item_data.to_dict()
                elif isinstance(content_type_0_item_data, RefusalContent):
                    content_type_0_item = content_type_0_item_data.to_dict()
                else:
                    content_type_0_item = content_type_0_item_data.to_dict()
                content.append(content_type_0_item)
        else:
            content = self.content
        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        elif isinstance(self.phase, str):
            phase = self.phase
        else:
            phase = self.phase
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if id is not UNSET:
            field_dict["id"] = id
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if phase is not UNSET:
            field_dict["phase"] = phase
        if status is not UNSET:
            field_dict["status"] = status
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_output_message_type(d.pop("type"))
        id = d.pop("id", UNSET)
        _role = d.pop("role", UNSET)
        role: OutputMessageRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = check_output_message_role(_role)

        def _parse_content(
            data: object,
        ) -> list[OutputMessageContentType2 | OutputTextContent | RefusalContent] | None | Unset:
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

                    def _parse_content_type_0_item(
                        data: object,
                    ) -> OutputMessageContentType2 | OutputTextContent | RefusalContent:
                        if not _ready_9:
                            _prepare_9()
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_output_message_content_type_0 = (
                                OutputTextContent.from_dict(data)
                            )
                            return componentsschemas_output_message_content_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_output_message_content_type_1 = (
                                RefusalContent.from_dict(data)
                            )
                            return componentsschemas_output_message_content_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_output_message_content_type_2 = (
                            OutputMessageContentType2.from_dict(data)
                        )
                        return componentsschemas_output_message_content_type_2

                    content_type_0_item = _parse_content_type_0_item(content_type_0_item_data)
                    content_type_0.append(content_type_0_item)
                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        content = _parse_content(d.pop("content", UNSET))

        def _parse_phase(data: object) -> MessagePhase | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_type_0 = check_message_phase(data)
                return phase_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        phase = _parse_phase(d.pop("phase", UNSET))
        _status = d.pop("status", UNSET)
        status: OutputMessageStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_output_message_status(_status)
        output_message = cls(
            type=type_, id=id, role=role, content=content, phase=phase, status=status
        )
        output_message.additional_properties = d
        return output_message

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
    global _ready_0, OutputTextContent, RefusalContent
    from ..models.output_text_content import OutputTextContent
    from ..models.refusal_content import RefusalContent

    _ready_0 = True


_ready_9 = False


def _prepare_9() -> None:
    global _ready_9, OutputMessageContentType2, OutputTextContent, RefusalContent
    from ..models.output_message_content_type_2 import OutputMessageContentType2
    from ..models.output_text_content import OutputTextContent
    from ..models.refusal_content import RefusalContent

    _ready_9 = True
