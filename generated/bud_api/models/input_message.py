from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.input_message_role import InputMessageRole, check_input_message_role
from ..models.input_message_status import InputMessageStatus, check_input_message_status
from ..models.input_message_type import InputMessageType, check_input_message_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.input_content_type_3 import InputContentType3
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent
T = TypeVar("T", bound="InputMessage")


@_attrs_define
class InputMessage:
    """
    Attributes:
        type (InputMessageType | Unset):
        role (InputMessageRole | Unset):
        status (InputMessageStatus | Unset):
        content (list[InputContentType3 | InputFileContent | InputImageContent | InputTextContent] | None | Unset):
    """

    __repr__ = model_repr
    type: InputMessageType | Unset = UNSET
    role: InputMessageRole | Unset = UNSET
    status: InputMessageStatus | Unset = UNSET
    content: (
        list[InputContentType3 | InputFileContent | InputImageContent | InputTextContent]
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type_ = self.type
        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status
        content: list[dict[str, Any]] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for componentsschemas_input_message_content_list_item_data in self.content:
                componentsschemas_input_message_content_list_item: dict[str, Any]
                if isinstance(
                    componentsschemas_input_message_content_list_item_data, InputTextContent
                ):
                    componentsschemas_input_message_content_list_item = (
                        componentsschemas_input_message_content_list_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_input_message_content_list_item_data, InputImageContent
                ):
                    componentsschemas_input_message_content_list_item = (
                        componentsschemas_input_message_content_list_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_input_message_content_list_item_data, InputFileContent
                ):
                    componentsschemas_input_message_content_list_item = (
                        componentsschemas_input_message_content_list_item_data.to_dict()
                    )
                else:
                    componentsschemas_input_message_content_list_item = (
                        componentsschemas_input_message_content_list_item_data.to_dict()
                    )
                content.append(componentsschemas_input_message_content_list_item)
        else:
            content = self.content
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if role is not UNSET:
            field_dict["role"] = role
        if status is not UNSET:
            field_dict["status"] = status
        if content is not UNSET:
            field_dict["content"] = content
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: InputMessageType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_input_message_type(_type_)
        _role = d.pop("role", UNSET)
        role: InputMessageRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = check_input_message_role(_role)
        _status = d.pop("status", UNSET)
        status: InputMessageStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_input_message_status(_status)

        def _parse_content(
            data: object,
        ) -> (
            list[InputContentType3 | InputFileContent | InputImageContent | InputTextContent]
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
                for componentsschemas_input_message_content_list_item_data in _content_type_0:

                    def _parse_componentsschemas_input_message_content_list_item(
                        data: object,
                    ) -> (
                        InputContentType3 | InputFileContent | InputImageContent | InputTextContent
                    ):
                        if not _ready_8:
                            _prepare_8()
                        if type(data) is dict:
                            _tag = data.get("type")
                            if _tag == "input_file":
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
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_input_content_type_0 = InputTextContent.from_dict(
                                data
                            )
                            return componentsschemas_input_content_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_input_content_type_1 = InputImageContent.from_dict(
                                data
                            )
                            return componentsschemas_input_content_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_input_content_type_2 = InputFileContent.from_dict(
                                data
                            )
                            return componentsschemas_input_content_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_input_content_type_3 = InputContentType3.from_dict(data)
                        return componentsschemas_input_content_type_3

                    componentsschemas_input_message_content_list_item = (
                        _parse_componentsschemas_input_message_content_list_item(
                            componentsschemas_input_message_content_list_item_data
                        )
                    )
                    content_type_0.append(componentsschemas_input_message_content_list_item)
                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        content = _parse_content(d.pop("content", UNSET))
        input_message = cls(type=type_, role=role, status=status, content=content)
        input_message.additional_properties = d
        return input_message

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
    global _ready_0, InputFileContent, InputImageContent, InputTextContent
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent

    _ready_0 = True


_ready_8 = False


def _prepare_8() -> None:
    global _ready_8, InputContentType3, InputFileContent, InputImageContent, InputTextContent
    from ..models.input_content_type_3 import InputContentType3
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent

    _ready_8 = True
