from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.response_output_text_annotation_added_event_type import (
    ResponseOutputTextAnnotationAddedEventType,
    check_response_output_text_annotation_added_event_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation_type_4 import AnnotationType4
    from ..models.container_file_citation_body import ContainerFileCitationBody
    from ..models.file_citation_body import FileCitationBody
    from ..models.file_path import FilePath
    from ..models.url_citation_body import UrlCitationBody
T = TypeVar("T", bound="ResponseOutputTextAnnotationAddedEvent")


@_attrs_define
class ResponseOutputTextAnnotationAddedEvent:
    """
    Attributes:
        type (ResponseOutputTextAnnotationAddedEventType):
        item_id (str | Unset):
        output_index (int | Unset):
        content_index (int | Unset):
        annotation_index (int | Unset):
        sequence_number (int | Unset):
        annotation (AnnotationType4 | ContainerFileCitationBody | FileCitationBody | FilePath | None | Unset |
            UrlCitationBody):
    """

    __repr__ = model_repr
    type: ResponseOutputTextAnnotationAddedEventType
    item_id: str | Unset = UNSET
    output_index: int | Unset = UNSET
    content_index: int | Unset = UNSET
    annotation_index: int | Unset = UNSET
    sequence_number: int | Unset = UNSET
    annotation: (
        AnnotationType4
        | ContainerFileCitationBody
        | FileCitationBody
        | FilePath
        | None
        | Unset
        | UrlCitationBody
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        item_id = self.item_id
        output_index = self.output_index
        content_index = self.content_index
        annotation_index = self.annotation_index
        sequence_number = self.sequence_number
        annotation: dict[str, Any] | None | Unset
        if isinstance(self.annotation, Unset):
            annotation = UNSET
        elif isinstance(self.annotation, FileCitationBody):
            annotation = self.annotation.to_dict()
        elif isinstance(self.annotation, UrlCitationBody):
            annotation = self.annotation.to_dict()
        elif isinstance(self.annotation, ContainerFileCitationBody):
            annotation = self.annotation.to_dict()
        elif isinstance(self.annotation, FilePath):
            annotation = self.annotation.to_dict()
        elif isinstance(self.annotation, AnnotationType4):
            annotation = self.annotation.to_dict()
        else:
            annotation = self.annotation
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if content_index is not UNSET:
            field_dict["content_index"] = content_index
        if annotation_index is not UNSET:
            field_dict["annotation_index"] = annotation_index
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if annotation is not UNSET:
            field_dict["annotation"] = annotation
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_response_output_text_annotation_added_event_type(d.pop("type"))
        item_id = d.pop("item_id", UNSET)
        output_index = d.pop("output_index", UNSET)
        content_index = d.pop("content_index", UNSET)
        annotation_index = d.pop("annotation_index", UNSET)
        sequence_number = d.pop("sequence_number", UNSET)

        def _parse_annotation(
            data: object,
        ) -> (
            AnnotationType4
            | ContainerFileCitationBody
            | FileCitationBody
            | FilePath
            | None
            | Unset
            | UrlCitationBody
        ):
            if not _ready_7:
                _prepare_7()
            if type(data) is dict:
                _tag = data.get("type")
                if _tag == "container_file_citation":
                    try:
                        return ContainerFileCitationBody.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "file_citation":
                    try:
                        return FileCitationBody.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "file_path":
                    try:
                        return FilePath.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "url_citation":
                    try:
                        return UrlCitationBody.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_annotation_type_0 = FileCitationBody.from_dict(data)
                return componentsschemas_annotation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_annotation_type_1 = UrlCitationBody.from_dict(data)
                return componentsschemas_annotation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_annotation_type_2 = ContainerFileCitationBody.from_dict(data)
                return componentsschemas_annotation_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_annotation_type_3 = FilePath.from_dict(data)
                return componentsschemas_annotation_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_annotation_type_4 = AnnotationType4.from_dict(data)
                return componentsschemas_annotation_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        annotation = _parse_annotation(d.pop("annotation", UNSET))
        response_output_text_annotation_added_event = cls(
            type=type_,
            item_id=item_id,
            output_index=output_index,
            content_index=content_index,
            annotation_index=annotation_index,
            sequence_number=sequence_number,
            annotation=annotation,
        )
        response_output_text_annotation_added_event.additional_properties = d
        return response_output_text_annotation_added_event

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
        AnnotationType4, \
        ContainerFileCitationBody, \
        FileCitationBody, \
        FilePath, \
        UrlCitationBody
    from ..models.annotation_type_4 import AnnotationType4
    from ..models.container_file_citation_body import ContainerFileCitationBody
    from ..models.file_citation_body import FileCitationBody
    from ..models.file_path import FilePath
    from ..models.url_citation_body import UrlCitationBody

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global \
        _ready_7, \
        AnnotationType4, \
        ContainerFileCitationBody, \
        FileCitationBody, \
        FilePath, \
        UrlCitationBody
    from ..models.annotation_type_4 import AnnotationType4
    from ..models.container_file_citation_body import ContainerFileCitationBody
    from ..models.file_citation_body import FileCitationBody
    from ..models.file_path import FilePath
    from ..models.url_citation_body import UrlCitationBody

    _ready_7 = True
