from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.mcp_tool_call_status import MCPToolCallStatus, check_mcp_tool_call_status
from ..models.mcp_tool_call_type import MCPToolCallType, check_mcp_tool_call_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.http_error import HTTPError
    from ..models.mcp_protocol_error import MCPProtocolError
    from ..models.mcp_tool_call_error_type_3 import MCPToolCallErrorType3
    from ..models.mcp_tool_execution_error import MCPToolExecutionError
T = TypeVar("T", bound="MCPToolCall")


@_attrs_define
class MCPToolCall:
    """
    Attributes:
        type (MCPToolCallType):
        id (str | Unset):
        server_label (str | Unset):
        name (str | Unset):
        arguments (str | Unset):
        output (None | str | Unset):
        error (HTTPError | MCPProtocolError | MCPToolCallErrorType3 | MCPToolExecutionError | None | Unset):
        status (MCPToolCallStatus | None | Unset):
        approval_request_id (None | str | Unset):
    """

    __repr__ = model_repr
    type: MCPToolCallType
    id: str | Unset = UNSET
    server_label: str | Unset = UNSET
    name: str | Unset = UNSET
    arguments: str | Unset = UNSET
    output: None | str | Unset = UNSET
    error: (
        HTTPError | MCPProtocolError | MCPToolCallErrorType3 | MCPToolExecutionError | None | Unset
    ) = UNSET
    status: MCPToolCallStatus | None | Unset = UNSET
    approval_request_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        id = self.id
        server_label = self.server_label
        name = self.name
        arguments = self.arguments
        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output
        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, MCPProtocolError):
            error = self.error.to_dict()
        elif isinstance(self.error, MCPToolExecutionError):
            error = self.error.to_dict()
        elif isinstance(self.error, HTTPError):
            error = self.error.to_dict()
        elif isinstance(self.error, MCPToolCallErrorType3):
            error = self.error.to_dict()
        else:
            error = self.error
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status
        approval_request_id: None | str | Unset
        if isinstance(self.approval_request_id, Unset):
            approval_request_id = UNSET
        else:
            approval_request_id = self.approval_request_id
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
        if output is not UNSET:
            field_dict["output"] = output
        if error is not UNSET:
            field_dict["error"] = error
        if status is not UNSET:
            field_dict["status"] = status
        if approval_request_id is not UNSET:
            field_dict["approval_request_id"] = approval_request_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_mcp_tool_call_type(d.pop("type"))
        id = d.pop("id", UNSET)
        server_label = d.pop("server_label", UNSET)
        name = d.pop("name", UNSET)
        arguments = d.pop("arguments", UNSET)

        def _parse_output(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        output = _parse_output(d.pop("output", UNSET))

        def _parse_error(
            data: object,
        ) -> (
            HTTPError
            | MCPProtocolError
            | MCPToolCallErrorType3
            | MCPToolExecutionError
            | None
            | Unset
        ):
            if not _ready_8:
                _prepare_8()
            if type(data) is dict:
                _tag = data.get("type")
                if _tag == "http_error":
                    try:
                        return HTTPError.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "mcp_protocol_error":
                    try:
                        return MCPProtocolError.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "mcp_tool_execution_error":
                    try:
                        return MCPToolExecutionError.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_mcp_tool_call_error_type_0 = MCPProtocolError.from_dict(data)
                return componentsschemas_mcp_tool_call_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_mcp_tool_call_error_type_1 = MCPToolExecutionError.from_dict(data)
                return componentsschemas_mcp_tool_call_error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_mcp_tool_call_error_type_2 = HTTPError.from_dict(data)
                return componentsschemas_mcp_tool_call_error_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_mcp_tool_call_error_type_3 = MCPToolCallErrorType3.from_dict(data)
                return componentsschemas_mcp_tool_call_error_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        error = _parse_error(d.pop("error", UNSET))

        def _parse_status(data: object) -> MCPToolCallStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_mcp_tool_call_status(data)
                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        status = _parse_status(d.pop("status", UNSET))

        def _parse_approval_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        approval_request_id = _parse_approval_request_id(d.pop("approval_request_id", UNSET))
        mcp_tool_call = cls(
            type=type_,
            id=id,
            server_label=server_label,
            name=name,
            arguments=arguments,
            output=output,
            error=error,
            status=status,
            approval_request_id=approval_request_id,
        )
        mcp_tool_call.additional_properties = d
        return mcp_tool_call

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
    global _ready_0, HTTPError, MCPProtocolError, MCPToolCallErrorType3, MCPToolExecutionError
    from ..models.http_error import HTTPError
    from ..models.mcp_protocol_error import MCPProtocolError
    from ..models.mcp_tool_call_error_type_3 import MCPToolCallErrorType3
    from ..models.mcp_tool_execution_error import MCPToolExecutionError

    _ready_0 = True


_ready_8 = False


def _prepare_8() -> None:
    global _ready_8, HTTPError, MCPProtocolError, MCPToolCallErrorType3, MCPToolExecutionError
    from ..models.http_error import HTTPError
    from ..models.mcp_protocol_error import MCPProtocolError
    from ..models.mcp_tool_call_error_type_3 import MCPToolCallErrorType3
    from ..models.mcp_tool_execution_error import MCPToolExecutionError

    _ready_8 = True
