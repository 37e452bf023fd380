from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.web_search_tool_call_status import (
    WebSearchToolCallStatus,
    check_web_search_tool_call_status,
)
from ..models.web_search_tool_call_type import (
    WebSearchToolCallType,
    check_web_search_tool_call_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_search_action_find import WebSearchActionFind
    from ..models.web_search_action_open_page import WebSearchActionOpenPage
    from ..models.web_search_action_search import WebSearchActionSearch
    from ..models.web_search_tool_call_action_type_0_type_3 import WebSearchToolCallActionType0Type3
T = TypeVar("T", bound="WebSearchToolCall")


@_attrs_define
class WebSearchToolCall:
    """
    Attributes:
        type (WebSearchToolCallType):
        id (str | Unset):
        status (WebSearchToolCallStatus | Unset):
        action (None | Unset | WebSearchActionFind | WebSearchActionOpenPage | WebSearchActionSearch |
            WebSearchToolCallActionType0Type3):
    """

    __repr__ = model_repr
    type: WebSearchToolCallType
    id: str | Unset = UNSET
    status: WebSearchToolCallStatus | Unset = UNSET
    action: (
        None
        | Unset
        | WebSearchActionFind
        | WebSearchActionOpenPage
        | WebSearchActionSearch
        | WebSearchToolCallActionType0Type3
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        id = self.id
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status
        action: dict[str, Any] | None | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, WebSearchActionSearch):
            action = self.action.to_dict()
        elif isinstance(self.action, WebSearchActionOpenPage):
            action = self.action.to_dict()
        elif isinstance(self.action, WebSearchActionFind):
            action = self.action.to_dict()
        elif isinstance(self.action, WebSearchToolCallActionType0Type3):
            action = self.action.to_dict()
        else:
            action = self.action
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if action is not UNSET:
            field_dict["action"] = action
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_web_search_tool_call_type(d.pop("type"))
        id = d.pop("id", UNSET)
        _status = d.pop("status", UNSET)
        status: WebSearchToolCallStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_web_search_tool_call_status(_status)

        def _parse_action(
            data: object,
        ) -> (
            None
            | Unset
            | WebSearchActionFind
            | WebSearchActionOpenPage
            | WebSearchActionSearch
            | WebSearchToolCallActionType0Type3
        ):
            if not _ready_7:
                _prepare_7()
            if type(data) is dict:
                _tag = data.get("type")
                if _tag == "find_in_page":
                    try:
                        return WebSearchActionFind.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "open_page":
                    try:
                        return WebSearchActionOpenPage.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "search":
                    try:
                        return WebSearchActionSearch.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_0_type_0 = WebSearchActionSearch.from_dict(data)
                return action_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_0_type_1 = WebSearchActionOpenPage.from_dict(data)
                return action_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_0_type_2 = WebSearchActionFind.from_dict(data)
                return action_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_0_type_3 = WebSearchToolCallActionType0Type3.from_dict(data)
                return action_type_0_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        action = _parse_action(d.pop("action", UNSET))
        web_search_tool_call = cls(type=type_, id=id, status=status, action=action)
        web_search_tool_call.additional_properties = d
        return web_search_tool_call

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
        WebSearchActionFind, \
        WebSearchActionOpenPage, \
        WebSearchActionSearch, \
        WebSearchToolCallActionType0Type3
    from ..models.web_search_action_find import WebSearchActionFind
    from ..models.web_search_action_open_page import WebSearchActionOpenPage
    from ..models.web_search_action_search import WebSearchActionSearch
    from ..models.web_search_tool_call_action_type_0_type_3 import WebSearchToolCallActionType0Type3

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global \
        _ready_7, \
        WebSearchActionFind, \
        WebSearchActionOpenPage, \
        WebSearchActionSearch, \
        WebSearchToolCallActionType0Type3
    from ..models.web_search_action_find import WebSearchActionFind
    from ..models.web_search_action_open_page import WebSearchActionOpenPage
    from ..models.web_search_action_search import WebSearchActionSearch
    from ..models.web_search_tool_call_action_type_0_type_3 import WebSearchToolCallActionType0Type3

    _ready_7 = True
