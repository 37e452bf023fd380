from typing import Literal

MCPToolRequireApprovalType0Type1 = Literal["always", "never"]
MCP_TOOL_REQUIRE_APPROVAL_TYPE_0_TYPE_1_VALUES: set[MCPToolRequireApprovalType0Type1] = {
    "always",
    "never",
}


def check_mcp_tool_require_approval_type_0_type_1(value: str) -> MCPToolRequireApprovalType0Type1:
    if value in MCP_TOOL_REQUIRE_APPROVAL_TYPE_0_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MCP_TOOL_REQUIRE_APPROVAL_TYPE_0_TYPE_1_VALUES!r}"
    )
