from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_moderation_error import ChatCompletionModerationError
    from ..models.chat_completion_moderation_input_type_0_type_2 import (
        ChatCompletionModerationInputType0Type2,
    )
    from ..models.chat_completion_moderation_output_type_0_type_2 import (
        ChatCompletionModerationOutputType0Type2,
    )
    from ..models.chat_completion_moderation_results import ChatCompletionModerationResults
T = TypeVar("T", bound="ChatCompletionModeration")


@_attrs_define
class ChatCompletionModeration:
    """
    Attributes:
        input (ChatCompletionModerationError | ChatCompletionModerationInputType0Type2 |
            ChatCompletionModerationResults | None | Unset):
        output (ChatCompletionModerationError | ChatCompletionModerationOutputType0Type2 |
            ChatCompletionModerationResults | None | Unset):
    """

    __repr__ = model_repr
    input: (
        ChatCompletionModerationError
        | ChatCompletionModerationInputType0Type2
        | ChatCompletionModerationResults
        | None
        | Unset
    ) = UNSET
    output: (
        ChatCompletionModerationError
        | ChatCompletionModerationOutputType0Type2
        | ChatCompletionModerationResults
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        input_: dict[str, Any] | None | Unset
        if isinstance(self.input, Unset):
            input_ = UNSET
        elif isinstance(self.input, ChatCompletionModerationResults):
            input_ = self.input.to_dict()
        elif isinstance(self.input, ChatCompletionModerationError):
            input_ = self.input.to_dict()
        elif isinstance(self.input, ChatCompletionModerationInputType0Type2):
            input_ = self.input.to_dict()
        else:
            input_ = self.input
        output: dict[str, Any] | None | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, ChatCompletionModerationResults):
            output = self.output.to_dict()
        elif isinstance(self.output, ChatCompletionModerationError):
            output = self.output.to_dict()
        elif isinstance(self.output, ChatCompletionModerationOutputType0Type2):
            output = self.output.to_dict()
        else:
            output = self.output
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_input_(
            data: object,
        ) -> (
            ChatCompletionModerationError
            | ChatCompletionModerationInputType0Type2
            | ChatCompletionModerationResults
            | None
            | Unset
        ):
            if not _ready_7:
                _prepare_7()
            if type(data) is dict:
                _tag = data.get("type")
                if _tag == "error":
                    try:
                        return ChatCompletionModerationError.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "moderation_results":
                    try:
                        return ChatCompletionModerationResults.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_type_0_type_0 = ChatCompletionModerationResults.from_dict(data)
                return input_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_type_0_type_1 = ChatCompletionModerationError.from_dict(data)
                return input_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_type_0_type_2 = ChatCompletionModerationInputType0Type2.from_dict(data)
                return input_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        input_ = _parse_input_(d.pop("input", UNSET))

        def _parse_output(
            data: object,
        ) -> (
            ChatCompletionModerationError
            | ChatCompletionModerationOutputType0Type2
            | ChatCompletionModerationResults
            | None
            | Unset
        ):
            if not _ready_8:
                _prepare_8()
            if type(data) is dict:
                _tag = data.get("type")
                if _tag == "error":
                    try:
                        return ChatCompletionModerationError.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "moderation_results":
                    try:
                        return ChatCompletionModerationResults.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_type_0_type_0 = ChatCompletionModerationResults.from_dict(data)
                return output_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_type_0_type_1 = ChatCompletionModerationError.from_dict(data)
                return output_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_type_0_type_2 = ChatCompletionModerationOutputType0Type2.from_dict(data)
                return output_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        output = _parse_output(d.pop("output", UNSET))
        chat_completion_moderation = cls(input=input_, output=output)
        chat_completion_moderation.additional_properties = d
        return chat_completion_moderation

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
        ChatCompletionModerationError, \
        ChatCompletionModerationInputType0Type2, \
        ChatCompletionModerationOutputType0Type2, \
        ChatCompletionModerationResults
    from ..models.chat_completion_moderation_error import ChatCompletionModerationError
    from ..models.chat_completion_moderation_input_type_0_type_2 import (
        ChatCompletionModerationInputType0Type2,
    )
    from ..models.chat_completion_moderation_output_type_0_type_2 import (
        ChatCompletionModerationOutputType0Type2,
    )
    from ..models.chat_completion_moderation_results import ChatCompletionModerationResults

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global \
        _ready_7, \
        ChatCompletionModerationError, \
        ChatCompletionModerationInputType0Type2, \
        ChatCompletionModerationResults
    from ..models.chat_completion_moderation_error import ChatCompletionModerationError
    from ..models.chat_completion_moderation_input_type_0_type_2 import (
        ChatCompletionModerationInputType0Type2,
    )
    from ..models.chat_completion_moderation_results import ChatCompletionModerationResults

    _ready_7 = True


_ready_8 = False


def _prepare_8() -> None:
    global \
        _ready_8, \
        ChatCompletionModerationError, \
        ChatCompletionModerationOutputType0Type2, \
        ChatCompletionModerationResults
    from ..models.chat_completion_moderation_error import ChatCompletionModerationError
    from ..models.chat_completion_moderation_output_type_0_type_2 import (
        ChatCompletionModerationOutputType0Type2,
    )
    from ..models.chat_completion_moderation_results import ChatCompletionModerationResults

    _ready_8 = True
