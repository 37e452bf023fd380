from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.output_text_content_type import OutputTextContentType, check_output_text_content_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation_type_4 import AnnotationType4
    from ..models.container_file_citation_body import ContainerFileCitationBody
    from ..models.file_citation_body import FileCitationBody
    from ..models.file_path import FilePath
    from ..models.log_prob import LogProb
    from ..models.url_citation_body import UrlCitationBody
T = TypeVar("T", bound="OutputTextContent")


@_attrs_define
class OutputTextContent:
    """
    Attributes:
        type (OutputTextContentType):  Default: 'output_text'.
        text (str | Unset):
        annotations (list[AnnotationType4 | ContainerFileCitationBody | FileCitationBody | FilePath | UrlCitationBody] |
            None | Unset):
        logprobs (list[LogProb] | None | Unset):
    """

    __repr__ = model_repr
    type: OutputTextContentType = "output_text"
    text: str | Unset = UNSET
    annotations: (
        list[
            AnnotationType4
            | ContainerFileCitationBody
            | FileCitationBody
            | FilePath
            | UrlCitationBody
        ]
        | None
        | Unset
    ) = UNSET
    logprobs: list[LogProb] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        text = self.text
        annotations: list[dict[str, Any]] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, list):
            annotations = []
            for annotations_type_0_item_data in self.annotations:
                annotations_type_0_item: dict[str, Any]
                if isinstance(annotations_type_0_item_data, FileCitationBody):
                    annotations_type_0_item = annotations_type_0_item_data.to_dict()
                elif isinstance(annotations_type_0_item_data, UrlCitationBody):
                    annotations_type_0_item = annotations_type_0_item_data.to_dict()
                elif isinstance(annotations_type_0_item_data, ContainerFileCitationBody):
                    annotations_type_0_item = annotations_type_0_item_data.to_dict()
                elif isinstance(annotations_type_0_item_data, FilePath):
                    annotations_type_0_item = annotations_type_0_item_data.to_dict()
                else:
                    annotations_type_0_item = annotations_type_0_item_data.to_dict()
                annotations.append(annotations_type_0_item)
        else:
            annotations = self.annotations
        logprobs: list[dict[str, Any]] | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        elif isinstance(self.logprobs, list):
            logprobs = []
            for logprobs_type_0_item_data in self.logprobs:
                logprobs_type_0_item = logprobs_type_0_item_data.to_dict()
                logprobs.append(logprobs_type_0_item)
        else:
            logprobs = self.logprobs
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if text is not UNSET:
            field_dict["text"] = text
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_output_text_content_type(d.pop("type"))
        text = d.pop("text", UNSET)

        def _parse_annotations(
            data: object,
        ) -> (
            list[
                AnnotationType4
                | ContainerFileCitationBody
                | FileCitationBody
                | FilePath
                | UrlCitationBody
            ]
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
                annotations_type_0 = []
                _annotations_type_0 = data
                for annotations_type_0_item_data in _annotations_type_0:

                    def _parse_annotations_type_0_item(
                        data: object,
                    ) -> (
                        AnnotationType4
                        | ContainerFileCitationBody
                        | FileCitationBody
                        | FilePath
                        | UrlCitationBody
                    ):
                        if not _ready_9:
                            _prepare_9()
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
                            componentsschemas_annotation_type_2 = (
                                ContainerFileCitationBody.from_dict(data)
                            )
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
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_annotation_type_4 = AnnotationType4.from_dict(data)
                        return componentsschemas_annotation_type_4

                    annotations_type_0_item = _parse_annotations_type_0_item(
                        annotations_type_0_item_data
                    )
                    annotations_type_0.append(annotations_type_0_item)
                return annotations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        annotations = _parse_annotations(d.pop("annotations", UNSET))

        def _parse_logprobs(data: object) -> list[LogProb] | None | Unset:
            if not _ready_8:
                _prepare_8()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                logprobs_type_0 = []
                _logprobs_type_0 = data
                for logprobs_type_0_item_data in _logprobs_type_0:
                    logprobs_type_0_item = LogProb.from_dict(logprobs_type_0_item_data)
                    logprobs_type_0.append(logprobs_type_0_item)
                return logprobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        logprobs = _parse_logprobs(d.pop("logprobs", UNSET))
        output_text_content = cls(type=type_, text=text, annotations=annotations, logprobs=logprobs)
        output_text_content.additional_properties = d
        return output_text_content

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
    global _ready_0, ContainerFileCitationBody, FileCitationBody, FilePath, UrlCitationBody
    from ..models.container_file_citation_body import ContainerFileCitationBody
    from ..models.file_citation_body import FileCitationBody
    from ..models.file_path import FilePath
    from ..models.url_citation_body import UrlCitationBody

    _ready_0 = True


_ready_8 = False


def _prepare_8() -> None:
    global _ready_8, LogProb
    from ..models.log_prob import LogProb

    _ready_8 = True


_ready_9 = False


def _prepare_9() -> None:
    global \
        _ready_9, \
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

    _ready_9 = True
