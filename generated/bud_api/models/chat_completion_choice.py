from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_logprobs import ChatCompletionLogprobs
    from ..models.chat_completion_response_message import ChatCompletionResponseMessage
T = TypeVar("T", bound="ChatCompletionChoice")


@_attrs_define
class ChatCompletionChoice:
    """
    Attributes:
        finish_reason (str | Unset):
        index (int | Unset):
        message (ChatCompletionResponseMessage | None | Unset):
        logprobs (ChatCompletionLogprobs | None | Unset):
    """

    __repr__ = model_repr
    finish_reason: str | Unset = UNSET
    index: int | Unset = UNSET
    message: ChatCompletionResponseMessage | None | Unset = UNSET
    logprobs: ChatCompletionLogprobs | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        finish_reason = self.finish_reason
        index = self.index
        message: dict[str, Any] | None | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        elif isinstance(self.message, ChatCompletionResponseMessage):
            message = self.message.to_dict()
        else:
            message = self.message
        logprobs: dict[str, Any] | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        elif isinstance(self.logprobs, ChatCompletionLogprobs):
            logprobs = self.logprobs.to_dict()
        else:
            logprobs = self.logprobs
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if index is not UNSET:
            field_dict["index"] = index
        if message is not UNSET:
            field_dict["message"] = message
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        finish_reason = d.pop("finish_reason", UNSET)
        index = d.pop("index", UNSET)

        def _parse_message(data: object) -> ChatCompletionResponseMessage | None | Unset:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                message_type_0 = ChatCompletionResponseMessage.from_dict(data)
                return message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        message = _parse_message(d.pop("message", UNSET))

        def _parse_logprobs(data: object) -> ChatCompletionLogprobs | None | Unset:
            if not _ready_8:
                _prepare_8()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logprobs_type_0 = ChatCompletionLogprobs.from_dict(data)
                return logprobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        logprobs = _parse_logprobs(d.pop("logprobs", UNSET))
        chat_completion_choice = cls(
            finish_reason=finish_reason, index=index, message=message, logprobs=logprobs
        )
        chat_completion_choice.additional_properties = d
        return chat_completion_choice

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
    global _ready_0, ChatCompletionLogprobs, ChatCompletionResponseMessage
    from ..models.chat_completion_logprobs import ChatCompletionLogprobs
    from ..models.chat_completion_response_message import ChatCompletionResponseMessage

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, ChatCompletionResponseMessage
    from ..models.chat_completion_response_message import ChatCompletionResponseMessage

    _ready_7 = True


_ready_8 = False


def _prepare_8() -> None:
    global _ready_8, ChatCompletionLogprobs
    from ..models.chat_completion_logprobs import ChatCompletionLogprobs

    _ready_8 = True
