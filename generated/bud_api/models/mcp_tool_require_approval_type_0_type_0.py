from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_tool_filter import MCPToolFilter
T = TypeVar("T", bound="MCPToolRequireApprovalType0Type0")


@_attrs_define
class MCPToolRequireApprovalType0Type0:
    """
    Attributes:
        always (MCPToolFilter | None | Unset):
        never (MCPToolFilter | None | Unset):
    """

    __repr__ = model_repr
    always: MCPToolFilter | None | Unset = UNSET
    never: MCPToolFilter | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        always: dict[str, Any] | None | Unset
        if isinstance(self.always, Unset):
            always = UNSET
        elif isinstance(self.always, MCPToolFilter):
            always = self.always.to_dict()
        else:
            always = self.always
        never: dict[str, Any] | None | Unset
        if isinstance(self.never, Unset):
            never = UNSET
        elif isinstance(self.never, MCPToolFilter):
            never = self.never.to_dict()
        else:
            never = self.never
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if always is not UNSET:
            field_dict["always"] = always
        if never is not UNSET:
            field_dict["never"] = never
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_always(data: object) -> MCPToolFilter | None | Unset:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                always_type_0 = MCPToolFilter.from_dict(data)
                return always_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        always = _parse_always(d.pop("always", UNSET))

        def _parse_never(data: object) -> MCPToolFilter | None | Unset:
            if not _ready_8:
                _prepare_8()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                never_type_0 = MCPToolFilter.from_dict(data)
                return never_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        never = _parse_never(d.pop("never", UNSET))
        mcp_tool_require_approval_type_0_type_0 = cls(always=always, never=never)
        mcp_tool_require_approval_type_0_type_0.additional_properties = d
        return mcp_tool_require_approval_type_0_type_0

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
    global _ready_0, MCPToolFilter
    from ..models.mcp_tool_filter import MCPToolFilter

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, MCPToolFilter
    from ..models.mcp_tool_filter import MCPToolFilter

    _ready_7 = True


_ready_8 = False


def _prepare_8() -> None:
    global _ready_8, MCPToolFilter
    from ..models.mcp_tool_filter import MCPToolFilter

    _ready_8 = True
