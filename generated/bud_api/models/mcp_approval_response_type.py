from typing import Literal

MCPApprovalResponseType = Literal["mcp_approval_response"]
MCP_APPROVAL_RESPONSE_TYPE_VALUES: set[MCPApprovalResponseType] = {"mcp_approval_response"}


def check_mcp_approval_response_type(value: str) -> MCPApprovalResponseType:
    if value in MCP_APPROVAL_RESPONSE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MCP_APPROVAL_RESPONSE_TYPE_VALUES!r}"
    )
