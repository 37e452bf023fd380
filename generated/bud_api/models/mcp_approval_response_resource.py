from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.mcp_approval_response_resource_type import (
    MCPApprovalResponseResourceType,
    check_mcp_approval_response_resource_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MCPApprovalResponseResource")


@_attrs_define
class MCPApprovalResponseResource:
    """
    Attributes:
        type (MCPApprovalResponseResourceType):
        id (str | Unset):
        approval_request_id (str | Unset):
        approve (bool | Unset):
        reason (None | str | Unset):
    """

    __repr__ = model_repr
    type: MCPApprovalResponseResourceType
    id: str | Unset = UNSET
    approval_request_id: str | Unset = UNSET
    approve: bool | Unset = UNSET
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type
        id = self.id
        approval_request_id = self.approval_request_id
        approve = self.approve
        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if id is not UNSET:
            field_dict["id"] = id
        if approval_request_id is not UNSET:
            field_dict["approval_request_id"] = approval_request_id
        if approve is not UNSET:
            field_dict["approve"] = approve
        if reason is not UNSET:
            field_dict["reason"] = reason
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_mcp_approval_response_resource_type(d.pop("type"))
        id = d.pop("id", UNSET)
        approval_request_id = d.pop("approval_request_id", UNSET)
        approve = d.pop("approve", UNSET)

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        reason = _parse_reason(d.pop("reason", UNSET))
        mcp_approval_response_resource = cls(
            type=type_,
            id=id,
            approval_request_id=approval_request_id,
            approve=approve,
            reason=reason,
        )
        mcp_approval_response_resource.additional_properties = d
        return mcp_approval_response_resource

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
