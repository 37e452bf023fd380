from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.computer_tool_call_status import (
    ComputerToolCallStatus,
    check_computer_tool_call_status,
)
from ..models.computer_tool_call_type import ComputerToolCallType, check_computer_tool_call_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.click_param import ClickParam
    from ..models.computer_action_type_9 import ComputerActionType9
    from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam
    from ..models.double_click_action import DoubleClickAction
    from ..models.drag_param import DragParam
    from ..models.key_press_action import KeyPressAction
    from ..models.move_param import MoveParam
    from ..models.screenshot_param import ScreenshotParam
    from ..models.scroll_param import ScrollParam
    from ..models.type_param import TypeParam
    from ..models.wait_param import WaitParam
T = TypeVar("T", bound="ComputerToolCall")


@_attrs_define
class ComputerToolCall:
    """
    Attributes:
        type (ComputerToolCallType):  Default: 'computer_call'.
        id (str | Unset):
        call_id (str | Unset):
        action (ClickParam | ComputerActionType9 | DoubleClickAction | DragParam | KeyPressAction | MoveParam | None |
            ScreenshotParam | ScrollParam | TypeParam | Unset | WaitParam):
        actions (list[ClickParam | ComputerActionType9 | DoubleClickAction | DragParam | KeyPressAction | MoveParam |
            ScreenshotParam | ScrollParam | TypeParam | WaitParam] | None | Unset):
        pending_safety_checks (list[ComputerCallSafetyCheckParam] | None | Unset):
        status (ComputerToolCallStatus | Unset):
    """

    __repr__ = model_repr
    type: ComputerToolCallType = "computer_call"
    id: str | Unset = UNSET
    call_id: str | Unset = UNSET
    action: (
        ClickParam
        | ComputerActionType9
        | DoubleClickAction
        | DragParam
        | KeyPressAction
        | MoveParam
        | None
        | ScreenshotParam
        | ScrollParam
        | TypeParam
        | Unset
        | WaitParam
    ) = UNSET
    actions: (
        list[
            ClickParam
            | ComputerActionType9
            | DoubleClickAction
            | DragParam
            | KeyPressAction
            | MoveParam
            | ScreenshotParam
            | ScrollParam
            | TypeParam
            | WaitParam
        ]
        | None
        | Unset
    ) = UNSET
    pending_safety_checks: list[ComputerCallSafetyCheckParam] | None | Unset = UNSET
    status: ComputerToolCallStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        id = self.id
        call_id = self.call_id
        action: dict[str, Any] | None | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, ClickParam):
            action = self.action.to_dict()
        elif isinstance(self.action, DoubleClickAction):
            action = self.action.to_dict()
        elif isinstance(self.action, DragParam):
            action = self.action.to_dict()
        elif isinstance(self.action, KeyPressAction):
            action = self.action.to_dict()
        elif isinstance(self.action, MoveParam):
            action = self.action.to_dict()
        elif isinstance(self.action, ScreenshotParam):
            action = self.action.to_dict()
        elif isinstance(self.action, ScrollParam):
            action = self.action.to_dict()
        elif isinstance(self.action, TypeParam):
            action = self.action.to_dict()
        elif isinstance(self.action, WaitParam):
            action = self.action.to_dict()
        elif isinstance(self.action, ComputerActionType9):
            action = self.action.to_dict()
        else:
            action = self.action
        actions: list[dict[str, Any]] | None | Unset
        if isinstance(self.actions, Unset):
            actions = UNSET
        elif isinstance(self.actions, list):
            actions = []
            for componentsschemas_computer_action_list_item_data in self.actions:
                componentsschemas_computer_action_list_item: dict[str, Any]
                if isinstance(componentsschemas_computer_action_list_item_data, ClickParam):
                    componentsschemas_computer_action_list_item = (
                        componentsschemas_computer_action_list_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_computer_action_list_item_data, DoubleClickAction
                ):
                    componentsschemas_computer_action_list_item = (
                        componentsschemas_computer_action_list_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_computer_action_list_item_data, DragParam):
                    componentsschemas_computer_action_list_item = (
                        componentsschemas_computer_action_list_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_computer_action_list_item_data, KeyPressAction):
                    componentsschemas_computer_action_list_item = (
                        componentsschemas_computer_action_list_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_computer_action_list_item_data, MoveParam):
                    componentsschemas_computer_action_list_item = (
                        componentsschemas_computer_action_list_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_computer_action_list_item_data, ScreenshotParam):
                    componentsschemas_computer_action_list_item = (
                        componentsschemas_computer_action_list_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_computer_action_list_item_data, ScrollParam):
                    componentsschemas_computer_action_list_item = (
                        componentsschemas_computer_action_list_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_computer_action_list_item_data, TypeParam):
                    componentsschemas_computer_action_list_item = (
                        componentsschemas_computer_action_list_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_computer_action_list_item_data, WaitParam):
                    componentsschemas_computer_action_list_item = (
                        componentsschemas_computer_action_list_item_data.to_dict()
                    )
                else:
                    componentsschemas_computer_action_list_item = (
                        componentsschemas_computer_action_list_item_data.to_dict()
                    )
                actions.append(componentsschemas_computer_action_list_item)
        else:
            actions = self.actions
        pending_safety_checks: list[dict[str, Any]] | None | Unset
        if isinstance(self.pending_safety_checks, Unset):
            pending_safety_checks = UNSET
        elif isinstance(self.pending_safety_checks, list):
            pending_safety_checks = []
            for pending_safety_checks_type_0_item_data in self.pending_safety_checks:
                pending_safety_checks_type_0_item = pending_safety_checks_type_0_item_data.to_dict()
                pending_safety_checks.append(pending_safety_checks_type_0_item)
        else:
            pending_safety_checks = self.pending_safety_checks
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if id is not UNSET:
            field_dict["id"] = id
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if action is not UNSET:
            field_dict["action"] = action
        if actions is not UNSET:
            field_dict["actions"] = actions
        if pending_safety_checks is not UNSET:
            field_dict["pending_safety_checks"] = pending_safety_checks
        if status is not UNSET:
            field_dict["status"] = status
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_computer_tool_call_type(d.pop("type"))
        id = d.pop("id", UNSET)
        call_id = d.pop("call_id", UNSET)

        def _parse_action(
            data: object,
        ) -> (
            ClickParam
            | ComputerActionType9
            | DoubleClickAction
            | DragParam
            | KeyPressAction
            | MoveParam
            | None
            | ScreenshotParam
            | ScrollParam
            | TypeParam
            | Unset
            | WaitParam
        ):
            if not _ready_7:
                _prepare_7()
            if type(data) is dict:
                _tag = data.get("type")
                if _tag == "click":
                    try:
                        return ClickParam.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "double_click":
                    try:
                        return DoubleClickAction.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "drag":
                    try:
                        return DragParam.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "keypress":
                    try:
                        return KeyPressAction.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "move":
                    try:
                        return MoveParam.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "screenshot":
                    try:
                        return ScreenshotParam.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "scroll":
                    try:
                        return ScrollParam.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "type":
                    try:
                        return TypeParam.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "wait":
                    try:
                        return WaitParam.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_computer_action_type_0 = ClickParam.from_dict(data)
                return componentsschemas_computer_action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_computer_action_type_1 = DoubleClickAction.from_dict(data)
                return componentsschemas_computer_action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_computer_action_type_2 = DragParam.from_dict(data)
                return componentsschemas_computer_action_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_computer_action_type_3 = KeyPressAction.from_dict(data)
                return componentsschemas_computer_action_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_computer_action_type_4 = MoveParam.from_dict(data)
                return componentsschemas_computer_action_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_computer_action_type_5 = ScreenshotParam.from_dict(data)
                return componentsschemas_computer_action_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_computer_action_type_6 = ScrollParam.from_dict(data)
                return componentsschemas_computer_action_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_computer_action_type_7 = TypeParam.from_dict(data)
                return componentsschemas_computer_action_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_computer_action_type_8 = WaitParam.from_dict(data)
                return componentsschemas_computer_action_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_computer_action_type_9 = ComputerActionType9.from_dict(data)
                return componentsschemas_computer_action_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        action = _parse_action(d.pop("action", UNSET))

        def _parse_actions(
            data: object,
        ) -> (
            list[
                ClickParam
                | ComputerActionType9
                | DoubleClickAction
                | DragParam
                | KeyPressAction
                | MoveParam
                | ScreenshotParam
                | ScrollParam
                | TypeParam
                | WaitParam
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
                actions_type_0 = []
                _actions_type_0 = data
                for componentsschemas_computer_action_list_item_data in _actions_type_0:

                    def _parse_componentsschemas_computer_action_list_item(
                        data: object,
                    ) -> (
                        ClickParam
                        | ComputerActionType9
                        | DoubleClickAction
                        | DragParam
                        | KeyPressAction
                        | MoveParam
                        | ScreenshotParam
                        | ScrollParam
                        | TypeParam
                        | WaitParam
                    ):
                        if not _ready_10:
                            _prepare_10()
                        if type(data) is dict:
                            _tag = data.get("type")
                            if _tag == "click":
                                try:
                                    return ClickParam.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "double_click":
                                try:
                                    return DoubleClickAction.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "drag":
                                try:
                                    return DragParam.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "keypress":
                                try:
                                    return KeyPressAction.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "move":
                                try:
                                    return MoveParam.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "screenshot":
                                try:
                                    return ScreenshotParam.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "scroll":
                                try:
                                    return ScrollParam.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "type":
                                try:
                                    return TypeParam.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "wait":
                                try:
                                    return WaitParam.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_computer_action_type_0 = ClickParam.from_dict(data)
                            return componentsschemas_computer_action_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_computer_action_type_1 = DoubleClickAction.from_dict(
                                data
                            )
                            return componentsschemas_computer_action_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_computer_action_type_2 = DragParam.from_dict(data)
                            return componentsschemas_computer_action_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_computer_action_type_3 = KeyPressAction.from_dict(
                                data
                            )
                            return componentsschemas_computer_action_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_computer_action_type_4 = MoveParam.from_dict(data)
                            return componentsschemas_computer_action_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_computer_action_type_5 = ScreenshotParam.from_dict(
                                data
                            )
                            return componentsschemas_computer_action_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_computer_action_type_6 = ScrollParam.from_dict(data)
                            return componentsschemas_computer_action_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_computer_action_type_7 = TypeParam.from_dict(data)
                            return componentsschemas_computer_action_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_computer_action_type_8 = WaitParam.from_dict(data)
                            return componentsschemas_computer_action_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_computer_action_type_9 = ComputerActionType9.from_dict(
                            data
                        )
                        return componentsschemas_computer_action_type_9

                    componentsschemas_computer_action_list_item = (
                        _parse_componentsschemas_computer_action_list_item(
                            componentsschemas_computer_action_list_item_data
                        )
                    )
                    actions_type_0.append(componentsschemas_computer_action_list_item)
                return actions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        actions = _parse_actions(d.pop("actions", UNSET))

        def _parse_pending_safety_checks(
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
                pending_safety_checks_type_0 = []
                _pending_safety_checks_type_0 = data
                for pending_safety_checks_type_0_item_data in _pending_safety_checks_type_0:
                    pending_safety_checks_type_0_item = ComputerCallSafetyCheckParam.from_dict(
                        pending_safety_checks_type_0_item_data
                    )
                    pending_safety_checks_type_0.append(pending_safety_checks_type_0_item)
                return pending_safety_checks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        pending_safety_checks = _parse_pending_safety_checks(d.pop("pending_safety_checks", UNSET))
        _status = d.pop("status", UNSET)
        status: ComputerToolCallStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_computer_tool_call_status(_status)
        computer_tool_call = cls(
            type=type_,
            id=id,
            call_id=call_id,
            action=action,
            actions=actions,
            pending_safety_checks=pending_safety_checks,
            status=status,
        )
        computer_tool_call.additional_properties = d
        return computer_tool_call

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
    global \
        _ready_0, \
        ClickParam, \
        ComputerActionType9, \
        DoubleClickAction, \
        DragParam, \
        KeyPressAction, \
        MoveParam, \
        ScreenshotParam, \
        ScrollParam, \
        TypeParam, \
        WaitParam
    from ..models.click_param import ClickParam
    from ..models.computer_action_type_9 import ComputerActionType9
    from ..models.double_click_action import DoubleClickAction
    from ..models.drag_param import DragParam
    from ..models.key_press_action import KeyPressAction
    from ..models.move_param import MoveParam
    from ..models.screenshot_param import ScreenshotParam
    from ..models.scroll_param import ScrollParam
    from ..models.type_param import TypeParam
    from ..models.wait_param import WaitParam

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global \
        _ready_7, \
        ClickParam, \
        ComputerActionType9, \
        DoubleClickAction, \
        DragParam, \
        KeyPressAction, \
        MoveParam, \
        ScreenshotParam, \
        ScrollParam, \
        TypeParam, \
        WaitParam
    from ..models.click_param import ClickParam
    from ..models.computer_action_type_9 import ComputerActionType9
    from ..models.double_click_action import DoubleClickAction
    from ..models.drag_param import DragParam
    from ..models.key_press_action import KeyPressAction
    from ..models.move_param import MoveParam
    from ..models.screenshot_param import ScreenshotParam
    from ..models.scroll_param import ScrollParam
    from ..models.type_param import TypeParam
    from ..models.wait_param import WaitParam

    _ready_7 = True


_ready_9 = False


def _prepare_9() -> None:
    global _ready_9, ComputerCallSafetyCheckParam
    from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam

    _ready_9 = True


_ready_10 = False


def _prepare_10() -> None:
    global \
        _ready_10, \
        ClickParam, \
        ComputerActionType9, \
        DoubleClickAction, \
        DragParam, \
        KeyPressAction, \
        MoveParam, \
        ScreenshotParam, \
        ScrollParam, \
        TypeParam, \
        WaitParam
    from ..models.click_param import ClickParam
    from ..models.computer_action_type_9 import ComputerActionType9
    from ..models.double_click_action import DoubleClickAction
    from ..models.drag_param import DragParam
    from ..models.key_press_action import KeyPressAction
    from ..models.move_param import MoveParam
    from ..models.screenshot_param import ScreenshotParam
    from ..models.scroll_param import ScrollParam
    from ..models.type_param import TypeParam
    from ..models.wait_param import WaitParam

    _ready_10 = True
