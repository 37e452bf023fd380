from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import OutputTextMixin, model_repr
from ..models.response_object_object import ResponseObjectObject, check_response_object_object
from ..models.response_object_prompt_cache_retention_type_0 import (
    ResponseObjectPromptCacheRetentionType0,
    check_response_object_prompt_cache_retention_type_0,
)
from ..models.response_object_status import ResponseObjectStatus, check_response_object_status
from ..models.response_object_truncation_type_0 import (
    ResponseObjectTruncationType0,
    check_response_object_truncation_type_0,
)
from ..models.service_tier_responses_type_0 import (
    ServiceTierResponsesType0,
    check_service_tier_responses_type_0,
)
from ..models.tool_choice_options import ToolChoiceOptions, check_tool_choice_options
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_tools import AdditionalTools
    from ..models.additional_tools_item_param import AdditionalToolsItemParam
    from ..models.apply_patch_tool_call import ApplyPatchToolCall
    from ..models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
    from ..models.apply_patch_tool_call_output import ApplyPatchToolCallOutput
    from ..models.apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam
    from ..models.apply_patch_tool_param import ApplyPatchToolParam
    from ..models.code_interpreter_tool import CodeInterpreterTool
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall
    from ..models.compaction_body import CompactionBody
    from ..models.compaction_summary_item_param import CompactionSummaryItemParam
    from ..models.compaction_trigger_item_param import CompactionTriggerItemParam
    from ..models.computer_call_output_item_param import ComputerCallOutputItemParam
    from ..models.computer_tool import ComputerTool
    from ..models.computer_tool_call import ComputerToolCall
    from ..models.computer_tool_call_output_resource import ComputerToolCallOutputResource
    from ..models.computer_use_preview_tool import ComputerUsePreviewTool
    from ..models.custom_tool_call import CustomToolCall
    from ..models.custom_tool_call_output import CustomToolCallOutput
    from ..models.custom_tool_call_output_resource import CustomToolCallOutputResource
    from ..models.custom_tool_param import CustomToolParam
    from ..models.easy_input_message import EasyInputMessage
    from ..models.file_search_tool import FileSearchTool
    from ..models.file_search_tool_call import FileSearchToolCall
    from ..models.function_call_output_item_param import FunctionCallOutputItemParam
    from ..models.function_shell_call import FunctionShellCall
    from ..models.function_shell_call_item_param import FunctionShellCallItemParam
    from ..models.function_shell_call_output import FunctionShellCallOutput
    from ..models.function_shell_call_output_item_param import FunctionShellCallOutputItemParam
    from ..models.function_shell_tool_param import FunctionShellToolParam
    from ..models.function_tool import FunctionTool
    from ..models.function_tool_call import FunctionToolCall
    from ..models.function_tool_call_output_resource import FunctionToolCallOutputResource
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
    from ..models.mcp_approval_response_resource import MCPApprovalResponseResource
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool import MCPTool
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.metadata_type_0 import MetadataType0
    from ..models.moderation import Moderation
    from ..models.namespace_tool_param import NamespaceToolParam
    from ..models.output_item_type_28 import OutputItemType28
    from ..models.output_message import OutputMessage
    from ..models.program import Program
    from ..models.program_item_param import ProgramItemParam
    from ..models.program_output import ProgramOutput
    from ..models.program_output_item_param import ProgramOutputItemParam
    from ..models.programmatic_tool_calling_param import ProgrammaticToolCallingParam
    from ..models.prompt_cache_options import PromptCacheOptions
    from ..models.prompt_type_0 import PromptType0
    from ..models.reasoning import Reasoning
    from ..models.reasoning_item import ReasoningItem
    from ..models.response_conversation import ResponseConversation
    from ..models.response_error_type_0 import ResponseErrorType0
    from ..models.response_object_incomplete_details_type_0 import (
        ResponseObjectIncompleteDetailsType0,
    )
    from ..models.response_text_param import ResponseTextParam
    from ..models.response_usage import ResponseUsage
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
    from ..models.tool_search_call import ToolSearchCall
    from ..models.tool_search_call_item_param import ToolSearchCallItemParam
    from ..models.tool_search_output import ToolSearchOutput
    from ..models.tool_search_output_item_param import ToolSearchOutputItemParam
    from ..models.tool_search_tool_param import ToolSearchToolParam
    from ..models.tool_type_16 import ToolType16
    from ..models.web_search_preview_tool import WebSearchPreviewTool
    from ..models.web_search_tool import WebSearchTool
    from ..models.web_search_tool_call import WebSearchToolCall
T = TypeVar("T", bound="ResponseObject")


@_attrs_define
class ResponseObject(OutputTextMixin):
    """
    Attributes:
        metadata (MetadataType0 | None | Unset):
        top_logprobs (int | None | Unset):
        temperature (float | None | Unset):
        top_p (float | None | Unset):
        user (str | Unset):
        safety_identifier (None | str | Unset):
        prompt_cache_key (None | str | Unset):
        prompt_cache_retention (None | ResponseObjectPromptCacheRetentionType0 | Unset):
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
        truncation (None | ResponseObjectTruncationType0 | Unset):
        id (str | Unset):
        object (ResponseObjectObject | Unset):
        status (ResponseObjectStatus | Unset):
        created_at (float | Unset):
        completed_at (float | None | Unset):
        error (None | ResponseErrorType0 | Unset):
        incomplete_details (None | ResponseObjectIncompleteDetailsType0 | Unset):
        output (list[AdditionalTools | ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall |
            CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall |
            CustomToolCallOutputResource | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput |
            FunctionToolCall | FunctionToolCallOutputResource | ImageGenToolCall | LocalShellToolCall |
            LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall |
            OutputItemType28 | OutputMessage | Program | ProgramOutput | ReasoningItem | ToolSearchCall | ToolSearchOutput |
            WebSearchToolCall] | None | Unset):
        reasoning (None | Reasoning | Unset):
        instructions (list[AdditionalToolsItemParam | ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam |
            CodeInterpreterToolCall | CompactionSummaryItemParam | CompactionTriggerItemParam | ComputerCallOutputItemParam
            | ComputerToolCall | CustomToolCall | CustomToolCallOutput | EasyInputMessage | FileSearchToolCall |
            FunctionCallOutputItemParam | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | FunctionToolCall |
            ImageGenToolCall | InputMessage | ItemReferenceParam | ItemType27 | LocalShellToolCall |
            LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponse | MCPListTools | MCPToolCall | OutputMessage
            | ProgramItemParam | ProgramOutputItemParam | ReasoningItem | ToolSearchCallItemParam |
            ToolSearchOutputItemParam | WebSearchToolCall] | None | str | Unset):
        usage (None | ResponseUsage | Unset):
        prompt_cache_options (None | PromptCacheOptions | Unset):
        moderation (Moderation | None | Unset):
        parallel_tool_calls (bool | Unset):  Default: True.
        conversation (None | ResponseConversation | Unset):
        max_output_tokens (int | None | Unset):
    """

    __repr__ = model_repr
    metadata: MetadataType0 | None | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    user: str | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_retention: None | ResponseObjectPromptCacheRetentionType0 | Unset = UNSET
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
    truncation: None | ResponseObjectTruncationType0 | Unset = UNSET
    id: str | Unset = UNSET
    object: ResponseObjectObject | Unset = UNSET
    status: ResponseObjectStatus | Unset = UNSET
    created_at: float | Unset = UNSET
    completed_at: float | None | Unset = UNSET
    error: None | ResponseErrorType0 | Unset = UNSET
    incomplete_details: None | ResponseObjectIncompleteDetailsType0 | Unset = UNSET
    output: (
        list[
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
            | OutputItemType28
            | OutputMessage
            | Program
            | ProgramOutput
            | ReasoningItem
            | ToolSearchCall
            | ToolSearchOutput
            | WebSearchToolCall
        ]
        | None
        | Unset
    ) = UNSET
    reasoning: None | Reasoning | Unset = UNSET
    instructions: (
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
    usage: None | ResponseUsage | Unset = UNSET
    prompt_cache_options: None | PromptCacheOptions | Unset = UNSET
    moderation: Moderation | None | Unset = UNSET
    parallel_tool_calls: bool | Unset = True
    conversation: None | ResponseConversation | Unset = UNSET
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
        top_logprobs: int | None | Unset
        if isinstance(self.top_logprobs, Unset):
            top_logprobs = UNSET
        else:
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
        id = self.id
        object_: str | Unset = UNSET
        if not isinstance(self.object, Unset):
            object_ = self.object
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status
        created_at = self.created_at
        completed_at: float | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at
        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ResponseErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error
        incomplete_details: dict[str, Any] | None | Unset
        if isinstance(self.incomplete_details, Unset):
            incomplete_details = UNSET
        elif isinstance(self.incomplete_details, ResponseObjectIncompleteDetailsType0):
            incomplete_details = self.incomplete_details.to_dict()
        else:
            incomplete_details = self.incomplete_details
        output: list[dict[str, Any]] | None | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, list):
            output = []
            for output_type_0_item_data in self.output:
                output_type_0_item: dict[str, Any]
                if isinstance(output_type_0_item_data, OutputMessage):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, FileSearchToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, FunctionToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, FunctionToolCallOutputResource):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, WebSearchToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ComputerToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ComputerToolCallOutputResource):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ReasoningItem):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, Program):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ProgramOutput):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ToolSearchCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ToolSearchOutput):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, AdditionalTools):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, CompactionBody):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ImageGenToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, CodeInterpreterToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LocalShellToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LocalShellToolCallOutput):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, FunctionShellCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, FunctionShellCallOutput):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ApplyPatchToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ApplyPatchToolCallOutput):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, MCPToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, MCPListTools):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, MCPApprovalRequest):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, MCPApprovalResponseResource):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, CustomToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, CustomToolCallOutputResource):
                    output_type_0_item = output_type_0_item_data.to_dict()
                else:
                    output_type_0_item = output_type_0_item_data.to_dict()
                output.append(output_type_0_item)
        else:
            output = self.output
        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, Reasoning):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning
        instructions: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        elif isinstance(self.instructions, list):
            instructions = []
            for instructions_type_0_type_1_item_data in self.instructions:
                instructions_type_0_type_1_item: dict[str, Any]
                if isinstance(instructions_type_0_type_1_item_data, EasyInputMessage):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, InputMessage):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, OutputMessage):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, FileSearchToolCall):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, ComputerToolCall):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, ComputerCallOutputItemParam):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, WebSearchToolCall):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, FunctionToolCall):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, FunctionCallOutputItemParam):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, ToolSearchCallItemParam):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, ToolSearchOutputItemParam):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, AdditionalToolsItemParam):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, ReasoningItem):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, CompactionSummaryItemParam):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, ImageGenToolCall):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, CodeInterpreterToolCall):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, LocalShellToolCall):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, LocalShellToolCallOutput):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, FunctionShellCallItemParam):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(
                    instructions_type_0_type_1_item_data, FunctionShellCallOutputItemParam
                ):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, ApplyPatchToolCallItemParam):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(
                    instructions_type_0_type_1_item_data, ApplyPatchToolCallOutputItemParam
                ):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, MCPListTools):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, MCPApprovalRequest):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, MCPApprovalResponse):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, MCPToolCall):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, CustomToolCallOutput):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, CustomToolCall):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, ItemType27):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, CompactionTriggerItemParam):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, ItemReferenceParam):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                elif isinstance(instructions_type_0_type_1_item_data, ProgramItemParam):
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                else:
                    instructions_type_0_type_1_item = instructions_type_0_type_1_item_data.to_dict()
                instructions.append(instructions_type_0_type_1_item)
        else:
            instructions = self.instructions
        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, ResponseUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage
        prompt_cache_options: dict[str, Any] | None | Unset
        if isinstance(self.prompt_cache_options, Unset):
            prompt_cache_options = UNSET
        elif isinstance(self.prompt_cache_options, PromptCacheOptions):
            prompt_cache_options = self.prompt_cache_options.to_dict()
        else:
            prompt_cache_options = self.prompt_cache_options
        moderation: dict[str, Any] | None | Unset
        if isinstance(self.moderation, Unset):
            moderation = UNSET
        elif isinstance(self.moderation, Moderation):
            moderation = self.moderation.to_dict()
        else:
            moderation = self.moderation
        parallel_tool_calls = self.parallel_tool_calls
        conversation: dict[str, Any] | None | Unset
        if isinstance(self.conversation, Unset):
            conversation = UNSET
        elif isinstance(self.conversation, ResponseConversation):
            conversation = self.conversation.to_dict()
        else:
            conversation = self.conversation
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
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if error is not UNSET:
            field_dict["error"] = error
        if incomplete_details is not UNSET:
            field_dict["incomplete_details"] = incomplete_details
        if output is not UNSET:
            field_dict["output"] = output
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if usage is not UNSET:
            field_dict["usage"] = usage
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        def _parse_top_logprobs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        top_logprobs = _parse_top_logprobs(d.pop("top_logprobs", UNSET))

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
        ) -> None | ResponseObjectPromptCacheRetentionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                prompt_cache_retention_type_0 = check_response_object_prompt_cache_retention_type_0(
                    data
                )
                return prompt_cache_retention_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        prompt_cache_retention = _parse_prompt_cache_retention(
            d.pop("prompt_cache_retention", UNSET)
        )

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
            if not _ready_18:
                _prepare_18()
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
            if not _ready_20:
                _prepare_20()
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
            if not _ready_21:
                _prepare_21()
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

        def _parse_truncation(data: object) -> None | ResponseObjectTruncationType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                truncation_type_0 = check_response_object_truncation_type_0(data)
                return truncation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        truncation = _parse_truncation(d.pop("truncation", UNSET))
        id = d.pop("id", UNSET)
        _object_ = d.pop("object", UNSET)
        object_: ResponseObjectObject | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = check_response_object_object(_object_)
        _status = d.pop("status", UNSET)
        status: ResponseObjectStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_response_object_status(_status)
        created_at = d.pop("created_at", UNSET)

        def _parse_completed_at(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_error(data: object) -> None | ResponseErrorType0 | Unset:
            if not _ready_25:
                _prepare_25()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_error_type_0 = ResponseErrorType0.from_dict(data)
                return componentsschemas_response_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        error = _parse_error(d.pop("error", UNSET))

        def _parse_incomplete_details(
            data: object,
        ) -> None | ResponseObjectIncompleteDetailsType0 | Unset:
            if not _ready_26:
                _prepare_26()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                incomplete_details_type_0 = ResponseObjectIncompleteDetailsType0.from_dict(data)
                return incomplete_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        incomplete_details = _parse_incomplete_details(d.pop("incomplete_details", UNSET))

        def _parse_output(
            data: object,
        ) -> (
            list[
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
                | OutputItemType28
                | OutputMessage
                | Program
                | ProgramOutput
                | ReasoningItem
                | ToolSearchCall
                | ToolSearchOutput
                | WebSearchToolCall
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
                output_type_0 = []
                _output_type_0 = data
                for output_type_0_item_data in _output_type_0:

                    def _parse_output_type_0_item(
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
                        | OutputItemType28
                        | OutputMessage
                        | Program
                        | ProgramOutput
                        | ReasoningItem
                        | ToolSearchCall
                        | ToolSearchOutput
                        | WebSearchToolCall
                    ):
                        if not _ready_36:
                            _prepare_36()
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
                            componentsschemas_output_item_type_1 = FileSearchToolCall.from_dict(
                                data
                            )
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
                            componentsschemas_output_item_type_3 = (
                                FunctionToolCallOutputResource.from_dict(data)
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
                            componentsschemas_output_item_type_6 = (
                                ComputerToolCallOutputResource.from_dict(data)
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
                            componentsschemas_output_item_type_15 = (
                                CodeInterpreterToolCall.from_dict(data)
                            )
                            return componentsschemas_output_item_type_15
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_output_item_type_16 = LocalShellToolCall.from_dict(
                                data
                            )
                            return componentsschemas_output_item_type_16
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_output_item_type_17 = (
                                LocalShellToolCallOutput.from_dict(data)
                            )
                            return componentsschemas_output_item_type_17
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_output_item_type_18 = FunctionShellCall.from_dict(
                                data
                            )
                            return componentsschemas_output_item_type_18
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_output_item_type_19 = (
                                FunctionShellCallOutput.from_dict(data)
                            )
                            return componentsschemas_output_item_type_19
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_output_item_type_20 = ApplyPatchToolCall.from_dict(
                                data
                            )
                            return componentsschemas_output_item_type_20
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_output_item_type_21 = (
                                ApplyPatchToolCallOutput.from_dict(data)
                            )
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
                            componentsschemas_output_item_type_24 = MCPApprovalRequest.from_dict(
                                data
                            )
                            return componentsschemas_output_item_type_24
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_output_item_type_25 = (
                                MCPApprovalResponseResource.from_dict(data)
                            )
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
                            componentsschemas_output_item_type_27 = (
                                CustomToolCallOutputResource.from_dict(data)
                            )
                            return componentsschemas_output_item_type_27
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_output_item_type_28 = OutputItemType28.from_dict(data)
                        return componentsschemas_output_item_type_28

                    output_type_0_item = _parse_output_type_0_item(output_type_0_item_data)
                    output_type_0.append(output_type_0_item)
                return output_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        output = _parse_output(d.pop("output", UNSET))

        def _parse_reasoning(data: object) -> None | Reasoning | Unset:
            if not _ready_28:
                _prepare_28()
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

        def _parse_instructions(
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
                instructions_type_0_type_1 = []
                _instructions_type_0_type_1 = data
                for instructions_type_0_type_1_item_data in _instructions_type_0_type_1:

                    def _parse_instructions_type_0_type_1_item(
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
                        if not _ready_37:
                            _prepare_37()
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

                    instructions_type_0_type_1_item = _parse_instructions_type_0_type_1_item(
                        instructions_type_0_type_1_item_data
                    )
                    instructions_type_0_type_1.append(instructions_type_0_type_1_item)
                return instructions_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        def _parse_usage(data: object) -> None | ResponseUsage | Unset:
            if not _ready_30:
                _prepare_30()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = ResponseUsage.from_dict(data)
                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        usage = _parse_usage(d.pop("usage", UNSET))

        def _parse_prompt_cache_options(data: object) -> None | PromptCacheOptions | Unset:
            if not _ready_31:
                _prepare_31()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_cache_options_type_0 = PromptCacheOptions.from_dict(data)
                return prompt_cache_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        prompt_cache_options = _parse_prompt_cache_options(d.pop("prompt_cache_options", UNSET))

        def _parse_moderation(data: object) -> Moderation | None | Unset:
            if not _ready_32:
                _prepare_32()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                moderation_type_0 = Moderation.from_dict(data)
                return moderation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        moderation = _parse_moderation(d.pop("moderation", UNSET))
        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

        def _parse_conversation(data: object) -> None | ResponseConversation | Unset:
            if not _ready_33:
                _prepare_33()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conversation_type_0 = ResponseConversation.from_dict(data)
                return conversation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        conversation = _parse_conversation(d.pop("conversation", UNSET))

        def _parse_max_output_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        max_output_tokens = _parse_max_output_tokens(d.pop("max_output_tokens", UNSET))
        response_object = cls(
            metadata=metadata,
            top_logprobs=top_logprobs,
            temperature=temperature,
            top_p=top_p,
            user=user,
            safety_identifier=safety_identifier,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_retention=prompt_cache_retention,
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
            id=id,
            object=object_,
            status=status,
            created_at=created_at,
            completed_at=completed_at,
            error=error,
            incomplete_details=incomplete_details,
            output=output,
            reasoning=reasoning,
            instructions=instructions,
            usage=usage,
            prompt_cache_options=prompt_cache_options,
            moderation=moderation,
            parallel_tool_calls=parallel_tool_calls,
            conversation=conversation,
            max_output_tokens=max_output_tokens,
        )
        response_object.additional_properties = d
        return response_object

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
        AdditionalToolsItemParam, \
        ApplyPatchToolCall, \
        ApplyPatchToolCallItemParam, \
        ApplyPatchToolCallOutput, \
        ApplyPatchToolCallOutputItemParam, \
        ApplyPatchToolParam, \
        CodeInterpreterTool, \
        CodeInterpreterToolCall, \
        CompactionBody, \
        CompactionSummaryItemParam, \
        CompactionTriggerItemParam, \
        ComputerCallOutputItemParam, \
        ComputerTool, \
        ComputerToolCall, \
        ComputerToolCallOutputResource, \
        ComputerUsePreviewTool, \
        CustomToolCall, \
        CustomToolCallOutput, \
        CustomToolCallOutputResource, \
        CustomToolParam, \
        EasyInputMessage, \
        FileSearchTool, \
        FileSearchToolCall, \
        FunctionCallOutputItemParam, \
        FunctionShellCall, \
        FunctionShellCallItemParam, \
        FunctionShellCallOutput, \
        FunctionShellCallOutputItemParam, \
        FunctionShellToolParam, \
        FunctionTool, \
        FunctionToolCall, \
        FunctionToolCallOutputResource, \
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
        MCPApprovalResponseResource, \
        MCPListTools, \
        MCPTool, \
        MCPToolCall, \
        MetadataType0, \
        Moderation, \
        NamespaceToolParam, \
        OutputMessage, \
        Program, \
        ProgramItemParam, \
        ProgramOutput, \
        ProgrammaticToolCallingParam, \
        PromptCacheOptions, \
        PromptType0, \
        Reasoning, \
        ReasoningItem, \
        ResponseConversation, \
        ResponseErrorType0, \
        ResponseObjectIncompleteDetailsType0, \
        ResponseTextParam, \
        ResponseUsage, \
        SpecificApplyPatchParam, \
        SpecificFunctionShellParam, \
        SpecificProgrammaticToolCallingParam, \
        ToolChoiceAllowed, \
        ToolChoiceCustom, \
        ToolChoiceFunction, \
        ToolChoiceMCP, \
        ToolChoiceTypes, \
        ToolSearchCall, \
        ToolSearchCallItemParam, \
        ToolSearchOutput, \
        ToolSearchOutputItemParam, \
        ToolSearchToolParam, \
        WebSearchPreviewTool, \
        WebSearchTool, \
        WebSearchToolCall
    from ..models.additional_tools import AdditionalTools
    from ..models.additional_tools_item_param import AdditionalToolsItemParam
    from ..models.apply_patch_tool_call import ApplyPatchToolCall
    from ..models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
    from ..models.apply_patch_tool_call_output import ApplyPatchToolCallOutput
    from ..models.apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam
    from ..models.apply_patch_tool_param import ApplyPatchToolParam
    from ..models.code_interpreter_tool import CodeInterpreterTool
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall
    from ..models.compaction_body import CompactionBody
    from ..models.compaction_summary_item_param import CompactionSummaryItemParam
    from ..models.compaction_trigger_item_param import CompactionTriggerItemParam
    from ..models.computer_call_output_item_param import ComputerCallOutputItemParam
    from ..models.computer_tool import ComputerTool
    from ..models.computer_tool_call import ComputerToolCall
    from ..models.computer_tool_call_output_resource import ComputerToolCallOutputResource
    from ..models.computer_use_preview_tool import ComputerUsePreviewTool
    from ..models.custom_tool_call import CustomToolCall
    from ..models.custom_tool_call_output import CustomToolCallOutput
    from ..models.custom_tool_call_output_resource import CustomToolCallOutputResource
    from ..models.custom_tool_param import CustomToolParam
    from ..models.easy_input_message import EasyInputMessage
    from ..models.file_search_tool import FileSearchTool
    from ..models.file_search_tool_call import FileSearchToolCall
    from ..models.function_call_output_item_param import FunctionCallOutputItemParam
    from ..models.function_shell_call import FunctionShellCall
    from ..models.function_shell_call_item_param import FunctionShellCallItemParam
    from ..models.function_shell_call_output import FunctionShellCallOutput
    from ..models.function_shell_call_output_item_param import FunctionShellCallOutputItemParam
    from ..models.function_shell_tool_param import FunctionShellToolParam
    from ..models.function_tool import FunctionTool
    from ..models.function_tool_call import FunctionToolCall
    from ..models.function_tool_call_output_resource import FunctionToolCallOutputResource
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
    from ..models.mcp_approval_response_resource import MCPApprovalResponseResource
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool import MCPTool
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.metadata_type_0 import MetadataType0
    from ..models.moderation import Moderation
    from ..models.namespace_tool_param import NamespaceToolParam
    from ..models.output_message import OutputMessage
    from ..models.program import Program
    from ..models.program_item_param import ProgramItemParam
    from ..models.program_output import ProgramOutput
    from ..models.programmatic_tool_calling_param import ProgrammaticToolCallingParam
    from ..models.prompt_cache_options import PromptCacheOptions
    from ..models.prompt_type_0 import PromptType0
    from ..models.reasoning import Reasoning
    from ..models.reasoning_item import ReasoningItem
    from ..models.response_conversation import ResponseConversation
    from ..models.response_error_type_0 import ResponseErrorType0
    from ..models.response_object_incomplete_details_type_0 import (
        ResponseObjectIncompleteDetailsType0,
    )
    from ..models.response_text_param import ResponseTextParam
    from ..models.response_usage import ResponseUsage
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
    from ..models.tool_search_call import ToolSearchCall
    from ..models.tool_search_call_item_param import ToolSearchCallItemParam
    from ..models.tool_search_output import ToolSearchOutput
    from ..models.tool_search_output_item_param import ToolSearchOutputItemParam
    from ..models.tool_search_tool_param import ToolSearchToolParam
    from ..models.web_search_preview_tool import WebSearchPreviewTool
    from ..models.web_search_tool import WebSearchTool
    from ..models.web_search_tool_call import WebSearchToolCall

    _ready_0 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, MetadataType0
    from ..models.metadata_type_0 import MetadataType0

    _ready_7 = True


_ready_18 = False


def _prepare_18() -> None:
    global _ready_18, ResponseTextParam
    from ..models.response_text_param import ResponseTextParam

    _ready_18 = True


_ready_20 = False


def _prepare_20() -> None:
    global \
        _ready_20, \
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

    _ready_20 = True


_ready_21 = False


def _prepare_21() -> None:
    global _ready_21, PromptType0
    from ..models.prompt_type_0 import PromptType0

    _ready_21 = True


_ready_25 = False


def _prepare_25() -> None:
    global _ready_25, ResponseErrorType0
    from ..models.response_error_type_0 import ResponseErrorType0

    _ready_25 = True


_ready_26 = False


def _prepare_26() -> None:
    global _ready_26, ResponseObjectIncompleteDetailsType0
    from ..models.response_object_incomplete_details_type_0 import (
        ResponseObjectIncompleteDetailsType0,
    )

    _ready_26 = True


_ready_28 = False


def _prepare_28() -> None:
    global _ready_28, Reasoning
    from ..models.reasoning import Reasoning

    _ready_28 = True


_ready_30 = False


def _prepare_30() -> None:
    global _ready_30, ResponseUsage
    from ..models.response_usage import ResponseUsage

    _ready_30 = True


_ready_31 = False


def _prepare_31() -> None:
    global _ready_31, PromptCacheOptions
    from ..models.prompt_cache_options import PromptCacheOptions

    _ready_31 = True


_ready_32 = False


def _prepare_32() -> None:
    global _ready_32, Moderation
    from ..models.moderation import Moderation

    _ready_32 = True


_ready_33 = False


def _prepare_33() -> None:
    global _ready_33, ResponseConversation
    from ..models.response_conversation import ResponseConversation

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

    _ready_36 = True


_ready_37 = False


def _prepare_37() -> None:
    global \
        _ready_37, \
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

    _ready_37 = True
