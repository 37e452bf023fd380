from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.response_output_item_added_event_type import (
    ResponseOutputItemAddedEventType,
    check_response_output_item_added_event_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_tools import AdditionalTools
    from ..models.apply_patch_tool_call import ApplyPatchToolCall
    from ..models.apply_patch_tool_call_output import ApplyPatchToolCallOutput
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall
    from ..models.compaction_body import CompactionBody
    from ..models.computer_tool_call import ComputerToolCall
    from ..models.computer_tool_call_output_resource import ComputerToolCallOutputResource
    from ..models.custom_tool_call import CustomToolCall
    from ..models.custom_tool_call_output_resource import CustomToolCallOutputResource
    from ..models.file_search_tool_call import FileSearchToolCall
    from ..models.function_shell_call import FunctionShellCall
    from ..models.function_shell_call_output import FunctionShellCallOutput
    from ..models.function_tool_call import FunctionToolCall
    from ..models.function_tool_call_output_resource import FunctionToolCallOutputResource
    from ..models.image_gen_tool_call import ImageGenToolCall
    from ..models.local_shell_tool_call import LocalShellToolCall
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response_resource import MCPApprovalResponseResource
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.output_item_type_28 import OutputItemType28
    from ..models.output_message import OutputMessage
    from ..models.program import Program
    from ..models.program_output import ProgramOutput
    from ..models.reasoning_item import ReasoningItem
    from ..models.tool_search_call import ToolSearchCall
    from ..models.tool_search_output import ToolSearchOutput
    from ..models.web_search_tool_call import WebSearchToolCall
T = TypeVar("T", bound="ResponseOutputItemAddedEvent")


@_attrs_define
class ResponseOutputItemAddedEvent:
    """
    Attributes:
        type (ResponseOutputItemAddedEventType):
        output_index (int | Unset):
        sequence_number (int | Unset):
        item (AdditionalTools | ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody
            | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutputResource |
            FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCall |
            FunctionToolCallOutputResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput |
            MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | None | OutputItemType28 |
            OutputMessage | Program | ProgramOutput | ReasoningItem | ToolSearchCall | ToolSearchOutput | Unset |
            WebSearchToolCall):
    """

    __repr__ = model_repr
    type: ResponseOutputItemAddedEventType
    output_index: int | Unset = UNSET
    sequence_number: int | Unset = UNSET
    item: (
        AdditionalTools
        | ApplyPatchToolCall
        | ApplyPatchToolCallOutput
        | CodeInterpreterToolCall
        | CompactionBody
        | ComputerToolCall
        | ComputerToolCallOutputResource
        | CustomToolCall
        | CustomToolCallOutputResource
        | FileSearchToolCall
        | FunctionShellCall
        | FunctionShellCallOutput
        | FunctionToolCall
        | FunctionToolCallOutputResource
        | ImageGenToolCall
        | LocalShellToolCall
        | LocalShellToolCallOutput
        | MCPApprovalRequest
        | MCPApprovalResponseResource
        | MCPListTools
        | MCPToolCall
        | None
        | OutputItemType28
        | OutputMessage
        | Program
        | ProgramOutput
        | ReasoningItem
        | ToolSearchCall
        | ToolSearchOutput
        | Unset
        | WebSearchToolCall
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        type_: str = self.type
        output_index = self.output_index
        sequence_number = self.sequence_number
        item: dict[str, Any] | None | Unset
        if isinstance(self.item, Unset):
            item = UNSET
        elif isinstance(self.item, OutputMessage):
            item = self.item.to_dict()
        elif isinstance(self.item, FileSearchToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, FunctionToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, FunctionToolCallOutputResource):
            item = self.item.to_dict()
        elif isinstance(self.item, WebSearchToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, ComputerToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, ComputerToolCallOutputResource):
            item = self.item.to_dict()
        elif isinstance(self.item, ReasoningItem):
            item = self.item.to_dict()
        elif isinstance(self.item, Program):
            item = self.item.to_dict()
        elif isinstance(self.item, ProgramOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, ToolSearchCall):
            item = self.item.to_dict()
        elif isinstance(self.item, ToolSearchOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, AdditionalTools):
            item = self.item.to_dict()
        elif isinstance(self.item, CompactionBody):
            item = self.item.to_dict()
        elif isinstance(self.item, ImageGenToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, CodeInterpreterToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LocalShellToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LocalShellToolCallOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, FunctionShellCall):
            item = self.item.to_dict()
        elif isinstance(self.item, FunctionShellCallOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, ApplyPatchToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, ApplyPatchToolCallOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, MCPToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, MCPListTools):
            item = self.item.to_dict()
        elif isinstance(self.item, MCPApprovalRequest):
            item = self.item.to_dict()
        elif isinstance(self.item, MCPApprovalResponseResource):
            item = self.item.to_dict()
        elif isinstance(self.item, CustomToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, CustomToolCallOutputResource):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputItemType28):
            item = self.item.to_dict()
        else:
            item = self.item
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if item is not UNSET:
            field_dict["item"] = item
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_response_output_item_added_event_type(d.pop("type"))
        output_index = d.pop("output_index", UNSET)
        sequence_number = d.pop("sequence_number", UNSET)

        def _parse_item(
            data: object,
        ) -> (
            AdditionalTools
            | ApplyPatchToolCall
            | ApplyPatchToolCallOutput
            | CodeInterpreterToolCall
            | CompactionBody
            | ComputerToolCall
            | ComputerToolCallOutputResource
            | CustomToolCall
            | CustomToolCallOutputResource
            | FileSearchToolCall
            | FunctionShellCall
            | FunctionShellCallOutput
            | FunctionToolCall
            | FunctionToolCallOutputResource
            | ImageGenToolCall
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | MCPApprovalRequest
            | MCPApprovalResponseResource
            | MCPListTools
            | MCPToolCall
            | None
            | OutputItemType28
            | OutputMessage
            | Program
            | ProgramOutput
            | ReasoningItem
            | ToolSearchCall
            | ToolSearchOutput
            | Unset
            | WebSearchToolCall
        ):
            if not _ready_7:
                _prepare_7()
            if type(data) is dict:
                _tag = data.get("type")
                if _tag == "additional_tools":
                    try:
                        return AdditionalTools.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "apply_patch_call":
                    try:
                        return ApplyPatchToolCall.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "apply_patch_call_output":
                    try:
                        return ApplyPatchToolCallOutput.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "code_interpreter_call":
                    try:
                        return CodeInterpreterToolCall.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "compaction":
                    try:
                        return CompactionBody.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "computer_call":
                    try:
                        return ComputerToolCall.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "computer_call_output":
                    try:
                        return ComputerToolCallOutputResource.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "custom_tool_call":
                    try:
                        return CustomToolCall.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "custom_tool_call_output":
                    try:
                        return CustomToolCallOutputResource.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "file_search_call":
                    try:
                        return FileSearchToolCall.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "function_call":
                    try:
                        return FunctionToolCall.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "function_call_output":
                    try:
                        return FunctionToolCallOutputResource.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "image_generation_call":
                    try:
                        return ImageGenToolCall.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "local_shell_call":
                    try:
                        return LocalShellToolCall.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "local_shell_call_output":
                    try:
                        return LocalShellToolCallOutput.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "mcp_approval_request":
                    try:
                        return MCPApprovalRequest.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "mcp_approval_response":
                    try:
                        return MCPApprovalResponseResource.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "mcp_call":
                    try:
                        return MCPToolCall.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "mcp_list_tools":
                    try:
                        return MCPListTools.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "message":
                    try:
                        return OutputMessage.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "program":
                    try:
                        return Program.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "program_output":
                    try:
                        return ProgramOutput.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "reasoning":
                    try:
                        return ReasoningItem.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "shell_call":
                    try:
                        return FunctionShellCall.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "shell_call_output":
                    try:
                        return FunctionShellCallOutput.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "tool_search_call":
                    try:
                        return ToolSearchCall.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "tool_search_output":
                    try:
                        return ToolSearchOutput.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "web_search_call":
                    try:
                        return WebSearchToolCall.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_0 = OutputMessage.from_dict(data)
                return componentsschemas_output_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_1 = FileSearchToolCall.from_dict(data)
                return componentsschemas_output_item_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_2 = FunctionToolCall.from_dict(data)
                return componentsschemas_output_item_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_3 = FunctionToolCallOutputResource.from_dict(
                    data
                )
                return componentsschemas_output_item_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_4 = WebSearchToolCall.from_dict(data)
                return componentsschemas_output_item_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_5 = ComputerToolCall.from_dict(data)
                return componentsschemas_output_item_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_6 = ComputerToolCallOutputResource.from_dict(
                    data
                )
                return componentsschemas_output_item_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_7 = ReasoningItem.from_dict(data)
                return componentsschemas_output_item_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_8 = Program.from_dict(data)
                return componentsschemas_output_item_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_9 = ProgramOutput.from_dict(data)
                return componentsschemas_output_item_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_10 = ToolSearchCall.from_dict(data)
                return componentsschemas_output_item_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_11 = ToolSearchOutput.from_dict(data)
                return componentsschemas_output_item_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_12 = AdditionalTools.from_dict(data)
                return componentsschemas_output_item_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_13 = CompactionBody.from_dict(data)
                return componentsschemas_output_item_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_14 = ImageGenToolCall.from_dict(data)
                return componentsschemas_output_item_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_15 = CodeInterpreterToolCall.from_dict(data)
                return componentsschemas_output_item_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_16 = LocalShellToolCall.from_dict(data)
                return componentsschemas_output_item_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_17 = LocalShellToolCallOutput.from_dict(data)
                return componentsschemas_output_item_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_18 = FunctionShellCall.from_dict(data)
                return componentsschemas_output_item_type_18
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_19 = FunctionShellCallOutput.from_dict(data)
                return componentsschemas_output_item_type_19
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_20 = ApplyPatchToolCall.from_dict(data)
                return componentsschemas_output_item_type_20
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_21 = ApplyPatchToolCallOutput.from_dict(data)
                return componentsschemas_output_item_type_21
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_22 = MCPToolCall.from_dict(data)
                return componentsschemas_output_item_type_22
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_23 = MCPListTools.from_dict(data)
                return componentsschemas_output_item_type_23
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_24 = MCPApprovalRequest.from_dict(data)
                return componentsschemas_output_item_type_24
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_25 = MCPApprovalResponseResource.from_dict(data)
                return componentsschemas_output_item_type_25
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_26 = CustomToolCall.from_dict(data)
                return componentsschemas_output_item_type_26
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_27 = CustomToolCallOutputResource.from_dict(data)
                return componentsschemas_output_item_type_27
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_28 = OutputItemType28.from_dict(data)
                return componentsschemas_output_item_type_28
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        item = _parse_item(d.pop("item", UNSET))
        response_output_item_added_event = cls(
            type=type_, output_index=output_index, sequence_number=sequence_number, item=item
        )
        response_output_item_added_event.additional_properties = d
        return response_output_item_added_event

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
        AdditionalTools, \
        ApplyPatchToolCall, \
        ApplyPatchToolCallOutput, \
        CodeInterpreterToolCall, \
        CompactionBody, \
        ComputerToolCall, \
        ComputerToolCallOutputResource, \
        CustomToolCall, \
        CustomToolCallOutputResource, \
        FileSearchToolCall, \
        FunctionShellCall, \
        FunctionShellCallOutput, \
        FunctionToolCall, \
        FunctionToolCallOutputResource, \
        ImageGenToolCall, \
        LocalShellToolCall, \
        LocalShellToolCallOutput, \
        MCPApprovalRequest, \
        MCPApprovalResponseResource, \
        MCPListTools, \
        MCPToolCall, \
        OutputItemType28, \
        OutputMessage, \
        Program, \
        ProgramOutput, \
        ReasoningItem, \
        ToolSearchCall, \
        ToolSearchOutput, \
        WebSearchToolCall
    from ..models.additional_tools import AdditionalTools
    from ..models.apply_patch_tool_call import ApplyPatchToolCall
    from ..models.apply_patch_tool_call_output import ApplyPatchToolCallOutput
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall
    from ..models.compaction_body import CompactionBody
    from ..models.computer_tool_call import ComputerToolCall
    from ..models.computer_tool_call_output_resource import ComputerToolCallOutputResource
    from ..models.custom_tool_call import CustomToolCall
    from ..models.custom_tool_call_output_resource import CustomToolCallOutputResource
    from ..models.file_search_tool_call import FileSearchToolCall
    from ..models.function_shell_call import FunctionShellCall
    from ..models.function_shell_call_output import FunctionShellCallOutput
    from ..models.function_tool_call import FunctionToolCall
    from ..models.function_tool_call_output_resource import FunctionToolCallOutputResource
    from ..models.image_gen_tool_call import ImageGenToolCall
    from ..models.local_shell_tool_call import LocalShellToolCall
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response_resource import MCPApprovalResponseResource
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.output_item_type_28 import OutputItemType28
    from ..models.output_message import OutputMessage
    from ..models.program import Program
    from ..models.program_output import ProgramOutput
    from ..models.reasoning_item import ReasoningItem
    from ..models.tool_search_call import ToolSearchCall
    from ..models.tool_search_output import ToolSearchOutput
    from ..models.web_search_tool_call import WebSearchToolCall

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global \
        _ready_7, \
        AdditionalTools, \
        ApplyPatchToolCall, \
        ApplyPatchToolCallOutput, \
        CodeInterpreterToolCall, \
        CompactionBody, \
        ComputerToolCall, \
        ComputerToolCallOutputResource, \
        CustomToolCall, \
        CustomToolCallOutputResource, \
        FileSearchToolCall, \
        FunctionShellCall, \
        FunctionShellCallOutput, \
        FunctionToolCall, \
        FunctionToolCallOutputResource, \
        ImageGenToolCall, \
        LocalShellToolCall, \
        LocalShellToolCallOutput, \
        MCPApprovalRequest, \
        MCPApprovalResponseResource, \
        MCPListTools, \
        MCPToolCall, \
        OutputItemType28, \
        OutputMessage, \
        Program, \
        ProgramOutput, \
        ReasoningItem, \
        ToolSearchCall, \
        ToolSearchOutput, \
        WebSearchToolCall
    from ..models.additional_tools import AdditionalTools
    from ..models.apply_patch_tool_call import ApplyPatchToolCall
    from ..models.apply_patch_tool_call_output import ApplyPatchToolCallOutput
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall
    from ..models.compaction_body import CompactionBody
    from ..models.computer_tool_call import ComputerToolCall
    from ..models.computer_tool_call_output_resource import ComputerToolCallOutputResource
    from ..models.custom_tool_call import CustomToolCall
    from ..models.custom_tool_call_output_resource import CustomToolCallOutputResource
    from ..models.file_search_tool_call import FileSearchToolCall
    from ..models.function_shell_call import FunctionShellCall
    from ..models.function_shell_call_output import FunctionShellCallOutput
    from ..models.function_tool_call import FunctionToolCall
    from ..models.function_tool_call_output_resource import FunctionToolCallOutputResource
    from ..models.image_gen_tool_call import ImageGenToolCall
    from ..models.local_shell_tool_call import LocalShellToolCall
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response_resource import MCPApprovalResponseResource
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.output_item_type_28 import OutputItemType28
    from ..models.output_message import OutputMessage
    from ..models.program import Program
    from ..models.program_output import ProgramOutput
    from ..models.reasoning_item import ReasoningItem
    from ..models.tool_search_call import ToolSearchCall
    from ..models.tool_search_output import ToolSearchOutput
    from ..models.web_search_tool_call import WebSearchToolCall

    _ready_7 = True
