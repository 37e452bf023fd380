from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.tool_choice_options import ToolChoiceOptions, check_tool_choice_options
from ..models.truncation_enum import TruncationEnum, check_truncation_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_tools_item_param import AdditionalToolsItemParam
    from ..models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
    from ..models.apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam
    from ..models.apply_patch_tool_param import ApplyPatchToolParam
    from ..models.code_interpreter_tool import CodeInterpreterTool
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall
    from ..models.compaction_summary_item_param import CompactionSummaryItemParam
    from ..models.compaction_trigger_item_param import CompactionTriggerItemParam
    from ..models.computer_call_output_item_param import ComputerCallOutputItemParam
    from ..models.computer_tool import ComputerTool
    from ..models.computer_tool_call import ComputerToolCall
    from ..models.computer_use_preview_tool import ComputerUsePreviewTool
    from ..models.conversation_param_2 import ConversationParam2
    from ..models.custom_tool_call import CustomToolCall
    from ..models.custom_tool_call_output import CustomToolCallOutput
    from ..models.custom_tool_param import CustomToolParam
    from ..models.easy_input_message import EasyInputMessage
    from ..models.file_search_tool import FileSearchTool
    from ..models.file_search_tool_call import FileSearchToolCall
    from ..models.function_call_output_item_param import FunctionCallOutputItemParam
    from ..models.function_shell_call_item_param import FunctionShellCallItemParam
    from ..models.function_shell_call_output_item_param import FunctionShellCallOutputItemParam
    from ..models.function_shell_tool_param import FunctionShellToolParam
    from ..models.function_tool import FunctionTool
    from ..models.function_tool_call import FunctionToolCall
    from ..models.image_gen_tool import ImageGenTool
    from ..models.image_gen_tool_call import ImageGenToolCall
    from ..models.input_message import InputMessage
    from ..models.item_reference_param import ItemReferenceParam
    from ..models.item_type_27 import ItemType27
    from ..models.local_shell_tool_call import LocalShellToolCall
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
    from ..models.local_shell_tool_param import LocalShellToolParam
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response import MCPApprovalResponse
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool import MCPTool
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.namespace_tool_param import NamespaceToolParam
    from ..models.output_message import OutputMessage
    from ..models.program_item_param import ProgramItemParam
    from ..models.program_output_item_param import ProgramOutputItemParam
    from ..models.programmatic_tool_calling_param import ProgrammaticToolCallingParam
    from ..models.reasoning import Reasoning
    from ..models.reasoning_item import ReasoningItem
    from ..models.response_text_param import ResponseTextParam
    from ..models.specific_apply_patch_param import SpecificApplyPatchParam
    from ..models.specific_function_shell_param import SpecificFunctionShellParam
    from ..models.specific_programmatic_tool_calling_param import (
        SpecificProgrammaticToolCallingParam,
    )
    from ..models.tool_choice_allowed import ToolChoiceAllowed
    from ..models.tool_choice_custom import ToolChoiceCustom
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMCP
    from ..models.tool_choice_types import ToolChoiceTypes
    from ..models.tool_search_call_item_param import ToolSearchCallItemParam
    from ..models.tool_search_output_item_param import ToolSearchOutputItemParam
    from ..models.tool_search_tool_param import ToolSearchToolParam
    from ..models.tool_type_16 import ToolType16
    from ..models.web_search_preview_tool import WebSearchPreviewTool
    from ..models.web_search_tool import WebSearchTool
    from ..models.web_search_tool_call import WebSearchToolCall
T = TypeVar("T", bound="TokenCountsBody")


@_attrs_define
class TokenCountsBody:
    """
    Attributes:
        model (None | str | Unset):
        input (list[AdditionalToolsItemParam | ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam |
            CodeInterpreterToolCall | CompactionSummaryItemParam | CompactionTriggerItemParam | ComputerCallOutputItemParam
            | ComputerToolCall | CustomToolCall | CustomToolCallOutput | EasyInputMessage | FileSearchToolCall |
            FunctionCallOutputItemParam | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | FunctionToolCall |
            ImageGenToolCall | InputMessage | ItemReferenceParam | ItemType27 | LocalShellToolCall |
            LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponse | MCPListTools | MCPToolCall | OutputMessage
            | ProgramItemParam | ProgramOutputItemParam | ReasoningItem | ToolSearchCallItemParam |
            ToolSearchOutputItemParam | WebSearchToolCall] | None | str | Unset):
        previous_response_id (None | str | Unset):
        tools (list[ApplyPatchToolParam | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomToolParam
            | FileSearchTool | FunctionShellToolParam | FunctionTool | ImageGenTool | LocalShellToolParam | MCPTool |
            NamespaceToolParam | ProgrammaticToolCallingParam | ToolSearchToolParam | ToolType16 | WebSearchPreviewTool |
            WebSearchTool] | None | Unset):
        text (None | ResponseTextParam | Unset):
        reasoning (None | Reasoning | Unset):
        truncation (TruncationEnum | Unset):
        instructions (None | str | Unset):
        personality (str | Unset):
        conversation (ConversationParam2 | None | str | Unset):
        tool_choice (None | SpecificApplyPatchParam | SpecificFunctionShellParam | SpecificProgrammaticToolCallingParam
            | ToolChoiceAllowed | ToolChoiceCustom | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions |
            ToolChoiceTypes | Unset):
        parallel_tool_calls (bool | None | Unset):
    """

    __repr__ = model_repr
    model: None | str | Unset = UNSET
    input: (
        list[
            AdditionalToolsItemParam
            | ApplyPatchToolCallItemParam
            | ApplyPatchToolCallOutputItemParam
            | CodeInterpreterToolCall
            | CompactionSummaryItemParam
            | CompactionTriggerItemParam
            | ComputerCallOutputItemParam
            | ComputerToolCall
            | CustomToolCall
            | CustomToolCallOutput
            | EasyInputMessage
            | FileSearchToolCall
            | FunctionCallOutputItemParam
            | FunctionShellCallItemParam
            | FunctionShellCallOutputItemParam
            | FunctionToolCall
            | ImageGenToolCall
            | InputMessage
            | ItemReferenceParam
            | ItemType27
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | MCPApprovalRequest
            | MCPApprovalResponse
            | MCPListTools
            | MCPToolCall
            | OutputMessage
            | ProgramItemParam
            | ProgramOutputItemParam
            | ReasoningItem
            | ToolSearchCallItemParam
            | ToolSearchOutputItemParam
            | WebSearchToolCall
        ]
        | None
        | str
        | Unset
    ) = UNSET
    previous_response_id: None | str | Unset = UNSET
    tools: (
        list[
            ApplyPatchToolParam
            | CodeInterpreterTool
            | ComputerTool
            | ComputerUsePreviewTool
            | CustomToolParam
            | FileSearchTool
            | FunctionShellToolParam
            | FunctionTool
            | ImageGenTool
            | LocalShellToolParam
            | MCPTool
            | NamespaceToolParam
            | ProgrammaticToolCallingParam
            | ToolSearchToolParam
            | ToolType16
            | WebSearchPreviewTool
            | WebSearchTool
        ]
        | None
        | Unset
    ) = UNSET
    text: None | ResponseTextParam | Unset = UNSET
    reasoning: None | Reasoning | Unset = UNSET
    truncation: TruncationEnum | Unset = UNSET
    instructions: None | str | Unset = UNSET
    personality: str | Unset = UNSET
    conversation: ConversationParam2 | None | str | Unset = UNSET
    tool_choice: (
        None
        | SpecificApplyPatchParam
        | SpecificFunctionShellParam
        | SpecificProgrammaticToolCallingParam
        | ToolChoiceAllowed
        | ToolChoiceCustom
        | ToolChoiceFunction
        | ToolChoiceMCP
        | ToolChoiceOptions
        | ToolChoiceTypes
        | Unset
    ) = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model
        input_: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.input, Unset):
            input_ = UNSET
        elif isinstance(self.input, list):
            input_ = []
            for input_type_0_type_1_item_data in self.input:
                input_type_0_type_1_item: dict[str, Any]
                if isinstance(input_type_0_type_1_item_data, EasyInputMessage):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, InputMessage):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, OutputMessage):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, FileSearchToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ComputerToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ComputerCallOutputItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, WebSearchToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, FunctionToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, FunctionCallOutputItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ToolSearchCallItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ToolSearchOutputItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, AdditionalToolsItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ReasoningItem):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, CompactionSummaryItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ImageGenToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, CodeInterpreterToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, LocalShellToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, LocalShellToolCallOutput):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, FunctionShellCallItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, FunctionShellCallOutputItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ApplyPatchToolCallItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ApplyPatchToolCallOutputItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, MCPListTools):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, MCPApprovalRequest):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, MCPApprovalResponse):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, MCPToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, CustomToolCallOutput):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, CustomToolCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ItemType27):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, CompactionTriggerItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ItemReferenceParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ProgramItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                else:
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                input_.append(input_type_0_type_1_item)
        else:
            input_ = self.input
        previous_response_id: None | str | Unset
        if isinstance(self.previous_response_id, Unset):
            previous_response_id = UNSET
        else:
            previous_response_id = self.previous_response_id
        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item: dict[str, Any]
                if isinstance(tools_type_0_item_data, FunctionTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, FileSearchTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ComputerTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ComputerUsePreviewTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, WebSearchTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, MCPTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, CodeInterpreterTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ProgrammaticToolCallingParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ImageGenTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LocalShellToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, FunctionShellToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, CustomToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, NamespaceToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ToolSearchToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, WebSearchPreviewTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ApplyPatchToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                else:
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                tools.append(tools_type_0_item)
        else:
            tools = self.tools
        text: dict[str, Any] | None | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        elif isinstance(self.text, ResponseTextParam):
            text = self.text.to_dict()
        else:
            text = self.text
        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, Reasoning):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning
        truncation: str | Unset = UNSET
        if not isinstance(self.truncation, Unset):
            truncation = self.truncation
        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions
        personality = self.personality
        conversation: dict[str, Any] | None | str | Unset
        if isinstance(self.conversation, Unset):
            conversation = UNSET
        elif isinstance(self.conversation, ConversationParam2):
            conversation = self.conversation.to_dict()
        else:
            conversation = self.conversation
        tool_choice: dict[str, Any] | None | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, str):
            tool_choice = self.tool_choice
        elif isinstance(self.tool_choice, ToolChoiceAllowed):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ToolChoiceTypes):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ToolChoiceFunction):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ToolChoiceMCP):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ToolChoiceCustom):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, SpecificProgrammaticToolCallingParam):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, SpecificApplyPatchParam):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, SpecificFunctionShellParam):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice
        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if input_ is not UNSET:
            field_dict["input"] = input_
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if tools is not UNSET:
            field_dict["tools"] = tools
        if text is not UNSET:
            field_dict["text"] = text
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if personality is not UNSET:
            field_dict["personality"] = personality
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        model = _parse_model(d.pop("model", UNSET))

        def _parse_input_(
            data: object,
        ) -> (
            list[
                AdditionalToolsItemParam
                | ApplyPatchToolCallItemParam
                | ApplyPatchToolCallOutputItemParam
                | CodeInterpreterToolCall
                | CompactionSummaryItemParam
                | CompactionTriggerItemParam
                | ComputerCallOutputItemParam
                | ComputerToolCall
                | CustomToolCall
                | CustomToolCallOutput
                | EasyInputMessage
                | FileSearchToolCall
                | FunctionCallOutputItemParam
                | FunctionShellCallItemParam
                | FunctionShellCallOutputItemParam
                | FunctionToolCall
                | ImageGenToolCall
                | InputMessage
                | ItemReferenceParam
                | ItemType27
                | LocalShellToolCall
                | LocalShellToolCallOutput
                | MCPApprovalRequest
                | MCPApprovalResponse
                | MCPListTools
                | MCPToolCall
                | OutputMessage
                | ProgramItemParam
                | ProgramOutputItemParam
                | ReasoningItem
                | ToolSearchCallItemParam
                | ToolSearchOutputItemParam
                | WebSearchToolCall
            ]
            | None
            | str
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_0_type_1 = []
                _input_type_0_type_1 = data
                for input_type_0_type_1_item_data in _input_type_0_type_1:

                    def _parse_input_type_0_type_1_item(
                        data: object,
                    ) -> (
                        AdditionalToolsItemParam
                        | ApplyPatchToolCallItemParam
                        | ApplyPatchToolCallOutputItemParam
                        | CodeInterpreterToolCall
                        | CompactionSummaryItemParam
                        | CompactionTriggerItemParam
                        | ComputerCallOutputItemParam
                        | ComputerToolCall
                        | CustomToolCall
                        | CustomToolCallOutput
                        | EasyInputMessage
                        | FileSearchToolCall
                        | FunctionCallOutputItemParam
                        | FunctionShellCallItemParam
                        | FunctionShellCallOutputItemParam
                        | FunctionToolCall
                        | ImageGenToolCall
                        | InputMessage
                        | ItemReferenceParam
                        | ItemType27
                        | LocalShellToolCall
                        | LocalShellToolCallOutput
                        | MCPApprovalRequest
                        | MCPApprovalResponse
                        | MCPListTools
                        | MCPToolCall
                        | OutputMessage
                        | ProgramItemParam
                        | ProgramOutputItemParam
                        | ReasoningItem
                        | ToolSearchCallItemParam
                        | ToolSearchOutputItemParam
                        | WebSearchToolCall
                    ):
                        if not _ready_17:
                            _prepare_17()
                        if type(data) is dict:
                            _tag = data.get("type")
                            if _tag == "additional_tools":
                                try:
                                    return AdditionalToolsItemParam.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "apply_patch_call":
                                try:
                                    return ApplyPatchToolCallItemParam.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "apply_patch_call_output":
                                try:
                                    return ApplyPatchToolCallOutputItemParam.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "code_interpreter_call":
                                try:
                                    return CodeInterpreterToolCall.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "compaction":
                                try:
                                    return CompactionSummaryItemParam.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "compaction_trigger":
                                try:
                                    return CompactionTriggerItemParam.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "computer_call":
                                try:
                                    return ComputerToolCall.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "computer_call_output":
                                try:
                                    return ComputerCallOutputItemParam.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "custom_tool_call":
                                try:
                                    return CustomToolCall.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "custom_tool_call_output":
                                try:
                                    return CustomToolCallOutput.from_dict(data)
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
                                    return FunctionCallOutputItemParam.from_dict(data)
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
                                    return MCPApprovalResponse.from_dict(data)
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
                            elif _tag == "program":
                                try:
                                    return ProgramItemParam.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "reasoning":
                                try:
                                    return ReasoningItem.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "shell_call":
                                try:
                                    return FunctionShellCallItemParam.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "shell_call_output":
                                try:
                                    return FunctionShellCallOutputItemParam.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "tool_search_call":
                                try:
                                    return ToolSearchCallItemParam.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "tool_search_output":
                                try:
                                    return ToolSearchOutputItemParam.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "web_search_call":
                                try:
                                    return WebSearchToolCall.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_input_item_type_0 = EasyInputMessage.from_dict(data)
                            return componentsschemas_input_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_0 = InputMessage.from_dict(data)
                            return componentsschemas_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_1 = OutputMessage.from_dict(data)
                            return componentsschemas_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_2 = FileSearchToolCall.from_dict(data)
                            return componentsschemas_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_3 = ComputerToolCall.from_dict(data)
                            return componentsschemas_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_4 = ComputerCallOutputItemParam.from_dict(
                                data
                            )
                            return componentsschemas_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_5 = WebSearchToolCall.from_dict(data)
                            return componentsschemas_item_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_6 = FunctionToolCall.from_dict(data)
                            return componentsschemas_item_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_7 = FunctionCallOutputItemParam.from_dict(
                                data
                            )
                            return componentsschemas_item_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_8 = ToolSearchCallItemParam.from_dict(data)
                            return componentsschemas_item_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_9 = ToolSearchOutputItemParam.from_dict(
                                data
                            )
                            return componentsschemas_item_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_10 = AdditionalToolsItemParam.from_dict(
                                data
                            )
                            return componentsschemas_item_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_11 = ReasoningItem.from_dict(data)
                            return componentsschemas_item_type_11
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_12 = CompactionSummaryItemParam.from_dict(
                                data
                            )
                            return componentsschemas_item_type_12
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_13 = ImageGenToolCall.from_dict(data)
                            return componentsschemas_item_type_13
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_14 = CodeInterpreterToolCall.from_dict(data)
                            return componentsschemas_item_type_14
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_15 = LocalShellToolCall.from_dict(data)
                            return componentsschemas_item_type_15
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_16 = LocalShellToolCallOutput.from_dict(
                                data
                            )
                            return componentsschemas_item_type_16
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_17 = FunctionShellCallItemParam.from_dict(
                                data
                            )
                            return componentsschemas_item_type_17
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_18 = (
                                FunctionShellCallOutputItemParam.from_dict(data)
                            )
                            return componentsschemas_item_type_18
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_19 = ApplyPatchToolCallItemParam.from_dict(
                                data
                            )
                            return componentsschemas_item_type_19
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_20 = (
                                ApplyPatchToolCallOutputItemParam.from_dict(data)
                            )
                            return componentsschemas_item_type_20
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_21 = MCPListTools.from_dict(data)
                            return componentsschemas_item_type_21
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_22 = MCPApprovalRequest.from_dict(data)
                            return componentsschemas_item_type_22
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_23 = MCPApprovalResponse.from_dict(data)
                            return componentsschemas_item_type_23
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_24 = MCPToolCall.from_dict(data)
                            return componentsschemas_item_type_24
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_25 = CustomToolCallOutput.from_dict(data)
                            return componentsschemas_item_type_25
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_26 = CustomToolCall.from_dict(data)
                            return componentsschemas_item_type_26
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_type_27 = ItemType27.from_dict(data)
                            return componentsschemas_item_type_27
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_input_item_type_2 = (
                                CompactionTriggerItemParam.from_dict(data)
                            )
                            return componentsschemas_input_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_input_item_type_3 = ItemReferenceParam.from_dict(data)
                            return componentsschemas_input_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_input_item_type_4 = ProgramItemParam.from_dict(data)
                            return componentsschemas_input_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_input_item_type_5 = ProgramOutputItemParam.from_dict(data)
                        return componentsschemas_input_item_type_5

                    input_type_0_type_1_item = _parse_input_type_0_type_1_item(
                        input_type_0_type_1_item_data
                    )
                    input_type_0_type_1.append(input_type_0_type_1_item)
                return input_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        input_ = _parse_input_(d.pop("input", UNSET))

        def _parse_previous_response_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        previous_response_id = _parse_previous_response_id(d.pop("previous_response_id", UNSET))

        def _parse_tools(
            data: object,
        ) -> (
            list[
                ApplyPatchToolParam
                | CodeInterpreterTool
                | ComputerTool
                | ComputerUsePreviewTool
                | CustomToolParam
                | FileSearchTool
                | FunctionShellToolParam
                | FunctionTool
                | ImageGenTool
                | LocalShellToolParam
                | MCPTool
                | NamespaceToolParam
                | ProgrammaticToolCallingParam
                | ToolSearchToolParam
                | ToolType16
                | WebSearchPreviewTool
                | WebSearchTool
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
                tools_type_0 = []
                _tools_type_0 = data
                for tools_type_0_item_data in _tools_type_0:

                    def _parse_tools_type_0_item(
                        data: object,
                    ) -> (
                        ApplyPatchToolParam
                        | CodeInterpreterTool
                        | ComputerTool
                        | ComputerUsePreviewTool
                        | CustomToolParam
                        | FileSearchTool
                        | FunctionShellToolParam
                        | FunctionTool
                        | ImageGenTool
                        | LocalShellToolParam
                        | MCPTool
                        | NamespaceToolParam
                        | ProgrammaticToolCallingParam
                        | ToolSearchToolParam
                        | ToolType16
                        | WebSearchPreviewTool
                        | WebSearchTool
                    ):
                        if not _ready_18:
                            _prepare_18()
                        if type(data) is dict:
                            _tag = data.get("type")
                            if _tag == "apply_patch":
                                try:
                                    return ApplyPatchToolParam.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "code_interpreter":
                                try:
                                    return CodeInterpreterTool.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "computer":
                                try:
                                    return ComputerTool.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "computer_use_preview":
                                try:
                                    return ComputerUsePreviewTool.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "custom":
                                try:
                                    return CustomToolParam.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "file_search":
                                try:
                                    return FileSearchTool.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "function":
                                try:
                                    return FunctionTool.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "image_generation":
                                try:
                                    return ImageGenTool.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "local_shell":
                                try:
                                    return LocalShellToolParam.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "mcp":
                                try:
                                    return MCPTool.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "namespace":
                                try:
                                    return NamespaceToolParam.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "programmatic_tool_calling":
                                try:
                                    return ProgrammaticToolCallingParam.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "shell":
                                try:
                                    return FunctionShellToolParam.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            elif _tag == "tool_search":
                                try:
                                    return ToolSearchToolParam.from_dict(data)
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_tool_type_0 = FunctionTool.from_dict(data)
                            return componentsschemas_tool_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_tool_type_1 = FileSearchTool.from_dict(data)
                            return componentsschemas_tool_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_tool_type_2 = ComputerTool.from_dict(data)
                            return componentsschemas_tool_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_tool_type_3 = ComputerUsePreviewTool.from_dict(data)
                            return componentsschemas_tool_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_tool_type_4 = WebSearchTool.from_dict(data)
                            return componentsschemas_tool_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_tool_type_5 = MCPTool.from_dict(data)
                            return componentsschemas_tool_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_tool_type_6 = CodeInterpreterTool.from_dict(data)
                            return componentsschemas_tool_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_tool_type_7 = ProgrammaticToolCallingParam.from_dict(
                                data
                            )
                            return componentsschemas_tool_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_tool_type_8 = ImageGenTool.from_dict(data)
                            return componentsschemas_tool_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_tool_type_9 = LocalShellToolParam.from_dict(data)
                            return componentsschemas_tool_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_tool_type_10 = FunctionShellToolParam.from_dict(data)
                            return componentsschemas_tool_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_tool_type_11 = CustomToolParam.from_dict(data)
                            return componentsschemas_tool_type_11
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_tool_type_12 = NamespaceToolParam.from_dict(data)
                            return componentsschemas_tool_type_12
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_tool_type_13 = ToolSearchToolParam.from_dict(data)
                            return componentsschemas_tool_type_13
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_tool_type_14 = WebSearchPreviewTool.from_dict(data)
                            return componentsschemas_tool_type_14
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_tool_type_15 = ApplyPatchToolParam.from_dict(data)
                            return componentsschemas_tool_type_15
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_16 = ToolType16.from_dict(data)
                        return componentsschemas_tool_type_16

                    tools_type_0_item = _parse_tools_type_0_item(tools_type_0_item_data)
                    tools_type_0.append(tools_type_0_item)
                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        tools = _parse_tools(d.pop("tools", UNSET))

        def _parse_text(data: object) -> None | ResponseTextParam | Unset:
            if not _ready_11:
                _prepare_11()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                text_type_0 = ResponseTextParam.from_dict(data)
                return text_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        text = _parse_text(d.pop("text", UNSET))

        def _parse_reasoning(data: object) -> None | Reasoning | Unset:
            if not _ready_12:
                _prepare_12()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reasoning_type_0 = Reasoning.from_dict(data)
                return reasoning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))
        _truncation = d.pop("truncation", UNSET)
        truncation: TruncationEnum | Unset
        if isinstance(_truncation, Unset):
            truncation = UNSET
        else:
            truncation = check_truncation_enum(_truncation)

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        instructions = _parse_instructions(d.pop("instructions", UNSET))
        personality = d.pop("personality", UNSET)

        def _parse_conversation(data: object) -> ConversationParam2 | None | str | Unset:
            if not _ready_14:
                _prepare_14()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_conversation_param_type_1 = ConversationParam2.from_dict(data)
                return componentsschemas_conversation_param_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        conversation = _parse_conversation(d.pop("conversation", UNSET))

        def _parse_tool_choice(
            data: object,
        ) -> (
            None
            | SpecificApplyPatchParam
            | SpecificFunctionShellParam
            | SpecificProgrammaticToolCallingParam
            | ToolChoiceAllowed
            | ToolChoiceCustom
            | ToolChoiceFunction
            | ToolChoiceMCP
            | ToolChoiceOptions
            | ToolChoiceTypes
            | Unset
        ):
            if not _ready_15:
                _prepare_15()
            if type(data) is dict:
                _tag = data.get("type")
                if _tag == "allowed_tools":
                    try:
                        return ToolChoiceAllowed.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "apply_patch":
                    try:
                        return SpecificApplyPatchParam.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "custom":
                    try:
                        return ToolChoiceCustom.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "function":
                    try:
                        return ToolChoiceFunction.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "mcp":
                    try:
                        return ToolChoiceMCP.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "programmatic_tool_calling":
                    try:
                        return SpecificProgrammaticToolCallingParam.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "shell":
                    try:
                        return SpecificFunctionShellParam.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_tool_choice_param_type_0 = check_tool_choice_options(data)
                return componentsschemas_tool_choice_param_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_choice_param_type_1 = ToolChoiceAllowed.from_dict(data)
                return componentsschemas_tool_choice_param_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_choice_param_type_2 = ToolChoiceTypes.from_dict(data)
                return componentsschemas_tool_choice_param_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_choice_param_type_3 = ToolChoiceFunction.from_dict(data)
                return componentsschemas_tool_choice_param_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_choice_param_type_4 = ToolChoiceMCP.from_dict(data)
                return componentsschemas_tool_choice_param_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_choice_param_type_5 = ToolChoiceCustom.from_dict(data)
                return componentsschemas_tool_choice_param_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_choice_param_type_6 = (
                    SpecificProgrammaticToolCallingParam.from_dict(data)
                )
                return componentsschemas_tool_choice_param_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_choice_param_type_7 = SpecificApplyPatchParam.from_dict(data)
                return componentsschemas_tool_choice_param_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_choice_param_type_8 = SpecificFunctionShellParam.from_dict(
                    data
                )
                return componentsschemas_tool_choice_param_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        def _parse_parallel_tool_calls(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        parallel_tool_calls = _parse_parallel_tool_calls(d.pop("parallel_tool_calls", UNSET))
        token_counts_body = cls(
            model=model,
            input=input_,
            previous_response_id=previous_response_id,
            tools=tools,
            text=text,
            reasoning=reasoning,
            truncation=truncation,
            instructions=instructions,
            personality=personality,
            conversation=conversation,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
        )
        token_counts_body.additional_properties = d
        return token_counts_body

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
        AdditionalToolsItemParam, \
        ApplyPatchToolCallItemParam, \
        ApplyPatchToolCallOutputItemParam, \
        ApplyPatchToolParam, \
        CodeInterpreterTool, \
        CodeInterpreterToolCall, \
        CompactionSummaryItemParam, \
        CompactionTriggerItemParam, \
        ComputerCallOutputItemParam, \
        ComputerTool, \
        ComputerToolCall, \
        ComputerUsePreviewTool, \
        ConversationParam2, \
        CustomToolCall, \
        CustomToolCallOutput, \
        CustomToolParam, \
        EasyInputMessage, \
        FileSearchTool, \
        FileSearchToolCall, \
        FunctionCallOutputItemParam, \
        FunctionShellCallItemParam, \
        FunctionShellCallOutputItemParam, \
        FunctionShellToolParam, \
        FunctionTool, \
        FunctionToolCall, \
        ImageGenTool, \
        ImageGenToolCall, \
        InputMessage, \
        ItemReferenceParam, \
        ItemType27, \
        LocalShellToolCall, \
        LocalShellToolCallOutput, \
        LocalShellToolParam, \
        MCPApprovalRequest, \
        MCPApprovalResponse, \
        MCPListTools, \
        MCPTool, \
        MCPToolCall, \
        NamespaceToolParam, \
        OutputMessage, \
        ProgramItemParam, \
        ProgrammaticToolCallingParam, \
        Reasoning, \
        ReasoningItem, \
        ResponseTextParam, \
        SpecificApplyPatchParam, \
        SpecificFunctionShellParam, \
        SpecificProgrammaticToolCallingParam, \
        ToolChoiceAllowed, \
        ToolChoiceCustom, \
        ToolChoiceFunction, \
        ToolChoiceMCP, \
        ToolChoiceTypes, \
        ToolSearchCallItemParam, \
        ToolSearchOutputItemParam, \
        ToolSearchToolParam, \
        WebSearchPreviewTool, \
        WebSearchTool, \
        WebSearchToolCall
    from ..models.additional_tools_item_param import AdditionalToolsItemParam
    from ..models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
    from ..models.apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam
    from ..models.apply_patch_tool_param import ApplyPatchToolParam
    from ..models.code_interpreter_tool import CodeInterpreterTool
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall
    from ..models.compaction_summary_item_param import CompactionSummaryItemParam
    from ..models.compaction_trigger_item_param import CompactionTriggerItemParam
    from ..models.computer_call_output_item_param import ComputerCallOutputItemParam
    from ..models.computer_tool import ComputerTool
    from ..models.computer_tool_call import ComputerToolCall
    from ..models.computer_use_preview_tool import ComputerUsePreviewTool
    from ..models.conversation_param_2 import ConversationParam2
    from ..models.custom_tool_call import CustomToolCall
    from ..models.custom_tool_call_output import CustomToolCallOutput
    from ..models.custom_tool_param import CustomToolParam
    from ..models.easy_input_message import EasyInputMessage
    from ..models.file_search_tool import FileSearchTool
    from ..models.file_search_tool_call import FileSearchToolCall
    from ..models.function_call_output_item_param import FunctionCallOutputItemParam
    from ..models.function_shell_call_item_param import FunctionShellCallItemParam
    from ..models.function_shell_call_output_item_param import FunctionShellCallOutputItemParam
    from ..models.function_shell_tool_param import FunctionShellToolParam
    from ..models.function_tool import FunctionTool
    from ..models.function_tool_call import FunctionToolCall
    from ..models.image_gen_tool import ImageGenTool
    from ..models.image_gen_tool_call import ImageGenToolCall
    from ..models.input_message import InputMessage
    from ..models.item_reference_param import ItemReferenceParam
    from ..models.item_type_27 import ItemType27
    from ..models.local_shell_tool_call import LocalShellToolCall
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
    from ..models.local_shell_tool_param import LocalShellToolParam
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response import MCPApprovalResponse
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool import MCPTool
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.namespace_tool_param import NamespaceToolParam
    from ..models.output_message import OutputMessage
    from ..models.program_item_param import ProgramItemParam
    from ..models.programmatic_tool_calling_param import ProgrammaticToolCallingParam
    from ..models.reasoning import Reasoning
    from ..models.reasoning_item import ReasoningItem
    from ..models.response_text_param import ResponseTextParam
    from ..models.specific_apply_patch_param import SpecificApplyPatchParam
    from ..models.specific_function_shell_param import SpecificFunctionShellParam
    from ..models.specific_programmatic_tool_calling_param import (
        SpecificProgrammaticToolCallingParam,
    )
    from ..models.tool_choice_allowed import ToolChoiceAllowed
    from ..models.tool_choice_custom import ToolChoiceCustom
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMCP
    from ..models.tool_choice_types import ToolChoiceTypes
    from ..models.tool_search_call_item_param import ToolSearchCallItemParam
    from ..models.tool_search_output_item_param import ToolSearchOutputItemParam
    from ..models.tool_search_tool_param import ToolSearchToolParam
    from ..models.web_search_preview_tool import WebSearchPreviewTool
    from ..models.web_search_tool import WebSearchTool
    from ..models.web_search_tool_call import WebSearchToolCall

    _ready_0 = True


_ready_11 = False


def _prepare_11() -> None:
    global _ready_11, ResponseTextParam
    from ..models.response_text_param import ResponseTextParam

    _ready_11 = True


_ready_12 = False


def _prepare_12() -> None:
    global _ready_12, Reasoning
    from ..models.reasoning import Reasoning

    _ready_12 = True


_ready_14 = False


def _prepare_14() -> None:
    global _ready_14, ConversationParam2
    from ..models.conversation_param_2 import ConversationParam2

    _ready_14 = True


_ready_15 = False


def _prepare_15() -> None:
    global \
        _ready_15, \
        SpecificApplyPatchParam, \
        SpecificFunctionShellParam, \
        SpecificProgrammaticToolCallingParam, \
        ToolChoiceAllowed, \
        ToolChoiceCustom, \
        ToolChoiceFunction, \
        ToolChoiceMCP, \
        ToolChoiceTypes
    from ..models.specific_apply_patch_param import SpecificApplyPatchParam
    from ..models.specific_function_shell_param import SpecificFunctionShellParam
    from ..models.specific_programmatic_tool_calling_param import (
        SpecificProgrammaticToolCallingParam,
    )
    from ..models.tool_choice_allowed import ToolChoiceAllowed
    from ..models.tool_choice_custom import ToolChoiceCustom
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMCP
    from ..models.tool_choice_types import ToolChoiceTypes

    _ready_15 = True


_ready_17 = False


def _prepare_17() -> None:
    global \
        _ready_17, \
        AdditionalToolsItemParam, \
        ApplyPatchToolCallItemParam, \
        ApplyPatchToolCallOutputItemParam, \
        CodeInterpreterToolCall, \
        CompactionSummaryItemParam, \
        CompactionTriggerItemParam, \
        ComputerCallOutputItemParam, \
        ComputerToolCall, \
        CustomToolCall, \
        CustomToolCallOutput, \
        EasyInputMessage, \
        FileSearchToolCall, \
        FunctionCallOutputItemParam, \
        FunctionShellCallItemParam, \
        FunctionShellCallOutputItemParam, \
        FunctionToolCall, \
        ImageGenToolCall, \
        InputMessage, \
        ItemReferenceParam, \
        ItemType27, \
        LocalShellToolCall, \
        LocalShellToolCallOutput, \
        MCPApprovalRequest, \
        MCPApprovalResponse, \
        MCPListTools, \
        MCPToolCall, \
        OutputMessage, \
        ProgramItemParam, \
        ProgramOutputItemParam, \
        ReasoningItem, \
        ToolSearchCallItemParam, \
        ToolSearchOutputItemParam, \
        WebSearchToolCall
    from ..models.additional_tools_item_param import AdditionalToolsItemParam
    from ..models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
    from ..models.apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall
    from ..models.compaction_summary_item_param import CompactionSummaryItemParam
    from ..models.compaction_trigger_item_param import CompactionTriggerItemParam
    from ..models.computer_call_output_item_param import ComputerCallOutputItemParam
    from ..models.computer_tool_call import ComputerToolCall
    from ..models.custom_tool_call import CustomToolCall
    from ..models.custom_tool_call_output import CustomToolCallOutput
    from ..models.easy_input_message import EasyInputMessage
    from ..models.file_search_tool_call import FileSearchToolCall
    from ..models.function_call_output_item_param import FunctionCallOutputItemParam
    from ..models.function_shell_call_item_param import FunctionShellCallItemParam
    from ..models.function_shell_call_output_item_param import FunctionShellCallOutputItemParam
    from ..models.function_tool_call import FunctionToolCall
    from ..models.image_gen_tool_call import ImageGenToolCall
    from ..models.input_message import InputMessage
    from ..models.item_reference_param import ItemReferenceParam
    from ..models.item_type_27 import ItemType27
    from ..models.local_shell_tool_call import LocalShellToolCall
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response import MCPApprovalResponse
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.output_message import OutputMessage
    from ..models.program_item_param import ProgramItemParam
    from ..models.program_output_item_param import ProgramOutputItemParam
    from ..models.reasoning_item import ReasoningItem
    from ..models.tool_search_call_item_param import ToolSearchCallItemParam
    from ..models.tool_search_output_item_param import ToolSearchOutputItemParam
    from ..models.web_search_tool_call import WebSearchToolCall

    _ready_17 = True


_ready_18 = False


def _prepare_18() -> None:
    global \
        _ready_18, \
        ApplyPatchToolParam, \
        CodeInterpreterTool, \
        ComputerTool, \
        ComputerUsePreviewTool, \
        CustomToolParam, \
        FileSearchTool, \
        FunctionShellToolParam, \
        FunctionTool, \
        ImageGenTool, \
        LocalShellToolParam, \
        MCPTool, \
        NamespaceToolParam, \
        ProgrammaticToolCallingParam, \
        ToolSearchToolParam, \
        ToolType16, \
        WebSearchPreviewTool, \
        WebSearchTool
    from ..models.apply_patch_tool_param import ApplyPatchToolParam
    from ..models.code_interpreter_tool import CodeInterpreterTool
    from ..models.computer_tool import ComputerTool
    from ..models.computer_use_preview_tool import ComputerUsePreviewTool
    from ..models.custom_tool_param import CustomToolParam
    from ..models.file_search_tool import FileSearchTool
    from ..models.function_shell_tool_param import FunctionShellToolParam
    from ..models.function_tool import FunctionTool
    from ..models.image_gen_tool import ImageGenTool
    from ..models.local_shell_tool_param import LocalShellToolParam
    from ..models.mcp_tool import MCPTool
    from ..models.namespace_tool_param import NamespaceToolParam
    from ..models.programmatic_tool_calling_param import ProgrammaticToolCallingParam
    from ..models.tool_search_tool_param import ToolSearchToolParam
    from ..models.tool_type_16 import ToolType16
    from ..models.web_search_preview_tool import WebSearchPreviewTool
    from ..models.web_search_tool import WebSearchTool

    _ready_18 = True
