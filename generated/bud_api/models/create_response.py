from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.create_response_prompt_cache_retention_type_0 import (
    CreateResponsePromptCacheRetentionType0,
    check_create_response_prompt_cache_retention_type_0,
)
from ..models.create_response_truncation_type_0 import (
    CreateResponseTruncationType0,
    check_create_response_truncation_type_0,
)
from ..models.include_enum import IncludeEnum, check_include_enum
from ..models.service_tier_responses_type_0 import (
    ServiceTierResponsesType0,
    check_service_tier_responses_type_0,
)
from ..models.tool_choice_options import ToolChoiceOptions, check_tool_choice_options
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
    from ..models.context_management_param import ContextManagementParam
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
    from ..models.metadata_type_0 import MetadataType0
    from ..models.moderation_param import ModerationParam
    from ..models.namespace_tool_param import NamespaceToolParam
    from ..models.output_message import OutputMessage
    from ..models.program_item_param import ProgramItemParam
    from ..models.program_output_item_param import ProgramOutputItemParam
    from ..models.programmatic_tool_calling_param import ProgrammaticToolCallingParam
    from ..models.prompt_cache_options_param import PromptCacheOptionsParam
    from ..models.prompt_type_0 import PromptType0
    from ..models.reasoning import Reasoning
    from ..models.reasoning_item import ReasoningItem
    from ..models.response_stream_options_type_0 import ResponseStreamOptionsType0
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
T = TypeVar("T", bound="CreateResponse")


@_attrs_define
class CreateResponse:
    """
    Attributes:
        metadata (MetadataType0 | None | Unset):
        top_logprobs (int | Unset):
        temperature (float | None | Unset):
        top_p (float | None | Unset):
        user (str | Unset):
        safety_identifier (None | str | Unset):
        prompt_cache_key (None | str | Unset):
        prompt_cache_retention (CreateResponsePromptCacheRetentionType0 | None | Unset):
        prompt_cache_options (PromptCacheOptionsParam | Unset):
        previous_response_id (None | str | Unset):
        model (None | str | Unset):
        background (bool | None | Unset):
        max_tool_calls (int | None | Unset):
        text (None | ResponseTextParam | Unset):
        tools (list[ApplyPatchToolParam | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomToolParam
            | FileSearchTool | FunctionShellToolParam | FunctionTool | ImageGenTool | LocalShellToolParam | MCPTool |
            NamespaceToolParam | ProgrammaticToolCallingParam | ToolSearchToolParam | ToolType16 | WebSearchPreviewTool |
            WebSearchTool] | None | Unset):
        tool_choice (None | SpecificApplyPatchParam | SpecificFunctionShellParam | SpecificProgrammaticToolCallingParam
            | ToolChoiceAllowed | ToolChoiceCustom | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions |
            ToolChoiceTypes | Unset):
        prompt (None | PromptType0 | Unset):
        service_tier (None | ServiceTierResponsesType0 | Unset):
        truncation (CreateResponseTruncationType0 | None | Unset):
        reasoning (None | Reasoning | Unset):
        input (list[AdditionalToolsItemParam | ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam |
            CodeInterpreterToolCall | CompactionSummaryItemParam | CompactionTriggerItemParam | ComputerCallOutputItemParam
            | ComputerToolCall | CustomToolCall | CustomToolCallOutput | EasyInputMessage | FileSearchToolCall |
            FunctionCallOutputItemParam | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | FunctionToolCall |
            ImageGenToolCall | InputMessage | ItemReferenceParam | ItemType27 | LocalShellToolCall |
            LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponse | MCPListTools | MCPToolCall | OutputMessage
            | ProgramItemParam | ProgramOutputItemParam | ReasoningItem | ToolSearchCallItemParam |
            ToolSearchOutputItemParam | WebSearchToolCall] | str | Unset):
        include (list[IncludeEnum] | None | Unset):
        parallel_tool_calls (bool | None | Unset):
        store (bool | None | Unset):
        instructions (None | str | Unset):
        moderation (ModerationParam | None | Unset):
        stream (bool | None | Unset):
        stream_options (None | ResponseStreamOptionsType0 | Unset):
        conversation (ConversationParam2 | None | str | Unset):
        context_management (list[ContextManagementParam] | None | Unset):
        max_output_tokens (int | None | Unset):
    """

    __repr__ = model_repr
    metadata: MetadataType0 | None | Unset = UNSET
    top_logprobs: int | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    user: str | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_retention: CreateResponsePromptCacheRetentionType0 | None | Unset = UNSET
    prompt_cache_options: PromptCacheOptionsParam | Unset = UNSET
    previous_response_id: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    background: bool | None | Unset = UNSET
    max_tool_calls: int | None | Unset = UNSET
    text: None | ResponseTextParam | Unset = UNSET
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
    prompt: None | PromptType0 | Unset = UNSET
    service_tier: None | ServiceTierResponsesType0 | Unset = UNSET
    truncation: CreateResponseTruncationType0 | None | Unset = UNSET
    reasoning: None | Reasoning | Unset = UNSET
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
        | str
        | Unset
    ) = UNSET
    include: list[IncludeEnum] | None | Unset = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    store: bool | None | Unset = UNSET
    instructions: None | str | Unset = UNSET
    moderation: ModerationParam | None | Unset = UNSET
    stream: bool | None | Unset = UNSET
    stream_options: None | ResponseStreamOptionsType0 | Unset = UNSET
    conversation: ConversationParam2 | None | str | Unset = UNSET
    context_management: list[ContextManagementParam] | None | Unset = UNSET
    max_output_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata
        top_logprobs = self.top_logprobs
        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature
        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p
        user = self.user
        safety_identifier: None | str | Unset
        if isinstance(self.safety_identifier, Unset):
            safety_identifier = UNSET
        else:
            safety_identifier = self.safety_identifier
        prompt_cache_key: None | str | Unset
        if isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = self.prompt_cache_key
        prompt_cache_retention: None | str | Unset
        if isinstance(self.prompt_cache_retention, Unset):
            prompt_cache_retention = UNSET
        elif isinstance(self.prompt_cache_retention, str):
            prompt_cache_retention = self.prompt_cache_retention
        else:
            prompt_cache_retention = self.prompt_cache_retention
        prompt_cache_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_options, Unset):
            prompt_cache_options = self.prompt_cache_options.to_dict()
        previous_response_id: None | str | Unset
        if isinstance(self.previous_response_id, Unset):
            previous_response_id = UNSET
        else:
            previous_response_id = self.previous_response_id
        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model
        background: bool | None | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        else:
            background = self.background
        max_tool_calls: int | None | Unset
        if isinstance(self.max_tool_calls, Unset):
            max_tool_calls = UNSET
        else:
            max_tool_calls = self.max_tool_calls
        text: dict[str, Any] | None | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        elif isinstance(self.text, ResponseTextParam):
            text = self.text.to_dict()
        else:
            text = self.text
        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for componentsschemas_tools_array_item_data in self.tools:
                componentsschemas_tools_array_item: dict[str, Any]
                if isinstance(componentsschemas_tools_array_item_data, FunctionTool):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_tools_array_item_data, FileSearchTool):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_tools_array_item_data, ComputerTool):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_tools_array_item_data, ComputerUsePreviewTool):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_tools_array_item_data, WebSearchTool):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_tools_array_item_data, MCPTool):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_tools_array_item_data, CodeInterpreterTool):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_tools_array_item_data, ProgrammaticToolCallingParam
                ):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_tools_array_item_data, ImageGenTool):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_tools_array_item_data, LocalShellToolParam):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_tools_array_item_data, FunctionShellToolParam):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_tools_array_item_data, CustomToolParam):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_tools_array_item_data, NamespaceToolParam):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_tools_array_item_data, ToolSearchToolParam):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_tools_array_item_data, WebSearchPreviewTool):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_tools_array_item_data, ApplyPatchToolParam):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                else:
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                tools.append(componentsschemas_tools_array_item)
        else:
            tools = self.tools
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
        prompt: dict[str, Any] | None | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        elif isinstance(self.prompt, PromptType0):
            prompt = self.prompt.to_dict()
        else:
            prompt = self.prompt
        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        elif isinstance(self.service_tier, str):
            service_tier = self.service_tier
        else:
            service_tier = self.service_tier
        truncation: None | str | Unset
        if isinstance(self.truncation, Unset):
            truncation = UNSET
        elif isinstance(self.truncation, str):
            truncation = self.truncation
        else:
            truncation = self.truncation
        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, Reasoning):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning
        input_: list[dict[str, Any]] | str | Unset
        if isinstance(self.input, Unset):
            input_ = UNSET
        elif isinstance(self.input, list):
            input_ = []
            for componentsschemas_input_param_type_1_item_data in self.input:
                componentsschemas_input_param_type_1_item: dict[str, Any]
                if isinstance(componentsschemas_input_param_type_1_item_data, EasyInputMessage):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_input_param_type_1_item_data, InputMessage):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_input_param_type_1_item_data, OutputMessage):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_input_param_type_1_item_data, FileSearchToolCall):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_input_param_type_1_item_data, ComputerToolCall):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_input_param_type_1_item_data, ComputerCallOutputItemParam
                ):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_input_param_type_1_item_data, WebSearchToolCall):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_input_param_type_1_item_data, FunctionToolCall):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_input_param_type_1_item_data, FunctionCallOutputItemParam
                ):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_input_param_type_1_item_data, ToolSearchCallItemParam
                ):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_input_param_type_1_item_data, ToolSearchOutputItemParam
                ):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_input_param_type_1_item_data, AdditionalToolsItemParam
                ):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_input_param_type_1_item_data, ReasoningItem):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_input_param_type_1_item_data, CompactionSummaryItemParam
                ):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_input_param_type_1_item_data, ImageGenToolCall):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_input_param_type_1_item_data, CodeInterpreterToolCall
                ):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_input_param_type_1_item_data, LocalShellToolCall):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_input_param_type_1_item_data, LocalShellToolCallOutput
                ):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_input_param_type_1_item_data, FunctionShellCallItemParam
                ):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_input_param_type_1_item_data, FunctionShellCallOutputItemParam
                ):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_input_param_type_1_item_data, ApplyPatchToolCallItemParam
                ):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_input_param_type_1_item_data,
                    ApplyPatchToolCallOutputItemParam,
                ):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_input_param_type_1_item_data, MCPListTools):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_input_param_type_1_item_data, MCPApprovalRequest):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_input_param_type_1_item_data, MCPApprovalResponse
                ):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_input_param_type_1_item_data, MCPToolCall):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_input_param_type_1_item_data, CustomToolCallOutput
                ):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_input_param_type_1_item_data, CustomToolCall):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_input_param_type_1_item_data, ItemType27):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_input_param_type_1_item_data, CompactionTriggerItemParam
                ):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_input_param_type_1_item_data, ItemReferenceParam):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_input_param_type_1_item_data, ProgramItemParam):
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                else:
                    componentsschemas_input_param_type_1_item = (
                        componentsschemas_input_param_type_1_item_data.to_dict()
                    )
                input_.append(componentsschemas_input_param_type_1_item)
        else:
            input_ = self.input
        include: list[str] | None | Unset
        if isinstance(self.include, Unset):
            include = UNSET
        elif isinstance(self.include, list):
            include = []
            for include_type_0_item_data in self.include:
                include_type_0_item: str = include_type_0_item_data
                include.append(include_type_0_item)
        else:
            include = self.include
        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls
        store: bool | None | Unset
        if isinstance(self.store, Unset):
            store = UNSET
        else:
            store = self.store
        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions
        moderation: dict[str, Any] | None | Unset
        if isinstance(self.moderation, Unset):
            moderation = UNSET
        elif isinstance(self.moderation, ModerationParam):
            moderation = self.moderation.to_dict()
        else:
            moderation = self.moderation
        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream
        stream_options: dict[str, Any] | None | Unset
        if isinstance(self.stream_options, Unset):
            stream_options = UNSET
        elif isinstance(self.stream_options, ResponseStreamOptionsType0):
            stream_options = self.stream_options.to_dict()
        else:
            stream_options = self.stream_options
        conversation: dict[str, Any] | None | str | Unset
        if isinstance(self.conversation, Unset):
            conversation = UNSET
        elif isinstance(self.conversation, ConversationParam2):
            conversation = self.conversation.to_dict()
        else:
            conversation = self.conversation
        context_management: list[dict[str, Any]] | None | Unset
        if isinstance(self.context_management, Unset):
            context_management = UNSET
        elif isinstance(self.context_management, list):
            context_management = []
            for context_management_type_0_item_data in self.context_management:
                context_management_type_0_item = context_management_type_0_item_data.to_dict()
                context_management.append(context_management_type_0_item)
        else:
            context_management = self.context_management
        max_output_tokens: int | None | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if user is not UNSET:
            field_dict["user"] = user
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_retention is not UNSET:
            field_dict["prompt_cache_retention"] = prompt_cache_retention
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if model is not UNSET:
            field_dict["model"] = model
        if background is not UNSET:
            field_dict["background"] = background
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if text is not UNSET:
            field_dict["text"] = text
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if input_ is not UNSET:
            field_dict["input"] = input_
        if include is not UNSET:
            field_dict["include"] = include
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if store is not UNSET:
            field_dict["store"] = store
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if context_management is not UNSET:
            field_dict["context_management"] = context_management
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _ready_1:
            _prepare_1()
        d = dict(src_dict)

        def _parse_metadata(data: object) -> MetadataType0 | None | Unset:
            if not _ready_7:
                _prepare_7()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_metadata_type_0 = MetadataType0.from_dict(data)
                return componentsschemas_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        metadata = _parse_metadata(d.pop("metadata", UNSET))
        top_logprobs = d.pop("top_logprobs", UNSET)

        def _parse_temperature(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        temperature = _parse_temperature(d.pop("temperature", UNSET))

        def _parse_top_p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        top_p = _parse_top_p(d.pop("top_p", UNSET))
        user = d.pop("user", UNSET)

        def _parse_safety_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        safety_identifier = _parse_safety_identifier(d.pop("safety_identifier", UNSET))

        def _parse_prompt_cache_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        prompt_cache_key = _parse_prompt_cache_key(d.pop("prompt_cache_key", UNSET))

        def _parse_prompt_cache_retention(
            data: object,
        ) -> CreateResponsePromptCacheRetentionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                prompt_cache_retention_type_0 = check_create_response_prompt_cache_retention_type_0(
                    data
                )
                return prompt_cache_retention_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        prompt_cache_retention = _parse_prompt_cache_retention(
            d.pop("prompt_cache_retention", UNSET)
        )
        _prompt_cache_options = d.pop("prompt_cache_options", UNSET)
        prompt_cache_options: PromptCacheOptionsParam | Unset
        if isinstance(_prompt_cache_options, Unset):
            prompt_cache_options = UNSET
        else:
            prompt_cache_options = PromptCacheOptionsParam.from_dict(_prompt_cache_options)

        def _parse_previous_response_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        previous_response_id = _parse_previous_response_id(d.pop("previous_response_id", UNSET))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        model = _parse_model(d.pop("model", UNSET))

        def _parse_background(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        background = _parse_background(d.pop("background", UNSET))

        def _parse_max_tool_calls(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        max_tool_calls = _parse_max_tool_calls(d.pop("max_tool_calls", UNSET))

        def _parse_text(data: object) -> None | ResponseTextParam | Unset:
            if not _ready_17:
                _prepare_17()
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
                for componentsschemas_tools_array_item_data in _tools_type_0:

                    def _parse_componentsschemas_tools_array_item(
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
                        if not _ready_35:
                            _prepare_35()
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

                    componentsschemas_tools_array_item = _parse_componentsschemas_tools_array_item(
                        componentsschemas_tools_array_item_data
                    )
                    tools_type_0.append(componentsschemas_tools_array_item)
                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        tools = _parse_tools(d.pop("tools", UNSET))

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
            if not _ready_19:
                _prepare_19()
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

        def _parse_prompt(data: object) -> None | PromptType0 | Unset:
            if not _ready_20:
                _prepare_20()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_prompt_type_0 = PromptType0.from_dict(data)
                return componentsschemas_prompt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_service_tier(data: object) -> None | ServiceTierResponsesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_service_tier_responses_type_0 = (
                    check_service_tier_responses_type_0(data)
                )
                return componentsschemas_service_tier_responses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        service_tier = _parse_service_tier(d.pop("service_tier", UNSET))

        def _parse_truncation(data: object) -> CreateResponseTruncationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                truncation_type_0 = check_create_response_truncation_type_0(data)
                return truncation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        truncation = _parse_truncation(d.pop("truncation", UNSET))

        def _parse_reasoning(data: object) -> None | Reasoning | Unset:
            if not _ready_23:
                _prepare_23()
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
            | str
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_input_param_type_1 = []
                _componentsschemas_input_param_type_1 = data
                for (
                    componentsschemas_input_param_type_1_item_data
                ) in _componentsschemas_input_param_type_1:

                    def _parse_componentsschemas_input_param_type_1_item(
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
                        if not _ready_36:
                            _prepare_36()
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

                    componentsschemas_input_param_type_1_item = (
                        _parse_componentsschemas_input_param_type_1_item(
                            componentsschemas_input_param_type_1_item_data
                        )
                    )
                    componentsschemas_input_param_type_1.append(
                        componentsschemas_input_param_type_1_item
                    )
                return componentsschemas_input_param_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        input_ = _parse_input_(d.pop("input", UNSET))

        def _parse_include(data: object) -> list[IncludeEnum] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                include_type_0 = []
                _include_type_0 = data
                for include_type_0_item_data in _include_type_0:
                    include_type_0_item = check_include_enum(include_type_0_item_data)
                    include_type_0.append(include_type_0_item)
                return include_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        include = _parse_include(d.pop("include", UNSET))

        def _parse_parallel_tool_calls(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        parallel_tool_calls = _parse_parallel_tool_calls(d.pop("parallel_tool_calls", UNSET))

        def _parse_store(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        store = _parse_store(d.pop("store", UNSET))

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        def _parse_moderation(data: object) -> ModerationParam | None | Unset:
            if not _ready_29:
                _prepare_29()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                moderation_type_0 = ModerationParam.from_dict(data)
                return moderation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        moderation = _parse_moderation(d.pop("moderation", UNSET))

        def _parse_stream(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        stream = _parse_stream(d.pop("stream", UNSET))

        def _parse_stream_options(data: object) -> None | ResponseStreamOptionsType0 | Unset:
            if not _ready_31:
                _prepare_31()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_stream_options_type_0 = (
                    ResponseStreamOptionsType0.from_dict(data)
                )
                return componentsschemas_response_stream_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        stream_options = _parse_stream_options(d.pop("stream_options", UNSET))

        def _parse_conversation(data: object) -> ConversationParam2 | None | str | Unset:
            if not _ready_32:
                _prepare_32()
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

        def _parse_context_management(data: object) -> list[ContextManagementParam] | None | Unset:
            if not _ready_33:
                _prepare_33()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                context_management_type_0 = []
                _context_management_type_0 = data
                for context_management_type_0_item_data in _context_management_type_0:
                    context_management_type_0_item = ContextManagementParam.from_dict(
                        context_management_type_0_item_data
                    )
                    context_management_type_0.append(context_management_type_0_item)
                return context_management_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        context_management = _parse_context_management(d.pop("context_management", UNSET))

        def _parse_max_output_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        max_output_tokens = _parse_max_output_tokens(d.pop("max_output_tokens", UNSET))
        create_response = cls(
            metadata=metadata,
            top_logprobs=top_logprobs,
            temperature=temperature,
            top_p=top_p,
            user=user,
            safety_identifier=safety_identifier,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_retention=prompt_cache_retention,
            prompt_cache_options=prompt_cache_options,
            previous_response_id=previous_response_id,
            model=model,
            background=background,
            max_tool_calls=max_tool_calls,
            text=text,
            tools=tools,
            tool_choice=tool_choice,
            prompt=prompt,
            service_tier=service_tier,
            truncation=truncation,
            reasoning=reasoning,
            input=input_,
            include=include,
            parallel_tool_calls=parallel_tool_calls,
            store=store,
            instructions=instructions,
            moderation=moderation,
            stream=stream,
            stream_options=stream_options,
            conversation=conversation,
            context_management=context_management,
            max_output_tokens=max_output_tokens,
        )
        create_response.additional_properties = d
        return create_response

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
        MetadataType0, \
        ModerationParam, \
        NamespaceToolParam, \
        OutputMessage, \
        ProgramItemParam, \
        ProgrammaticToolCallingParam, \
        PromptType0, \
        Reasoning, \
        ReasoningItem, \
        ResponseStreamOptionsType0, \
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
    from ..models.metadata_type_0 import MetadataType0
    from ..models.moderation_param import ModerationParam
    from ..models.namespace_tool_param import NamespaceToolParam
    from ..models.output_message import OutputMessage
    from ..models.program_item_param import ProgramItemParam
    from ..models.programmatic_tool_calling_param import ProgrammaticToolCallingParam
    from ..models.prompt_type_0 import PromptType0
    from ..models.reasoning import Reasoning
    from ..models.reasoning_item import ReasoningItem
    from ..models.response_stream_options_type_0 import ResponseStreamOptionsType0
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


_ready_1 = False


def _prepare_1() -> None:
    global _ready_1, PromptCacheOptionsParam
    from ..models.prompt_cache_options_param import PromptCacheOptionsParam

    _ready_1 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, MetadataType0
    from ..models.metadata_type_0 import MetadataType0

    _ready_7 = True


_ready_17 = False


def _prepare_17() -> None:
    global _ready_17, ResponseTextParam
    from ..models.response_text_param import ResponseTextParam

    _ready_17 = True


_ready_19 = False


def _prepare_19() -> None:
    global \
        _ready_19, \
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

    _ready_19 = True


_ready_20 = False


def _prepare_20() -> None:
    global _ready_20, PromptType0
    from ..models.prompt_type_0 import PromptType0

    _ready_20 = True


_ready_23 = False


def _prepare_23() -> None:
    global _ready_23, Reasoning
    from ..models.reasoning import Reasoning

    _ready_23 = True


_ready_29 = False


def _prepare_29() -> None:
    global _ready_29, ModerationParam
    from ..models.moderation_param import ModerationParam

    _ready_29 = True


_ready_31 = False


def _prepare_31() -> None:
    global _ready_31, ResponseStreamOptionsType0
    from ..models.response_stream_options_type_0 import ResponseStreamOptionsType0

    _ready_31 = True


_ready_32 = False


def _prepare_32() -> None:
    global _ready_32, ConversationParam2
    from ..models.conversation_param_2 import ConversationParam2

    _ready_32 = True


_ready_33 = False


def _prepare_33() -> None:
    global _ready_33, ContextManagementParam
    from ..models.context_management_param import ContextManagementParam

    _ready_33 = True


_ready_35 = False


def _prepare_35() -> None:
    global \
        _ready_35, \
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

    _ready_35 = True


_ready_36 = False


def _prepare_36() -> None:
    global \
        _ready_36, \
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

    _ready_36 = True
