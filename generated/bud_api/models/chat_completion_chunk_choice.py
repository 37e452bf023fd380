from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_logprobs import ChatCompletionLogprobs
    from ..models.chat_completion_stream_response_delta import ChatCompletionStreamResponseDelta
T = TypeVar("T", bound="ChatCompletionChunkChoice")


@_attrs_define
class ChatCompletionChunkChoice:
    """
    Attributes:
        delta (ChatCompletionStreamResponseDelta | None | Unset):
        logprobs (ChatCompletionLogprobs | None | Unset):
        finish_reason (None | str | Unset):
        index (int | Unset):
    """

    __repr__ = model_repr
    delta: ChatCompletionStreamResponseDelta | None | Unset = UNSET
    logprobs: ChatCompletionLogprobs | None | Unset = UNSET
    finish_reason: None | str | Unset = UNSET
    index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        delta: dict[str, Any] | None | Unset
        if isinstance(self.delta, Unset):
            delta = UNSET
        elif isinstance(self.delta, ChatCompletionStreamResponseDelta):
            delta = self.delta.to_dict()
        else:
            delta = self.delta
        logprobs: dict[str, Any] | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        elif isinstance(self.logprobs, ChatCompletionLogprobs):
            logprobs = self.logprobs.to_dict()
        else:
            logprobs = self.logprobs
        finish_reason: None | str | Unset
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        else:
            finish_reason = self.finish_reason
        index = self.index
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delta is not UNSET:
            field_dict["delta"] = delta
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if index is not UNSET:
            field_dict["index"] = index
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_delta(data: object) -> ChatCompletionStreamResponseDelta | None | Unset:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delta_type_0 = ChatCompletionStreamResponseDelta.from_dict(data)
                return delta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        delta = _parse_delta(d.pop("delta", UNSET))

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

        def _parse_finish_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        finish_reason = _parse_finish_reason(d.pop("finish_reason", UNSET))
        index = d.pop("index", UNSET)
        chat_completion_chunk_choice = cls(
            delta=delta, logprobs=logprobs, finish_reason=finish_reason, index=index
        )
        chat_completion_chunk_choice.additional_properties = d
        return chat_completion_chunk_choice

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
    global _ready_0, ChatCompletionLogprobs, ChatCompletionStreamResponseDelta
    from ..models.chat_completion_logprobs import ChatCompletionLogprobs
    from ..models.chat_completion_stream_response_delta import ChatCompletionStreamResponseDelta

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, ChatCompletionStreamResponseDelta
    from ..models.chat_completion_stream_response_delta import ChatCompletionStreamResponseDelta

    _ready_7 = True


_ready_8 = False


def _prepare_8() -> None:
    global _ready_8, ChatCompletionLogprobs
    from ..models.chat_completion_logprobs import ChatCompletionLogprobs

    _ready_8 = True
