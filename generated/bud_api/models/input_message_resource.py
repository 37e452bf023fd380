from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.input_message_resource_role import (
    InputMessageResourceRole,
    check_input_message_resource_role,
)
from ..models.input_message_resource_status import (
    InputMessageResourceStatus,
    check_input_message_resource_status,
)
from ..models.input_message_resource_type import (
    InputMessageResourceType,
    check_input_message_resource_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.input_content_type_3 import InputContentType3
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent
T = TypeVar("T", bound="InputMessageResource")


@_attrs_define
class InputMessageResource:
    """
    Attributes:
        type (InputMessageResourceType):
        role (InputMessageResourceRole | Unset):
        status (InputMessageResourceStatus | Unset):
        content (list[InputContentType3 | InputFileContent | InputImageContent | InputTextContent] | None | Unset):
        id (str | Unset):
    """

    __repr__ = model_repr
    type: InputMessageResourceType
    role: InputMessageResourceRole | Unset = UNSET
    status: InputMessageResourceStatus | Unset = UNSET
    content: (
        list[InputContentType3 | InputFileContent | InputImageContent | InputTextContent]
        | None
        | Unset
    ) = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
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
        id = self.id
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if role is not UNSET:
            field_dict["role"] = role
        if status is not UNSET:
            field_dict["status"] = status
        if content is not UNSET:
            field_dict["content"] = content
        if id is not UNSET:
            field_dict["id"] = id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_input_message_resource_type(d.pop("type"))
        _role = d.pop("role", UNSET)
        role: InputMessageResourceRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = check_input_message_resource_role(_role)
        _status = d.pop("status", UNSET)
        status: InputMessageResourceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_input_message_resource_status(_status)

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
        id = d.pop("id", UNSET)
        input_message_resource = cls(type=type_, role=role, status=status, content=content, id=id)
        input_message_resource.additional_properties = d
        return input_message_resource

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
