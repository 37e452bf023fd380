from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.moderation_error_body import ModerationErrorBody
    from ..models.moderation_input_type_2 import ModerationInputType2
    from ..models.moderation_output_type_2 import ModerationOutputType2
    from ..models.moderation_result_body import ModerationResultBody


T = TypeVar("T", bound="Moderation")


@_attrs_define
class Moderation:
    """
    Attributes:
        input (ModerationErrorBody | ModerationInputType2 | ModerationResultBody | Unset):
        output (ModerationErrorBody | ModerationOutputType2 | ModerationResultBody | Unset):
    """

    input: ModerationErrorBody | ModerationInputType2 | ModerationResultBody | Unset = UNSET
    output: ModerationErrorBody | ModerationOutputType2 | ModerationResultBody | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.moderation_error_body import ModerationErrorBody  # noqa: PLC0415
        from ..models.moderation_result_body import ModerationResultBody  # noqa: PLC0415

        input_: dict[str, Any] | Unset
        if isinstance(self.input, Unset):
            input_ = UNSET
        elif isinstance(self.input, ModerationResultBody):
            input_ = self.input.to_dict()
        elif isinstance(self.input, ModerationErrorBody):
            input_ = self.input.to_dict()
        else:
            input_ = self.input.to_dict()

        output: dict[str, Any] | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, ModerationResultBody):
            output = self.output.to_dict()
        elif isinstance(self.output, ModerationErrorBody):
            output = self.output.to_dict()
        else:
            output = self.output.to_dict()

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
        from ..models.moderation_error_body import ModerationErrorBody  # noqa: PLC0415
        from ..models.moderation_input_type_2 import ModerationInputType2  # noqa: PLC0415
        from ..models.moderation_output_type_2 import ModerationOutputType2  # noqa: PLC0415
        from ..models.moderation_result_body import ModerationResultBody  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_input_(
            data: object,
        ) -> ModerationErrorBody | ModerationInputType2 | ModerationResultBody | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_type_0 = ModerationResultBody.from_dict(data)

                return input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_type_1 = ModerationErrorBody.from_dict(data)

                return input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            input_type_2 = ModerationInputType2.from_dict(data)

            return input_type_2

        input_ = _parse_input_(d.pop("input", UNSET))

        def _parse_output(
            data: object,
        ) -> ModerationErrorBody | ModerationOutputType2 | ModerationResultBody | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_type_0 = ModerationResultBody.from_dict(data)

                return output_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_type_1 = ModerationErrorBody.from_dict(data)

                return output_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            output_type_2 = ModerationOutputType2.from_dict(data)

            return output_type_2

        output = _parse_output(d.pop("output", UNSET))

        moderation = cls(
            input=input_,
            output=output,
        )

        moderation.additional_properties = d
        return moderation

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
