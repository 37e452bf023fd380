from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.image_gen_action_enum import ImageGenActionEnum, check_image_gen_action_enum
from ..models.image_gen_tool_background import (
    ImageGenToolBackground,
    check_image_gen_tool_background,
)
from ..models.image_gen_tool_model_type_1 import (
    ImageGenToolModelType1,
    check_image_gen_tool_model_type_1,
)
from ..models.image_gen_tool_moderation import (
    ImageGenToolModeration,
    check_image_gen_tool_moderation,
)
from ..models.image_gen_tool_output_format import (
    ImageGenToolOutputFormat,
    check_image_gen_tool_output_format,
)
from ..models.image_gen_tool_quality import ImageGenToolQuality, check_image_gen_tool_quality
from ..models.image_gen_tool_size_type_1 import (
    ImageGenToolSizeType1,
    check_image_gen_tool_size_type_1,
)
from ..models.image_gen_tool_type import ImageGenToolType, check_image_gen_tool_type
from ..models.input_fidelity import InputFidelity, check_input_fidelity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_gen_tool_input_image_mask_type_0 import ImageGenToolInputImageMaskType0
T = TypeVar("T", bound="ImageGenTool")


@_attrs_define
class ImageGenTool:
    """
    Attributes:
        type (ImageGenToolType):
        model (ImageGenToolModelType1 | None | str | Unset):
        quality (ImageGenToolQuality | Unset):  Default: 'auto'.
        size (ImageGenToolSizeType1 | None | str | Unset):  Default: 'auto'.
        output_format (ImageGenToolOutputFormat | Unset):  Default: 'png'.
        output_compression (int | Unset):  Default: 100.
        moderation (ImageGenToolModeration | Unset):  Default: 'auto'.
        background (ImageGenToolBackground | Unset):  Default: 'auto'.
        input_fidelity (InputFidelity | None | Unset):
        input_image_mask (ImageGenToolInputImageMaskType0 | None | Unset):
        partial_images (int | Unset):  Default: 0.
        action (ImageGenActionEnum | None | Unset):
    """

    __repr__ = model_repr
    type: ImageGenToolType
    model: ImageGenToolModelType1 | None | str | Unset = UNSET
    quality: ImageGenToolQuality | Unset = "auto"
    size: ImageGenToolSizeType1 | None | str | Unset = "auto"
    output_format: ImageGenToolOutputFormat | Unset = "png"
    output_compression: int | Unset = 100
    moderation: ImageGenToolModeration | Unset = "auto"
    background: ImageGenToolBackground | Unset = "auto"
    input_fidelity: InputFidelity | None | Unset = UNSET
    input_image_mask: ImageGenToolInputImageMaskType0 | None | Unset = UNSET
    partial_images: int | Unset = 0
    action: ImageGenActionEnum | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, str):
            model = self.model
        else:
            model = self.model
        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality
        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        elif isinstance(self.size, str):
            size = self.size
        else:
            size = self.size
        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format
        output_compression = self.output_compression
        moderation: str | Unset = UNSET
        if not isinstance(self.moderation, Unset):
            moderation = self.moderation
        background: str | Unset = UNSET
        if not isinstance(self.background, Unset):
            background = self.background
        input_fidelity: None | str | Unset
        if isinstance(self.input_fidelity, Unset):
            input_fidelity = UNSET
        elif isinstance(self.input_fidelity, str):
            input_fidelity = self.input_fidelity
        else:
            input_fidelity = self.input_fidelity
        input_image_mask: dict[str, Any] | None | Unset
        if isinstance(self.input_image_mask, Unset):
            input_image_mask = UNSET
        elif isinstance(self.input_image_mask, ImageGenToolInputImageMaskType0):
            input_image_mask = self.input_image_mask.to_dict()
        else:
            input_image_mask = self.input_image_mask
        partial_images = self.partial_images
        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, str):
            action = self.action
        else:
            action = self.action
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if model is not UNSET:
            field_dict["model"] = model
        if quality is not UNSET:
            field_dict["quality"] = quality
        if size is not UNSET:
            field_dict["size"] = size
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if output_compression is not UNSET:
            field_dict["output_compression"] = output_compression
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if background is not UNSET:
            field_dict["background"] = background
        if input_fidelity is not UNSET:
            field_dict["input_fidelity"] = input_fidelity
        if input_image_mask is not UNSET:
            field_dict["input_image_mask"] = input_image_mask
        if partial_images is not UNSET:
            field_dict["partial_images"] = partial_images
        if action is not UNSET:
            field_dict["action"] = action
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_image_gen_tool_type(d.pop("type"))

        def _parse_model(data: object) -> ImageGenToolModelType1 | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_type_1 = check_image_gen_tool_model_type_1(data)
                return model_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        model = _parse_model(d.pop("model", UNSET))
        _quality = d.pop("quality", UNSET)
        quality: ImageGenToolQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_image_gen_tool_quality(_quality)

        def _parse_size(data: object) -> ImageGenToolSizeType1 | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                size_type_1 = check_image_gen_tool_size_type_1(data)
                return size_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        size = _parse_size(d.pop("size", UNSET))
        _output_format = d.pop("output_format", UNSET)
        output_format: ImageGenToolOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_image_gen_tool_output_format(_output_format)
        output_compression = d.pop("output_compression", UNSET)
        _moderation = d.pop("moderation", UNSET)
        moderation: ImageGenToolModeration | Unset
        if isinstance(_moderation, Unset):
            moderation = UNSET
        else:
            moderation = check_image_gen_tool_moderation(_moderation)
        _background = d.pop("background", UNSET)
        background: ImageGenToolBackground | Unset
        if isinstance(_background, Unset):
            background = UNSET
        else:
            background = check_image_gen_tool_background(_background)

        def _parse_input_fidelity(data: object) -> InputFidelity | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                input_fidelity_type_0 = check_input_fidelity(data)
                return input_fidelity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        input_fidelity = _parse_input_fidelity(d.pop("input_fidelity", UNSET))

        def _parse_input_image_mask(data: object) -> ImageGenToolInputImageMaskType0 | None | Unset:
            if not _ready_10:
                _prepare_10()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_image_mask_type_0 = ImageGenToolInputImageMaskType0.from_dict(data)
                return input_image_mask_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        input_image_mask = _parse_input_image_mask(d.pop("input_image_mask", UNSET))
        partial_images = d.pop("partial_images", UNSET)

        def _parse_action(data: object) -> ImageGenActionEnum | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                action_type_0 = check_image_gen_action_enum(data)
                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        action = _parse_action(d.pop("action", UNSET))
        image_gen_tool = cls(
            type=type_,
            model=model,
            quality=quality,
            size=size,
            output_format=output_format,
            output_compression=output_compression,
            moderation=moderation,
            background=background,
            input_fidelity=input_fidelity,
            input_image_mask=input_image_mask,
            partial_images=partial_images,
            action=action,
        )
        image_gen_tool.additional_properties = d
        return image_gen_tool

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
    global _ready_0, ImageGenToolInputImageMaskType0
    from ..models.image_gen_tool_input_image_mask_type_0 import ImageGenToolInputImageMaskType0

    _ready_0 = True


_ready_10 = False


def _prepare_10() -> None:
    global _ready_10, ImageGenToolInputImageMaskType0
    from ..models.image_gen_tool_input_image_mask_type_0 import ImageGenToolInputImageMaskType0

    _ready_10 = True
