from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.mcp_approval_request_type import (
    MCPApprovalRequestType,
    check_mcp_approval_request_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MCPApprovalRequest")


@_attrs_define
class MCPApprovalRequest:
    """
    Attributes:
        type (MCPApprovalRequestType):
        id (str | Unset):
        server_label (str | Unset):
        name (str | Unset):
        arguments (str | Unset):
    """

    __repr__ = model_repr
    type: MCPApprovalRequestType
    id: str | Unset = UNSET
    server_label: str | Unset = UNSET
    name: str | Unset = UNSET
    arguments: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        id = self.id
        server_label = self.server_label
        name = self.name
        arguments = self.arguments
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if id is not UNSET:
            field_dict["id"] = id
        if server_label is not UNSET:
            field_dict["server_label"] = server_label
        if name is not UNSET:
            field_dict["name"] = name
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_mcp_approval_request_type(d.pop("type"))
        id = d.pop("id", UNSET)
        server_label = d.pop("server_label", UNSET)
        name = d.pop("name", UNSET)
        arguments = d.pop("arguments", UNSET)
        mcp_approval_request = cls(
            type=type_, id=id, server_label=server_label, name=name, arguments=arguments
        )
        mcp_approval_request.additional_properties = d
        return mcp_approval_request

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
