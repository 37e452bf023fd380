from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.response_item_list_object import (
    ResponseItemListObject,
    check_response_item_list_object,
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
    from ..models.custom_tool_call_output_resource import CustomToolCallOutputResource
    from ..models.custom_tool_call_resource import CustomToolCallResource
    from ..models.file_search_tool_call import FileSearchToolCall
    from ..models.function_shell_call import FunctionShellCall
    from ..models.function_shell_call_output import FunctionShellCallOutput
    from ..models.function_tool_call_output_resource import FunctionToolCallOutputResource
    from ..models.function_tool_call_resource import FunctionToolCallResource
    from ..models.image_gen_tool_call import ImageGenToolCall
    from ..models.input_message_resource import InputMessageResource
    from ..models.item_resource_type_29 import ItemResourceType29
    from ..models.local_shell_tool_call import LocalShellToolCall
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response_resource import MCPApprovalResponseResource
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.output_message import OutputMessage
    from ..models.program import Program
    from ..models.program_output import ProgramOutput
    from ..models.reasoning_item import ReasoningItem
    from ..models.tool_search_call import ToolSearchCall
    from ..models.tool_search_output import ToolSearchOutput
    from ..models.web_search_tool_call import WebSearchToolCall
T = TypeVar("T", bound="ResponseItemList")


@_attrs_define
class ResponseItemList:
    """
    Attributes:
        object (ResponseItemListObject | Unset):
        data (list[AdditionalTools | ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall |
            CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCallOutputResource |
            CustomToolCallResource | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput |
            FunctionToolCallOutputResource | FunctionToolCallResource | ImageGenToolCall | InputMessageResource |
            ItemResourceType29 | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest |
            MCPApprovalResponseResource | MCPListTools | MCPToolCall | OutputMessage | Program | ProgramOutput |
            ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall] | None | Unset):
        has_more (bool | Unset):
        first_id (str | Unset):
        last_id (str | Unset):
    """

    __repr__ = model_repr
    object: ResponseItemListObject | Unset = UNSET
    data: (
        list[
            AdditionalTools
            | ApplyPatchToolCall
            | ApplyPatchToolCallOutput
            | CodeInterpreterToolCall
            | CompactionBody
            | ComputerToolCall
            | ComputerToolCallOutputResource
            | CustomToolCallOutputResource
            | CustomToolCallResource
            | FileSearchToolCall
            | FunctionShellCall
            | FunctionShellCallOutput
            | FunctionToolCallOutputResource
            | FunctionToolCallResource
            | ImageGenToolCall
            | InputMessageResource
            | ItemResourceType29
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | MCPApprovalRequest
            | MCPApprovalResponseResource
            | MCPListTools
            | MCPToolCall
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
    has_more: bool | Unset = UNSET
    first_id: str | Unset = UNSET
    last_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        object_: str | Unset = UNSET
        if not isinstance(self.object, Unset):
            object_ = self.object
        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item: dict[str, Any]
                if isinstance(data_type_0_item_data, InputMessageResource):
                    data_type_0_item = data_type_0_item_data.to_dict()
                elif isinstance(data_type_0_item_data, OutputMessage):
                    data_type_0_item = data_type_0_item_data.to_dict()
                elif isinstance(data_type_0_item_data, FileSearchToolCall):
                    data_type_0_item = data_type_0_item_data.to_dict()
                elif isinstance(data_type_0_item_data, ComputerToolCall):
                    data_type_0_item = data_type_0_item_data.to_dict()
                elif isinstance(data_type_0_item_data, ComputerToolCallOutputResource):
                    data_type_0_item = data_type_0_item_data.to_dict()
                elif isinstance(data_type_0_item_data, WebSearchToolCall):
                    data_type_0_item = data_type_0_item_data.to_dict()
                elif isinstance(data_type_0_item_data, FunctionToolCallResource):
                    data_type_0_item = data_type_0_item_data.to_dict()
                elif isinstance(data_type_0_item_data, FunctionToolCallOutputResource):
                    data_type_0_item = data_type_0_item_data.to_dict()
                elif isinstance(data_type_0_item_data, ToolSearchCall):
                    data_type_0_item = data_type_0_item_data.to_dict()
                elif isinstance(data_type_0_item_data, ToolSearchOutput):
                    data_type_0_item = data_type_0_item_data.to_dict()
                elif isinstance(data_type_0_item_data, AdditionalTools):
                    data_type_0_item = data_type_0_item_data.to_dict()
                elif isinstance(data_type_0_item_data, ReasoningItem):
                    data_type_0_item = data_type_0_item_data.to_dict()
                elif isinstance(data_type_0_item_data, Program):
                    data_type_0_item = data_type_0_item_data.to_dict()
                elif isinstance(data_type_0_item_data, ProgramOutput):
                    data_type_0_item = data_type_0_item_data.to_dict()
                elif isinstance(data_type_0_item_data, CompactionBody):
                    data_type_0_item = data_type_0_item_data.to_dict()
                elif isinstance(data_type_0_item_data, ImageGenToolCall):
                    data_type_0_item = data_type_0_item_data.to_dict()
                elif isinstance(data_type_0_item_data, CodeInterpreterToolCall):
                    data_type_0_item = data_type_0_item_data.to_dict()
                elif isinstance(data_type_0_item_data, LocalShellToolCall):
                    data_type_0_item = data_type_0_item_data.to_dict()
                elif isinstance(data_type_0_item_data, LocalShellToolCallOutput):
                    data_type_0_item = data_type_0_item_data.to_dict()
                elif isinstance(data_type_0_item_data, FunctionShellCall):
                    data_type_0_item = data_type_0_item_data.to_dict()
                elif isinstance(data_type_0_item_data, FunctionShellCallOutput):
                    data_type_0_item = data_type_0_item_data.to_dict()
                elif isinstance(data_type_0_item_data, ApplyPatchToolCall):
                    data_type_0_item = data_type_0_item_data.to_dict()
                elif isinstance(data_type_0_item_data, ApplyPatchToolCallOutput):
                    data_type_0_item = data_type_0_item_data.to_dict()
                elif isinstance(data_type_0_item_data, MCPListTools):
                    data_type_0_item = data_type_0_item_data.to_dict()
                elif isinstance(data_type_0_item_data, MCPApprovalRequest):
                    data_type_0_item = data_type_0_item_data.to_dict()
                elif isinstance(data_type_0_item_data, MCPApprovalResponseResource):
                    data_type_0_item = data_type_0_item_data.to_dict()
                elif isinstance(data_type_0_item_data, MCPToolCall):
                    data_type_0_item = data_type_0_item_data.to_dict()
                elif isinstance(data_type_0_item_data, CustomToolCallResource):
                    data_type_0_item = data_type_0_item_data.to_dict()
                elif isinstance(data_type_0_item_data, CustomToolCallOutputResource):
                    data_type_0_item = data_type_0_item_data.to_dict()
                else:
                    data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)
        else:
            data = self.data
        has_more = self.has_more
        first_id = self.first_id
        last_id = self.last_id
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if data is not UNSET:
            field_dict["data"] = data
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if first_id is not UNSET:
            field_dict["first_id"] = first_id
        if last_id is not UNSET:
            field_dict["last_id"] = last_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _object_ = d.pop("object", UNSET)
        object_: ResponseItemListObject | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = check_response_item_list_object(_object_)

        def _parse_data(
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
                | CustomToolCallOutputResource
                | CustomToolCallResource
                | FileSearchToolCall
                | FunctionShellCall
                | FunctionShellCallOutput
                | FunctionToolCallOutputResource
                | FunctionToolCallResource
                | ImageGenToolCall
                | InputMessageResource
                | ItemResourceType29
                | LocalShellToolCall
                | LocalShellToolCallOutput
                | MCPApprovalRequest
                | MCPApprovalResponseResource
                | MCPListTools
                | MCPToolCall
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
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:

                    def _parse_data_type_0_item(
                        data: object,
                    ) -> (
                        AdditionalTools
                        | ApplyPatchToolCall
                        | ApplyPatchToolCallOutput
                        | CodeInterpreterToolCall
                        | CompactionBody
                        | ComputerToolCall
                        | ComputerToolCallOutputResource
                        | CustomToolCallOutputResource
                        | CustomToolCallResource
                        | FileSearchToolCall
                        | FunctionShellCall
                        | FunctionShellCallOutput
                        | FunctionToolCallOutputResource
                        | FunctionToolCallResource
                        | ImageGenToolCall
                        | InputMessageResource
                        | ItemResourceType29
                        | LocalShellToolCall
                        | LocalShellToolCallOutput
                        | MCPApprovalRequest
                        | MCPApprovalResponseResource
                        | MCPListTools
                        | MCPToolCall
                        | OutputMessage
                        | Program
                        | ProgramOutput
                        | ReasoningItem
                        | ToolSearchCall
                        | ToolSearchOutput
                        | WebSearchToolCall
                    ):
                        if not _ready_8:
                            _prepare_8()
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
                                    return CustomToolCallResource.from_dict(data)
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
                                    return FunctionToolCallResource.from_dict(data)
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
                            componentsschemas_item_resource_type_0 = InputMessageResource.from_dict(
                                data
                            )
                            return componentsschemas_item_resource_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_resource_type_1 = OutputMessage.from_dict(data)
                            return componentsschemas_item_resource_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_resource_type_2 = FileSearchToolCall.from_dict(
                                data
                            )
                            return componentsschemas_item_resource_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_resource_type_3 = ComputerToolCall.from_dict(
                                data
                            )
                            return componentsschemas_item_resource_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_resource_type_4 = (
                                ComputerToolCallOutputResource.from_dict(data)
                            )
                            return componentsschemas_item_resource_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_resource_type_5 = WebSearchToolCall.from_dict(
                                data
                            )
                            return componentsschemas_item_resource_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_resource_type_6 = (
                                FunctionToolCallResource.from_dict(data)
                            )
                            return componentsschemas_item_resource_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_resource_type_7 = (
                                FunctionToolCallOutputResource.from_dict(data)
                            )
                            return componentsschemas_item_resource_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_resource_type_8 = ToolSearchCall.from_dict(data)
                            return componentsschemas_item_resource_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_resource_type_9 = ToolSearchOutput.from_dict(
                                data
                            )
                            return componentsschemas_item_resource_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_resource_type_10 = AdditionalTools.from_dict(
                                data
                            )
                            return componentsschemas_item_resource_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_resource_type_11 = ReasoningItem.from_dict(data)
                            return componentsschemas_item_resource_type_11
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_resource_type_12 = Program.from_dict(data)
                            return componentsschemas_item_resource_type_12
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_resource_type_13 = ProgramOutput.from_dict(data)
                            return componentsschemas_item_resource_type_13
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_resource_type_14 = CompactionBody.from_dict(data)
                            return componentsschemas_item_resource_type_14
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_resource_type_15 = ImageGenToolCall.from_dict(
                                data
                            )
                            return componentsschemas_item_resource_type_15
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_resource_type_16 = (
                                CodeInterpreterToolCall.from_dict(data)
                            )
                            return componentsschemas_item_resource_type_16
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_resource_type_17 = LocalShellToolCall.from_dict(
                                data
                            )
                            return componentsschemas_item_resource_type_17
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_resource_type_18 = (
                                LocalShellToolCallOutput.from_dict(data)
                            )
                            return componentsschemas_item_resource_type_18
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_resource_type_19 = FunctionShellCall.from_dict(
                                data
                            )
                            return componentsschemas_item_resource_type_19
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_resource_type_20 = (
                                FunctionShellCallOutput.from_dict(data)
                            )
                            return componentsschemas_item_resource_type_20
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_resource_type_21 = ApplyPatchToolCall.from_dict(
                                data
                            )
                            return componentsschemas_item_resource_type_21
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_resource_type_22 = (
                                ApplyPatchToolCallOutput.from_dict(data)
                            )
                            return componentsschemas_item_resource_type_22
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_resource_type_23 = MCPListTools.from_dict(data)
                            return componentsschemas_item_resource_type_23
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_resource_type_24 = MCPApprovalRequest.from_dict(
                                data
                            )
                            return componentsschemas_item_resource_type_24
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_resource_type_25 = (
                                MCPApprovalResponseResource.from_dict(data)
                            )
                            return componentsschemas_item_resource_type_25
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_resource_type_26 = MCPToolCall.from_dict(data)
                            return componentsschemas_item_resource_type_26
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_resource_type_27 = (
                                CustomToolCallResource.from_dict(data)
                            )
                            return componentsschemas_item_resource_type_27
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_resource_type_28 = (
                                CustomToolCallOutputResource.from_dict(data)
                            )
                            return componentsschemas_item_resource_type_28
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_item_resource_type_29 = ItemResourceType29.from_dict(data)
                        return componentsschemas_item_resource_type_29

                    data_type_0_item = _parse_data_type_0_item(data_type_0_item_data)
                    data_type_0.append(data_type_0_item)
                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        data = _parse_data(d.pop("data", UNSET))
        has_more = d.pop("has_more", UNSET)
        first_id = d.pop("first_id", UNSET)
        last_id = d.pop("last_id", UNSET)
        response_item_list = cls(
            object=object_, data=data, has_more=has_more, first_id=first_id, last_id=last_id
        )
        response_item_list.additional_properties = d
        return response_item_list

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
        CustomToolCallOutputResource, \
        CustomToolCallResource, \
        FileSearchToolCall, \
        FunctionShellCall, \
        FunctionShellCallOutput, \
        FunctionToolCallOutputResource, \
        FunctionToolCallResource, \
        ImageGenToolCall, \
        InputMessageResource, \
        LocalShellToolCall, \
        LocalShellToolCallOutput, \
        MCPApprovalRequest, \
        MCPApprovalResponseResource, \
        MCPListTools, \
        MCPToolCall, \
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
    from ..models.custom_tool_call_output_resource import CustomToolCallOutputResource
    from ..models.custom_tool_call_resource import CustomToolCallResource
    from ..models.file_search_tool_call import FileSearchToolCall
    from ..models.function_shell_call import FunctionShellCall
    from ..models.function_shell_call_output import FunctionShellCallOutput
    from ..models.function_tool_call_output_resource import FunctionToolCallOutputResource
    from ..models.function_tool_call_resource import FunctionToolCallResource
    from ..models.image_gen_tool_call import ImageGenToolCall
    from ..models.input_message_resource import InputMessageResource
    from ..models.local_shell_tool_call import LocalShellToolCall
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response_resource import MCPApprovalResponseResource
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.output_message import OutputMessage
    from ..models.program import Program
    from ..models.program_output import ProgramOutput
    from ..models.reasoning_item import ReasoningItem
    from ..models.tool_search_call import ToolSearchCall
    from ..models.tool_search_output import ToolSearchOutput
    from ..models.web_search_tool_call import WebSearchToolCall

    _ready_0 = True


_ready_8 = False


def _prepare_8() -> None:
    global \
        _ready_8, \
        AdditionalTools, \
        ApplyPatchToolCall, \
        ApplyPatchToolCallOutput, \
        CodeInterpreterToolCall, \
        CompactionBody, \
        ComputerToolCall, \
        ComputerToolCallOutputResource, \
        CustomToolCallOutputResource, \
        CustomToolCallResource, \
        FileSearchToolCall, \
        FunctionShellCall, \
        FunctionShellCallOutput, \
        FunctionToolCallOutputResource, \
        FunctionToolCallResource, \
        ImageGenToolCall, \
        InputMessageResource, \
        ItemResourceType29, \
        LocalShellToolCall, \
        LocalShellToolCallOutput, \
        MCPApprovalRequest, \
        MCPApprovalResponseResource, \
        MCPListTools, \
        MCPToolCall, \
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
    from ..models.custom_tool_call_output_resource import CustomToolCallOutputResource
    from ..models.custom_tool_call_resource import CustomToolCallResource
    from ..models.file_search_tool_call import FileSearchToolCall
    from ..models.function_shell_call import FunctionShellCall
    from ..models.function_shell_call_output import FunctionShellCallOutput
    from ..models.function_tool_call_output_resource import FunctionToolCallOutputResource
    from ..models.function_tool_call_resource import FunctionToolCallResource
    from ..models.image_gen_tool_call import ImageGenToolCall
    from ..models.input_message_resource import InputMessageResource
    from ..models.item_resource_type_29 import ItemResourceType29
    from ..models.local_shell_tool_call import LocalShellToolCall
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response_resource import MCPApprovalResponseResource
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.output_message import OutputMessage
    from ..models.program import Program
    from ..models.program_output import ProgramOutput
    from ..models.reasoning_item import ReasoningItem
    from ..models.tool_search_call import ToolSearchCall
    from ..models.tool_search_output import ToolSearchOutput
    from ..models.web_search_tool_call import WebSearchToolCall

    _ready_8 = True
