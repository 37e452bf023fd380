from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.computer_call_output_status import (
    ComputerCallOutputStatus,
    check_computer_call_output_status,
)
from ..models.computer_tool_call_output_resource_type import (
    ComputerToolCallOutputResourceType,
    check_computer_tool_call_output_resource_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam
    from ..models.computer_screenshot_image import ComputerScreenshotImage


T = TypeVar("T", bound="ComputerToolCallOutputResource")


@_attrs_define
class ComputerToolCallOutputResource:
    """
    Attributes:
        type (ComputerToolCallOutputResourceType):  Default: 'computer_call_output'.
        id (str | Unset):
        call_id (str | Unset):
        acknowledged_safety_checks (list[ComputerCallSafetyCheckParam] | Unset):
        output (ComputerScreenshotImage | Unset):
        status (ComputerCallOutputStatus | Unset):
        created_by (str | Unset):
    """

    type: ComputerToolCallOutputResourceType = "computer_call_output"
    id: str | Unset = UNSET
    call_id: str | Unset = UNSET
    acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | Unset = UNSET
    output: ComputerScreenshotImage | Unset = UNSET
    status: ComputerCallOutputStatus | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type

        id = self.id

        call_id = self.call_id

        acknowledged_safety_checks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.acknowledged_safety_checks, Unset):
            acknowledged_safety_checks = []
            for acknowledged_safety_checks_item_data in self.acknowledged_safety_checks:
                acknowledged_safety_checks_item = acknowledged_safety_checks_item_data.to_dict()
                acknowledged_safety_checks.append(acknowledged_safety_checks_item)

        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if acknowledged_safety_checks is not UNSET:
            field_dict["acknowledged_safety_checks"] = acknowledged_safety_checks
        if output is not UNSET:
            field_dict["output"] = output
        if status is not UNSET:
            field_dict["status"] = status
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam  # noqa: PLC0415
        from ..models.computer_screenshot_image import ComputerScreenshotImage  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_computer_tool_call_output_resource_type(d.pop("type"))

        id = d.pop("id", UNSET)

        call_id = d.pop("call_id", UNSET)

        _acknowledged_safety_checks = d.pop("acknowledged_safety_checks", UNSET)
        acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | Unset = UNSET
        if _acknowledged_safety_checks is not UNSET:
            acknowledged_safety_checks = []
            for acknowledged_safety_checks_item_data in _acknowledged_safety_checks:
                acknowledged_safety_checks_item = ComputerCallSafetyCheckParam.from_dict(
                    acknowledged_safety_checks_item_data
                )

                acknowledged_safety_checks.append(acknowledged_safety_checks_item)

        _output = d.pop("output", UNSET)
        output: ComputerScreenshotImage | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = ComputerScreenshotImage.from_dict(_output)

        _status = d.pop("status", UNSET)
        status: ComputerCallOutputStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_computer_call_output_status(_status)

        created_by = d.pop("created_by", UNSET)

        computer_tool_call_output_resource = cls(
            type=type_,
            id=id,
            call_id=call_id,
            acknowledged_safety_checks=acknowledged_safety_checks,
            output=output,
            status=status,
            created_by=created_by,
        )

        computer_tool_call_output_resource.additional_properties = d
        return computer_tool_call_output_resource

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
