from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.custom_tool_call_type import CustomToolCallType, check_custom_tool_call_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.direct_tool_call_caller import DirectToolCallCaller
    from ..models.program_tool_call_caller import ProgramToolCallCaller
    from ..models.tool_call_caller_type_2 import ToolCallCallerType2
T = TypeVar("T", bound="CustomToolCall")


@_attrs_define
class CustomToolCall:
    """
    Attributes:
        type (CustomToolCallType):
        id (str | Unset):
        call_id (str | Unset):
        caller (DirectToolCallCaller | None | ProgramToolCallCaller | ToolCallCallerType2 | Unset):
        namespace (str | Unset):
        name (str | Unset):
        input (str | Unset):
    """

    __repr__ = model_repr
    type: CustomToolCallType
    id: str | Unset = UNSET
    call_id: str | Unset = UNSET
    caller: DirectToolCallCaller | None | ProgramToolCallCaller | ToolCallCallerType2 | Unset = (
        UNSET
    )
    namespace: str | Unset = UNSET
    name: str | Unset = UNSET
    input: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        id = self.id
        call_id = self.call_id
        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, DirectToolCallCaller):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, ProgramToolCallCaller):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, ToolCallCallerType2):
            caller = self.caller.to_dict()
        else:
            caller = self.caller
        namespace = self.namespace
        name = self.name
        input_ = self.input
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if id is not UNSET:
            field_dict["id"] = id
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if caller is not UNSET:
            field_dict["caller"] = caller
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if name is not UNSET:
            field_dict["name"] = name
        if input_ is not UNSET:
            field_dict["input"] = input_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_custom_tool_call_type(d.pop("type"))
        id = d.pop("id", UNSET)
        call_id = d.pop("call_id", UNSET)

        def _parse_caller(
            data: object,
        ) -> DirectToolCallCaller | None | ProgramToolCallCaller | ToolCallCallerType2 | Unset:
            if not _ready_7:
                _prepare_7()
            if type(data) is dict:
                _tag = data.get("type")
                if _tag == "direct":
                    try:
                        return DirectToolCallCaller.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "program":
                    try:
                        return ProgramToolCallCaller.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_call_caller_type_0 = DirectToolCallCaller.from_dict(data)
                return componentsschemas_tool_call_caller_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_call_caller_type_1 = ProgramToolCallCaller.from_dict(data)
                return componentsschemas_tool_call_caller_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_call_caller_type_2 = ToolCallCallerType2.from_dict(data)
                return componentsschemas_tool_call_caller_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        caller = _parse_caller(d.pop("caller", UNSET))
        namespace = d.pop("namespace", UNSET)
        name = d.pop("name", UNSET)
        input_ = d.pop("input", UNSET)
        custom_tool_call = cls(
            type=type_,
            id=id,
            call_id=call_id,
            caller=caller,
            namespace=namespace,
            name=name,
            input=input_,
        )
        custom_tool_call.additional_properties = d
        return custom_tool_call

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
    global _ready_0, DirectToolCallCaller, ProgramToolCallCaller, ToolCallCallerType2
    from ..models.direct_tool_call_caller import DirectToolCallCaller
    from ..models.program_tool_call_caller import ProgramToolCallCaller
    from ..models.tool_call_caller_type_2 import ToolCallCallerType2

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, DirectToolCallCaller, ProgramToolCallCaller, ToolCallCallerType2
    from ..models.direct_tool_call_caller import DirectToolCallCaller
    from ..models.program_tool_call_caller import ProgramToolCallCaller
    from ..models.tool_call_caller_type_2 import ToolCallCallerType2

    _ready_7 = True
