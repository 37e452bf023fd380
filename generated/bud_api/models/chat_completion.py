from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_choice import ChatCompletionChoice
    from ..models.chat_completion_moderation import ChatCompletionModeration
    from ..models.completion_usage import CompletionUsage
    from ..models.metadata_type_0 import MetadataType0
T = TypeVar("T", bound="ChatCompletion")


@_attrs_define
class ChatCompletion:
    """
    Attributes:
        id (str | Unset):
        choices (list[ChatCompletionChoice] | None | Unset):
        created (int | Unset):
        model (str | Unset):
        metadata (MetadataType0 | None | Unset):
        service_tier (None | str | Unset):
        system_fingerprint (str | Unset):
        object (str | Unset):
        usage (CompletionUsage | None | Unset):
        moderation (ChatCompletionModeration | None | Unset):
        episode_id (str | Unset): Bud gateway: the episode this inference belongs to.
    """

    __repr__ = model_repr
    id: str | Unset = UNSET
    choices: list[ChatCompletionChoice] | None | Unset = UNSET
    created: int | Unset = UNSET
    model: str | Unset = UNSET
    metadata: MetadataType0 | None | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    system_fingerprint: str | Unset = UNSET
    object: str | Unset = UNSET
    usage: CompletionUsage | None | Unset = UNSET
    moderation: ChatCompletionModeration | None | Unset = UNSET
    episode_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        id = self.id
        choices: list[dict[str, Any]] | None | Unset
        if isinstance(self.choices, Unset):
            choices = UNSET
        elif isinstance(self.choices, list):
            choices = []
            for choices_type_0_item_data in self.choices:
                choices_type_0_item = choices_type_0_item_data.to_dict()
                choices.append(choices_type_0_item)
        else:
            choices = self.choices
        created = self.created
        model = self.model
        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata
        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier
        system_fingerprint = self.system_fingerprint
        object_ = self.object
        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, CompletionUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage
        moderation: dict[str, Any] | None | Unset
        if isinstance(self.moderation, Unset):
            moderation = UNSET
        elif isinstance(self.moderation, ChatCompletionModeration):
            moderation = self.moderation.to_dict()
        else:
            moderation = self.moderation
        episode_id = self.episode_id
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if choices is not UNSET:
            field_dict["choices"] = choices
        if created is not UNSET:
            field_dict["created"] = created
        if model is not UNSET:
            field_dict["model"] = model
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if system_fingerprint is not UNSET:
            field_dict["system_fingerprint"] = system_fingerprint
        if object_ is not UNSET:
            field_dict["object"] = object_
        if usage is not UNSET:
            field_dict["usage"] = usage
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if episode_id is not UNSET:
            field_dict["episode_id"] = episode_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_choices(data: object) -> list[ChatCompletionChoice] | None | Unset:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                choices_type_0 = []
                _choices_type_0 = data
                for choices_type_0_item_data in _choices_type_0:
                    choices_type_0_item = ChatCompletionChoice.from_dict(choices_type_0_item_data)
                    choices_type_0.append(choices_type_0_item)
                return choices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        choices = _parse_choices(d.pop("choices", UNSET))
        created = d.pop("created", UNSET)
        model = d.pop("model", UNSET)

        def _parse_metadata(data: object) -> MetadataType0 | None | Unset:
            if not _ready_8:
                _prepare_8()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_metadata_type_0 = MetadataType0.from_dict(data)
                return componentsschemas_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_service_tier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        service_tier = _parse_service_tier(d.pop("service_tier", UNSET))
        system_fingerprint = d.pop("system_fingerprint", UNSET)
        object_ = d.pop("object", UNSET)

        def _parse_usage(data: object) -> CompletionUsage | None | Unset:
            if not _ready_10:
                _prepare_10()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = CompletionUsage.from_dict(data)
                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        usage = _parse_usage(d.pop("usage", UNSET))

        def _parse_moderation(data: object) -> ChatCompletionModeration | None | Unset:
            if not _ready_11:
                _prepare_11()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                moderation_type_0 = ChatCompletionModeration.from_dict(data)
                return moderation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        moderation = _parse_moderation(d.pop("moderation", UNSET))
        episode_id = d.pop("episode_id", UNSET)
        chat_completion = cls(
            id=id,
            choices=choices,
            created=created,
            model=model,
            metadata=metadata,
            service_tier=service_tier,
            system_fingerprint=system_fingerprint,
            object=object_,
            usage=usage,
            moderation=moderation,
            episode_id=episode_id,
        )
        chat_completion.additional_properties = d
        return chat_completion

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
    global _ready_0, ChatCompletionModeration, CompletionUsage, MetadataType0
    from ..models.chat_completion_moderation import ChatCompletionModeration
    from ..models.completion_usage import CompletionUsage
    from ..models.metadata_type_0 import MetadataType0

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, ChatCompletionChoice
    from ..models.chat_completion_choice import ChatCompletionChoice

    _ready_7 = True


_ready_8 = False


def _prepare_8() -> None:
    global _ready_8, MetadataType0
    from ..models.metadata_type_0 import MetadataType0

    _ready_8 = True


_ready_10 = False


def _prepare_10() -> None:
    global _ready_10, CompletionUsage
    from ..models.completion_usage import CompletionUsage

    _ready_10 = True


_ready_11 = False


def _prepare_11() -> None:
    global _ready_11, ChatCompletionModeration
    from ..models.chat_completion_moderation import ChatCompletionModeration

    _ready_11 = True
