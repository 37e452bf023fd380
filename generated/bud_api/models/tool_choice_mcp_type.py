from typing import Literal

ToolChoiceMCPType = Literal["mcp"]
TOOL_CHOICE_MCP_TYPE_VALUES: set[ToolChoiceMCPType] = {"mcp"}


def check_tool_choice_mcp_type(value: str) -> ToolChoiceMCPType:
    if value in TOOL_CHOICE_MCP_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOOL_CHOICE_MCP_TYPE_VALUES!r}")
