from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
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
        acknowledged_safety_checks (list[ComputerCallSafetyCheckParam] | None | Unset):
        output (ComputerScreenshotImage | None | Unset):
        status (ComputerCallOutputStatus | None | Unset):
        created_by (str | Unset):
    """

    __repr__ = model_repr
    type: ComputerToolCallOutputResourceType = "computer_call_output"
    id: str | Unset = UNSET
    call_id: str | Unset = UNSET
    acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | None | Unset = UNSET
    output: ComputerScreenshotImage | None | Unset = UNSET
    status: ComputerCallOutputStatus | None | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        id = self.id
        call_id = self.call_id
        acknowledged_safety_checks: list[dict[str, Any]] | None | Unset
        if isinstance(self.acknowledged_safety_checks, Unset):
            acknowledged_safety_checks = UNSET
        elif isinstance(self.acknowledged_safety_checks, list):
            acknowledged_safety_checks = []
            for acknowledged_safety_checks_type_0_item_data in self.acknowledged_safety_checks:
                acknowledged_safety_checks_type_0_item = (
                    acknowledged_safety_checks_type_0_item_data.to_dict()
                )
                acknowledged_safety_checks.append(acknowledged_safety_checks_type_0_item)
        else:
            acknowledged_safety_checks = self.acknowledged_safety_checks
        output: dict[str, Any] | None | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, ComputerScreenshotImage):
            output = self.output.to_dict()
        else:
            output = self.output
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status
        created_by = self.created_by
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
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
        d = dict(src_dict)
        type_ = check_computer_tool_call_output_resource_type(d.pop("type"))
        id = d.pop("id", UNSET)
        call_id = d.pop("call_id", UNSET)

        def _parse_acknowledged_safety_checks(
            data: object,
        ) -> list[ComputerCallSafetyCheckParam] | None | Unset:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                acknowledged_safety_checks_type_0 = []
                _acknowledged_safety_checks_type_0 = data
                for (
                    acknowledged_safety_checks_type_0_item_data
                ) in _acknowledged_safety_checks_type_0:
                    acknowledged_safety_checks_type_0_item = ComputerCallSafetyCheckParam.from_dict(
                        acknowledged_safety_checks_type_0_item_data
                    )
                    acknowledged_safety_checks_type_0.append(acknowledged_safety_checks_type_0_item)
                return acknowledged_safety_checks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        acknowledged_safety_checks = _parse_acknowledged_safety_checks(
            d.pop("acknowledged_safety_checks", UNSET)
        )

        def _parse_output(data: object) -> ComputerScreenshotImage | None | Unset:
            if not _ready_8:
                _prepare_8()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_type_0 = ComputerScreenshotImage.from_dict(data)
                return output_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        output = _parse_output(d.pop("output", UNSET))

        def _parse_status(data: object) -> ComputerCallOutputStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_computer_call_output_status(data)
                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        status = _parse_status(d.pop("status", UNSET))
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


_ready_0 = False


def _prepare_0() -> None:
    global _ready_0, ComputerScreenshotImage
    from ..models.computer_screenshot_image import ComputerScreenshotImage

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, ComputerCallSafetyCheckParam
    from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam

    _ready_7 = True


_ready_8 = False


def _prepare_8() -> None:
    global _ready_8, ComputerScreenshotImage
    from ..models.computer_screenshot_image import ComputerScreenshotImage

    _ready_8 = True
