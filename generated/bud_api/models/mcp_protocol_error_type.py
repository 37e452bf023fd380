from typing import Literal

MCPProtocolErrorType = Literal["mcp_protocol_error"]
MCP_PROTOCOL_ERROR_TYPE_VALUES: set[MCPProtocolErrorType] = {"mcp_protocol_error"}


def check_mcp_protocol_error_type(value: str) -> MCPProtocolErrorType:
    if value in MCP_PROTOCOL_ERROR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MCP_PROTOCOL_ERROR_TYPE_VALUES!r}"
    )
