from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.file_detail_enum import FileDetailEnum, check_file_detail_enum
from ..models.input_file_content_param_type import (
    InputFileContentParamType,
    check_input_file_content_param_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParam
T = TypeVar("T", bound="InputFileContentParam")


@_attrs_define
class InputFileContentParam:
    """
    Attributes:
        type (InputFileContentParamType):  Default: 'input_file'.
        file_id (None | str | Unset):
        filename (None | str | Unset):
        file_data (None | str | Unset):
        file_url (None | str | Unset):
        detail (FileDetailEnum | None | Unset):
        prompt_cache_breakpoint (None | PromptCacheBreakpointParam | Unset):
    """

    __repr__ = model_repr
    type: InputFileContentParamType = "input_file"
    file_id: None | str | Unset = UNSET
    filename: None | str | Unset = UNSET
    file_data: None | str | Unset = UNSET
    file_url: None | str | Unset = UNSET
    detail: FileDetailEnum | None | Unset = UNSET
    prompt_cache_breakpoint: None | PromptCacheBreakpointParam | Unset = UNSET
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
        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename
        file_data: None | str | Unset
        if isinstance(self.file_data, Unset):
            file_data = UNSET
        else:
            file_data = self.file_data
        file_url: None | str | Unset
        if isinstance(self.file_url, Unset):
            file_url = UNSET
        else:
            file_url = self.file_url
        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        elif isinstance(self.detail, str):
            detail = self.detail
        else:
            detail = self.detail
        prompt_cache_breakpoint: dict[str, Any] | None | Unset
        if isinstance(self.prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        elif isinstance(self.prompt_cache_breakpoint, PromptCacheBreakpointParam):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()
        else:
            prompt_cache_breakpoint = self.prompt_cache_breakpoint
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if filename is not UNSET:
            field_dict["filename"] = filename
        if file_data is not UNSET:
            field_dict["file_data"] = file_data
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if detail is not UNSET:
            field_dict["detail"] = detail
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_input_file_content_param_type(d.pop("type"))

        def _parse_file_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        file_id = _parse_file_id(d.pop("file_id", UNSET))

        def _parse_filename(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        filename = _parse_filename(d.pop("filename", UNSET))

        def _parse_file_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        file_data = _parse_file_data(d.pop("file_data", UNSET))

        def _parse_file_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        file_url = _parse_file_url(d.pop("file_url", UNSET))

        def _parse_detail(data: object) -> FileDetailEnum | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                detail_type_0 = check_file_detail_enum(data)
                return detail_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        detail = _parse_detail(d.pop("detail", UNSET))

        def _parse_prompt_cache_breakpoint(
            data: object,
        ) -> None | PromptCacheBreakpointParam | Unset:
            if not _ready_12:
                _prepare_12()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_cache_breakpoint_type_0 = PromptCacheBreakpointParam.from_dict(data)
                return prompt_cache_breakpoint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        prompt_cache_breakpoint = _parse_prompt_cache_breakpoint(
            d.pop("prompt_cache_breakpoint", UNSET)
        )
        input_file_content_param = cls(
            type=type_,
            file_id=file_id,
            filename=filename,
            file_data=file_data,
            file_url=file_url,
            detail=detail,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )
        input_file_content_param.additional_properties = d
        return input_file_content_param

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
    global _ready_0, PromptCacheBreakpointParam
    from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParam

    _ready_0 = True


_ready_12 = False


def _prepare_12() -> None:
    global _ready_12, PromptCacheBreakpointParam
    from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParam

    _ready_12 = True
