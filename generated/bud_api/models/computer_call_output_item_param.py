from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.computer_call_output_item_param_type import (
    ComputerCallOutputItemParamType,
    check_computer_call_output_item_param_type,
)
from ..models.function_call_item_status import (
    FunctionCallItemStatus,
    check_function_call_item_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam
    from ..models.computer_screenshot_image import ComputerScreenshotImage
T = TypeVar("T", bound="ComputerCallOutputItemParam")


@_attrs_define
class ComputerCallOutputItemParam:
    """
    Attributes:
        type (ComputerCallOutputItemParamType):  Default: 'computer_call_output'.
        id (None | str | Unset):
        call_id (str | Unset):
        output (ComputerScreenshotImage | None | Unset):
        acknowledged_safety_checks (list[ComputerCallSafetyCheckParam] | None | Unset):
        status (FunctionCallItemStatus | None | Unset):
    """

    __repr__ = model_repr
    type: ComputerCallOutputItemParamType = "computer_call_output"
    id: None | str | Unset = UNSET
    call_id: str | Unset = UNSET
    output: ComputerScreenshotImage | None | Unset = UNSET
    acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | None | Unset = UNSET
    status: FunctionCallItemStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id
        call_id = self.call_id
        output: dict[str, Any] | None | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, ComputerScreenshotImage):
            output = self.output.to_dict()
        else:
            output = self.output
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
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if id is not UNSET:
            field_dict["id"] = id
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if output is not UNSET:
            field_dict["output"] = output
        if acknowledged_safety_checks is not UNSET:
            field_dict["acknowledged_safety_checks"] = acknowledged_safety_checks
        if status is not UNSET:
            field_dict["status"] = status
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_computer_call_output_item_param_type(d.pop("type"))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        id = _parse_id(d.pop("id", UNSET))
        call_id = d.pop("call_id", UNSET)

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

        def _parse_acknowledged_safety_checks(
            data: object,
        ) -> list[ComputerCallSafetyCheckParam] | None | Unset:
            if not _ready_9:
                _prepare_9()
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

        def _parse_status(data: object) -> FunctionCallItemStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_function_call_item_status(data)
                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        status = _parse_status(d.pop("status", UNSET))
        computer_call_output_item_param = cls(
            type=type_,
            id=id,
            call_id=call_id,
            output=output,
            acknowledged_safety_checks=acknowledged_safety_checks,
            status=status,
        )
        computer_call_output_item_param.additional_properties = d
        return computer_call_output_item_param

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


_ready_8 = False


def _prepare_8() -> None:
    global _ready_8, ComputerScreenshotImage
    from ..models.computer_screenshot_image import ComputerScreenshotImage

    _ready_8 = True


_ready_9 = False


def _prepare_9() -> None:
    global _ready_9, ComputerCallSafetyCheckParam
    from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam

    _ready_9 = True
