from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.file_search_tool_call_status import (
    FileSearchToolCallStatus,
    check_file_search_tool_call_status,
)
from ..models.file_search_tool_call_type import (
    FileSearchToolCallType,
    check_file_search_tool_call_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_search_tool_call_results_type_0_item import (
        FileSearchToolCallResultsType0Item,
    )
T = TypeVar("T", bound="FileSearchToolCall")


@_attrs_define
class FileSearchToolCall:
    """
    Attributes:
        type (FileSearchToolCallType):
        id (str | Unset):
        status (FileSearchToolCallStatus | Unset):
        queries (list[str] | None | Unset):
        results (list[FileSearchToolCallResultsType0Item] | None | Unset):
    """

    __repr__ = model_repr
    type: FileSearchToolCallType
    id: str | Unset = UNSET
    status: FileSearchToolCallStatus | Unset = UNSET
    queries: list[str] | None | Unset = UNSET
    results: list[FileSearchToolCallResultsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        id = self.id
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status
        queries: list[str] | None | Unset
        if isinstance(self.queries, Unset):
            queries = UNSET
        elif isinstance(self.queries, list):
            queries = self.queries
        else:
            queries = self.queries
        results: list[dict[str, Any]] | None | Unset
        if isinstance(self.results, Unset):
            results = UNSET
        elif isinstance(self.results, list):
            results = []
            for results_type_0_item_data in self.results:
                results_type_0_item = results_type_0_item_data.to_dict()
                results.append(results_type_0_item)
        else:
            results = self.results
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if queries is not UNSET:
            field_dict["queries"] = queries
        if results is not UNSET:
            field_dict["results"] = results
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_file_search_tool_call_type(d.pop("type"))
        id = d.pop("id", UNSET)
        _status = d.pop("status", UNSET)
        status: FileSearchToolCallStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_file_search_tool_call_status(_status)

        def _parse_queries(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                queries_type_0 = data
                return queries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        queries = _parse_queries(d.pop("queries", UNSET))

        def _parse_results(data: object) -> list[FileSearchToolCallResultsType0Item] | None | Unset:
            if not _ready_8:
                _prepare_8()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                results_type_0 = []
                _results_type_0 = data
                for results_type_0_item_data in _results_type_0:
                    results_type_0_item = FileSearchToolCallResultsType0Item.from_dict(
                        results_type_0_item_data
                    )
                    results_type_0.append(results_type_0_item)
                return results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        results = _parse_results(d.pop("results", UNSET))
        file_search_tool_call = cls(
            type=type_, id=id, status=status, queries=queries, results=results
        )
        file_search_tool_call.additional_properties = d
        return file_search_tool_call

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


_ready_8 = False


def _prepare_8() -> None:
    global _ready_8, FileSearchToolCallResultsType0Item
    from ..models.file_search_tool_call_results_type_0_item import (
        FileSearchToolCallResultsType0Item,
    )

    _ready_8 = True
