from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.file_input_detail import FileInputDetail, check_file_input_detail
from ..models.input_file_content_type import InputFileContentType, check_input_file_content_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfig
T = TypeVar("T", bound="InputFileContent")


@_attrs_define
class InputFileContent:
    """
    Attributes:
        type (InputFileContentType):  Default: 'input_file'.
        file_id (None | str | Unset):
        filename (str | Unset):
        file_data (str | Unset):
        prompt_cache_breakpoint (None | PromptCacheBreakpointConfig | Unset):
        file_url (str | Unset):
        detail (FileInputDetail | None | Unset):
    """

    __repr__ = model_repr
    type: InputFileContentType = "input_file"
    file_id: None | str | Unset = UNSET
    filename: str | Unset = UNSET
    file_data: str | Unset = UNSET
    prompt_cache_breakpoint: None | PromptCacheBreakpointConfig | Unset = UNSET
    file_url: str | Unset = UNSET
    detail: FileInputDetail | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id
        filename = self.filename
        file_data = self.file_data
        prompt_cache_breakpoint: dict[str, Any] | None | Unset
        if isinstance(self.prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        elif isinstance(self.prompt_cache_breakpoint, PromptCacheBreakpointConfig):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()
        else:
            prompt_cache_breakpoint = self.prompt_cache_breakpoint
        file_url = self.file_url
        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        elif isinstance(self.detail, str):
            detail = self.detail
        else:
            detail = self.detail
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if filename is not UNSET:
            field_dict["filename"] = filename
        if file_data is not UNSET:
            field_dict["file_data"] = file_data
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if detail is not UNSET:
            field_dict["detail"] = detail
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_input_file_content_type(d.pop("type"))

        def _parse_file_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        file_id = _parse_file_id(d.pop("file_id", UNSET))
        filename = d.pop("filename", UNSET)
        file_data = d.pop("file_data", UNSET)

        def _parse_prompt_cache_breakpoint(
            data: object,
        ) -> None | PromptCacheBreakpointConfig | Unset:
            if not _ready_8:
                _prepare_8()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_cache_breakpoint_type_0 = PromptCacheBreakpointConfig.from_dict(data)
                return prompt_cache_breakpoint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        prompt_cache_breakpoint = _parse_prompt_cache_breakpoint(
            d.pop("prompt_cache_breakpoint", UNSET)
        )
        file_url = d.pop("file_url", UNSET)

        def _parse_detail(data: object) -> FileInputDetail | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                detail_type_0 = check_file_input_detail(data)
                return detail_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        detail = _parse_detail(d.pop("detail", UNSET))
        input_file_content = cls(
            type=type_,
            file_id=file_id,
            filename=filename,
            file_data=file_data,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
            file_url=file_url,
            detail=detail,
        )
        input_file_content.additional_properties = d
        return input_file_content

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
    global _ready_0, PromptCacheBreakpointConfig
    from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfig

    _ready_0 = True


_ready_8 = False


def _prepare_8() -> None:
    global _ready_8, PromptCacheBreakpointConfig
    from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfig

    _ready_8 = True
