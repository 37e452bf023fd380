from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.moderation_result_body_type import (
    ModerationResultBodyType,
    check_moderation_result_body_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.moderation_result_body_categories import ModerationResultBodyCategories
    from ..models.moderation_result_body_category_applied_input_types import (
        ModerationResultBodyCategoryAppliedInputTypes,
    )
    from ..models.moderation_result_body_category_scores import ModerationResultBodyCategoryScores


T = TypeVar("T", bound="ModerationResultBody")


@_attrs_define
class ModerationResultBody:
    """
    Attributes:
        type (ModerationResultBodyType):  Default: 'moderation_result'.
        model (str | Unset):
        flagged (bool | Unset):
        categories (ModerationResultBodyCategories | Unset):
        category_scores (ModerationResultBodyCategoryScores | Unset):
        category_applied_input_types (ModerationResultBodyCategoryAppliedInputTypes | Unset):
    """

    type: ModerationResultBodyType = "moderation_result"
    model: str | Unset = UNSET
    flagged: bool | Unset = UNSET
    categories: ModerationResultBodyCategories | Unset = UNSET
    category_scores: ModerationResultBodyCategoryScores | Unset = UNSET
    category_applied_input_types: ModerationResultBodyCategoryAppliedInputTypes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type

        model = self.model

        flagged = self.flagged

        categories: dict[str, Any] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories.to_dict()

        category_scores: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category_scores, Unset):
            category_scores = self.category_scores.to_dict()

        category_applied_input_types: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category_applied_input_types, Unset):
            category_applied_input_types = self.category_applied_input_types.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if flagged is not UNSET:
            field_dict["flagged"] = flagged
        if categories is not UNSET:
            field_dict["categories"] = categories
        if category_scores is not UNSET:
            field_dict["category_scores"] = category_scores
        if category_applied_input_types is not UNSET:
            field_dict["category_applied_input_types"] = category_applied_input_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.moderation_result_body_categories import ModerationResultBodyCategories  # noqa: PLC0415
        from ..models.moderation_result_body_category_applied_input_types import (
            ModerationResultBodyCategoryAppliedInputTypes,  # noqa: PLC0415
        )
        from ..models.moderation_result_body_category_scores import (
            ModerationResultBodyCategoryScores,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = check_moderation_result_body_type(d.pop("type"))

        model = d.pop("model", UNSET)

        flagged = d.pop("flagged", UNSET)

        _categories = d.pop("categories", UNSET)
        categories: ModerationResultBodyCategories | Unset
        if isinstance(_categories, Unset):
            categories = UNSET
        else:
            categories = ModerationResultBodyCategories.from_dict(_categories)

        _category_scores = d.pop("category_scores", UNSET)
        category_scores: ModerationResultBodyCategoryScores | Unset
        if isinstance(_category_scores, Unset):
            category_scores = UNSET
        else:
            category_scores = ModerationResultBodyCategoryScores.from_dict(_category_scores)

        _category_applied_input_types = d.pop("category_applied_input_types", UNSET)
        category_applied_input_types: ModerationResultBodyCategoryAppliedInputTypes | Unset
        if isinstance(_category_applied_input_types, Unset):
            category_applied_input_types = UNSET
        else:
            category_applied_input_types = ModerationResultBodyCategoryAppliedInputTypes.from_dict(
                _category_applied_input_types
            )

        moderation_result_body = cls(
            type=type_,
            model=model,
            flagged=flagged,
            categories=categories,
            category_scores=category_scores,
            category_applied_input_types=category_applied_input_types,
        )

        moderation_result_body.additional_properties = d
        return moderation_result_body

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
