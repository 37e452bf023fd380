from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.message_phase_2 import MessagePhase2, check_message_phase_2
from ..models.message_role import MessageRole, check_message_role
from ..models.message_status import MessageStatus, check_message_status
from ..models.message_type import MessageType, check_message_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.computer_screenshot_content import ComputerScreenshotContent
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent
    from ..models.message_content_type_0_item_type_9 import MessageContentType0ItemType9
    from ..models.output_text_content import OutputTextContent
    from ..models.reasoning_text_content import ReasoningTextContent
    from ..models.refusal_content import RefusalContent
    from ..models.summary_text_content import SummaryTextContent
    from ..models.text_content import TextContent
T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """
    Attributes:
        type (MessageType):  Default: 'message'.
        id (str | Unset):
        status (MessageStatus | None | Unset):
        role (MessageRole | None | Unset):
        content (list[ComputerScreenshotContent | InputFileContent | InputImageContent | InputTextContent |
            MessageContentType0ItemType9 | OutputTextContent | ReasoningTextContent | RefusalContent | SummaryTextContent |
            TextContent] | None | Unset):
        phase (MessagePhase2 | None | Unset):
    """

    __repr__ = model_repr
    type: MessageType = "message"
    id: str | Unset = UNSET
    status: MessageStatus | None | Unset = UNSET
    role: MessageRole | None | Unset = UNSET
    content: (
        list[
            ComputerScreenshotContent
            | InputFileContent
            | InputImageContent
            | InputTextContent
            | MessageContentType0ItemType9
            | OutputTextContent
            | ReasoningTextContent
            | RefusalContent
            | SummaryTextContent
            | TextContent
        ]
        | None
        | Unset
    ) = UNSET
    phase: MessagePhase2 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        id = self.id
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status
        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, str):
            role = self.role
        else:
            role = self.role
        content: list[dict[str, Any]] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_0_item_data in self.content:
                content_type_0_item: dict[str, Any]
                if isinstance(content_type_0_item_data, InputTextContent):
                    content_type_0_item = content_type_0_item_data.to_dict()
                elif isinstance(content_type_0_item_data, OutputTextContent):
                    content_type_0_item = content_type_0_item_data.to_dict()
                elif isinstance(content_type_0_item_data, TextContent):
                    content_type_0_item = content_type_0_item_data.to_dict()
                elif isinstance(content_type_0_item_data, SummaryTextContent):
                    content_type_0_item = content_type_0_item_data.to_dict()
                elif isinstance(content_type_0_item_data, ReasoningTextContent):
                    content_type_0_item = content_type_0_item_data.to_dict()
                elif isinstance(content_type_0_item_data, RefusalContent):
                    content_type_0_item = content_type_0_item_data.to_dict()
                elif isinstance(content_type_0_item_data, InputImageContent):
                    content_type_0_item = content_type_0_item_data.to_dict()
                elif isinstance(content_type_0_item_data, ComputerScreenshotContent):
                    content_type_0_item = content_type_0_item_data.to_dict()
                elif isinstance(content_type_0_item_data, InputFileContent):
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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if phase is not UNSET:
            field_dict["phase"] = phase
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_message_type(d.pop("type"))
        id = d.pop("id", UNSET)

        def _parse_status(data: object) -> MessageStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_message_status(data)
                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        status = _parse_status(d.pop("status", UNSET))

        def _parse_role(data: object) -> MessageRole | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = check_message_role(data)
                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        role = _parse_role(d.pop("role", UNSET))

        def _parse_content(
            data: object,
        ) -> (
            list[
                ComputerScreenshotContent
                | InputFileContent
                | InputImageContent
                | InputTextContent
                | MessageContentType0ItemType9
                | OutputTextContent
                | ReasoningTextContent
                | RefusalContent
                | SummaryTextContent
                | TextContent
            ]
            | None
            | Unset
        ):
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
                    ) -> (
                        ComputerScreenshotContent
                        | InputFileContent
                        | InputImageContent
                        | InputTextContent
                        | MessageContentType0ItemType9
                        | OutputTextContent
                        | ReasoningTextContent
                        | RefusalContent
                        | SummaryTextContent
                        | TextContent
                    ):
                        if not _ready_11:
                            _prepare_11()
                        if type(data) is dict:
                            _tag = data.get("type")
                            if _tag == "computer_screenshot":
                                try:
                                    return ComputerScreenshotContent.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "input_file":
                                try:
                                    return InputFileContent.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "input_image":
                                try:
                                    return InputImageContent.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "input_text":
                                try:
                                    return InputTextContent.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "output_text":
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
                            elif _tag == "summary_text":
                                try:
                                    return SummaryTextContent.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "text":
                                try:
                                    return TextContent.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_0_item_type_0 = InputTextContent.from_dict(data)
                            return content_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_0_item_type_1 = OutputTextContent.from_dict(data)
                            return content_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_0_item_type_2 = TextContent.from_dict(data)
                            return content_type_0_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_0_item_type_3 = SummaryTextContent.from_dict(data)
                            return content_type_0_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_0_item_type_4 = ReasoningTextContent.from_dict(data)
                            return content_type_0_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_0_item_type_5 = RefusalContent.from_dict(data)
                            return content_type_0_item_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_0_item_type_6 = InputImageContent.from_dict(data)
                            return content_type_0_item_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_0_item_type_7 = ComputerScreenshotContent.from_dict(data)
                            return content_type_0_item_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_0_item_type_8 = InputFileContent.from_dict(data)
                            return content_type_0_item_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        content_type_0_item_type_9 = MessageContentType0ItemType9.from_dict(data)
                        return content_type_0_item_type_9

                    content_type_0_item = _parse_content_type_0_item(content_type_0_item_data)
                    content_type_0.append(content_type_0_item)
                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        content = _parse_content(d.pop("content", UNSET))

        def _parse_phase(data: object) -> MessagePhase2 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_type_0 = check_message_phase_2(data)
                return phase_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        phase = _parse_phase(d.pop("phase", UNSET))
        message = cls(type=type_, id=id, status=status, role=role, content=content, phase=phase)
        message.additional_properties = d
        return message

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
    global \
        _ready_0, \
        ComputerScreenshotContent, \
        InputFileContent, \
        InputImageContent, \
        InputTextContent, \
        OutputTextContent, \
        ReasoningTextContent, \
        RefusalContent, \
        SummaryTextContent, \
        TextContent
    from ..models.computer_screenshot_content import ComputerScreenshotContent
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent
    from ..models.output_text_content import OutputTextContent
    from ..models.reasoning_text_content import ReasoningTextContent
    from ..models.refusal_content import RefusalContent
    from ..models.summary_text_content import SummaryTextContent
    from ..models.text_content import TextContent

    _ready_0 = True


_ready_11 = False


def _prepare_11() -> None:
    global \
        _ready_11, \
        ComputerScreenshotContent, \
        InputFileContent, \
        InputImageContent, \
        InputTextContent, \
        MessageContentType0ItemType9, \
        OutputTextContent, \
        ReasoningTextContent, \
        RefusalContent, \
        SummaryTextContent, \
        TextContent
    from ..models.computer_screenshot_content import ComputerScreenshotContent
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent
    from ..models.message_content_type_0_item_type_9 import MessageContentType0ItemType9
    from ..models.output_text_content import OutputTextContent
    from ..models.reasoning_text_content import ReasoningTextContent
    from ..models.refusal_content import RefusalContent
    from ..models.summary_text_content import SummaryTextContent
    from ..models.text_content import TextContent

    _ready_11 = True
