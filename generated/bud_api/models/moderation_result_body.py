from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.moderation_result_body_type import (
    ModerationResultBodyType,
    check_moderation_result_body_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.moderation_result_body_categories_type_0 import (
        ModerationResultBodyCategoriesType0,
    )
    from ..models.moderation_result_body_category_applied_input_types_type_0 import (
        ModerationResultBodyCategoryAppliedInputTypesType0,
    )
    from ..models.moderation_result_body_category_scores_type_0 import (
        ModerationResultBodyCategoryScoresType0,
    )
T = TypeVar("T", bound="ModerationResultBody")


@_attrs_define
class ModerationResultBody:
    """
    Attributes:
        type (ModerationResultBodyType):  Default: 'moderation_result'.
        model (str | Unset):
        flagged (bool | Unset):
        categories (ModerationResultBodyCategoriesType0 | None | Unset):
        category_scores (ModerationResultBodyCategoryScoresType0 | None | Unset):
        category_applied_input_types (ModerationResultBodyCategoryAppliedInputTypesType0 | None | Unset):
    """

    __repr__ = model_repr
    type: ModerationResultBodyType = "moderation_result"
    model: str | Unset = UNSET
    flagged: bool | Unset = UNSET
    categories: ModerationResultBodyCategoriesType0 | None | Unset = UNSET
    category_scores: ModerationResultBodyCategoryScoresType0 | None | Unset = UNSET
    category_applied_input_types: (
        ModerationResultBodyCategoryAppliedInputTypesType0 | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        model = self.model
        flagged = self.flagged
        categories: dict[str, Any] | None | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, ModerationResultBodyCategoriesType0):
            categories = self.categories.to_dict()
        else:
            categories = self.categories
        category_scores: dict[str, Any] | None | Unset
        if isinstance(self.category_scores, Unset):
            category_scores = UNSET
        elif isinstance(self.category_scores, ModerationResultBodyCategoryScoresType0):
            category_scores = self.category_scores.to_dict()
        else:
            category_scores = self.category_scores
        category_applied_input_types: dict[str, Any] | None | Unset
        if isinstance(self.category_applied_input_types, Unset):
            category_applied_input_types = UNSET
        elif isinstance(
            self.category_applied_input_types, ModerationResultBodyCategoryAppliedInputTypesType0
        ):
            category_applied_input_types = self.category_applied_input_types.to_dict()
        else:
            category_applied_input_types = self.category_applied_input_types
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
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
        d = dict(src_dict)
        type_ = check_moderation_result_body_type(d.pop("type"))
        model = d.pop("model", UNSET)
        flagged = d.pop("flagged", UNSET)

        def _parse_categories(data: object) -> ModerationResultBodyCategoriesType0 | None | Unset:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                categories_type_0 = ModerationResultBodyCategoriesType0.from_dict(data)
                return categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        categories = _parse_categories(d.pop("categories", UNSET))

        def _parse_category_scores(
            data: object,
        ) -> ModerationResultBodyCategoryScoresType0 | None | Unset:
            if not _ready_8:
                _prepare_8()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                category_scores_type_0 = ModerationResultBodyCategoryScoresType0.from_dict(data)
                return category_scores_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        category_scores = _parse_category_scores(d.pop("category_scores", UNSET))

        def _parse_category_applied_input_types(
            data: object,
        ) -> ModerationResultBodyCategoryAppliedInputTypesType0 | None | Unset:
            if not _ready_9:
                _prepare_9()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                category_applied_input_types_type_0 = (
                    ModerationResultBodyCategoryAppliedInputTypesType0.from_dict(data)
                )
                return category_applied_input_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        category_applied_input_types = _parse_category_applied_input_types(
            d.pop("category_applied_input_types", UNSET)
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


_ready_0 = False


def _prepare_0() -> None:
    global \
        _ready_0, \
        ModerationResultBodyCategoriesType0, \
        ModerationResultBodyCategoryAppliedInputTypesType0, \
        ModerationResultBodyCategoryScoresType0
    from ..models.moderation_result_body_categories_type_0 import (
        ModerationResultBodyCategoriesType0,
    )
    from ..models.moderation_result_body_category_applied_input_types_type_0 import (
        ModerationResultBodyCategoryAppliedInputTypesType0,
    )
    from ..models.moderation_result_body_category_scores_type_0 import (
        ModerationResultBodyCategoryScoresType0,
    )

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, ModerationResultBodyCategoriesType0
    from ..models.moderation_result_body_categories_type_0 import (
        ModerationResultBodyCategoriesType0,
    )

    _ready_7 = True


_ready_8 = False


def _prepare_8() -> None:
    global _ready_8, ModerationResultBodyCategoryScoresType0
    from ..models.moderation_result_body_category_scores_type_0 import (
        ModerationResultBodyCategoryScoresType0,
    )

    _ready_8 = True


_ready_9 = False


def _prepare_9() -> None:
    global _ready_9, ModerationResultBodyCategoryAppliedInputTypesType0
    from ..models.moderation_result_body_category_applied_input_types_type_0 import (
        ModerationResultBodyCategoryAppliedInputTypesType0,
    )

    _ready_9 = True
