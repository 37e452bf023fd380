from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.compact_resource_object import CompactResourceObject, check_compact_resource_object
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
    from ..models.custom_tool_call_output import CustomToolCallOutput
    from ..models.file_search_tool_call import FileSearchToolCall
    from ..models.function_shell_call import FunctionShellCall
    from ..models.function_shell_call_output import FunctionShellCallOutput
    from ..models.function_tool_call import FunctionToolCall
    from ..models.function_tool_call_output import FunctionToolCallOutput
    from ..models.image_gen_tool_call import ImageGenToolCall
    from ..models.item_field_type_28 import ItemFieldType28
    from ..models.local_shell_tool_call import LocalShellToolCall
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response_resource import MCPApprovalResponseResource
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.message import Message
    from ..models.program import Program
    from ..models.program_output import ProgramOutput
    from ..models.reasoning_item import ReasoningItem
    from ..models.response_usage import ResponseUsage
    from ..models.tool_search_call import ToolSearchCall
    from ..models.tool_search_output import ToolSearchOutput
    from ..models.web_search_tool_call import WebSearchToolCall
T = TypeVar("T", bound="CompactResource")


@_attrs_define
class CompactResource:
    """
    Attributes:
        id (str | Unset):
        object (CompactResourceObject | Unset):  Default: 'response.compaction'.
        output (list[AdditionalTools | ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall |
            CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput |
            FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCall | FunctionToolCallOutput |
            ImageGenToolCall | ItemFieldType28 | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest |
            MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | Program | ProgramOutput | ReasoningItem |
            ToolSearchCall | ToolSearchOutput | WebSearchToolCall] | None | Unset):
        created_at (int | Unset):
        usage (None | ResponseUsage | Unset):
    """

    __repr__ = model_repr
    id: str | Unset = UNSET
    object: CompactResourceObject | Unset = "response.compaction"
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
            | CustomToolCallOutput
            | FileSearchToolCall
            | FunctionShellCall
            | FunctionShellCallOutput
            | FunctionToolCall
            | FunctionToolCallOutput
            | ImageGenToolCall
            | ItemFieldType28
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | MCPApprovalRequest
            | MCPApprovalResponseResource
            | MCPListTools
            | MCPToolCall
            | Message
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
    created_at: int | Unset = UNSET
    usage: None | ResponseUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        id = self.id
        object_: str | Unset = UNSET
        if not isinstance(self.object, Unset):
            object_ = self.object
        output: list[dict[str, Any]] | None | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, list):
            output = []
            for output_type_0_item_data in self.output:
                output_type_0_item: dict[str, Any]
                if isinstance(output_type_0_item_data, Message):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, Program):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ProgramOutput):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, FunctionToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ToolSearchCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ToolSearchOutput):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, AdditionalTools):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, FunctionToolCallOutput):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, FileSearchToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, WebSearchToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ImageGenToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ComputerToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ComputerToolCallOutputResource):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ReasoningItem):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, CompactionBody):
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
                elif isinstance(output_type_0_item_data, MCPListTools):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, MCPApprovalRequest):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, MCPApprovalResponseResource):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, MCPToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, CustomToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, CustomToolCallOutput):
                    output_type_0_item = output_type_0_item_data.to_dict()
                else:
                    output_type_0_item = output_type_0_item_data.to_dict()
                output.append(output_type_0_item)
        else:
            output = self.output
        created_at = self.created_at
        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, ResponseUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if output is not UNSET:
            field_dict["output"] = output
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if usage is not UNSET:
            field_dict["usage"] = usage
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        _object_ = d.pop("object", UNSET)
        object_: CompactResourceObject | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = check_compact_resource_object(_object_)

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
                | CustomToolCallOutput
                | FileSearchToolCall
                | FunctionShellCall
                | FunctionShellCallOutput
                | FunctionToolCall
                | FunctionToolCallOutput
                | ImageGenToolCall
                | ItemFieldType28
                | LocalShellToolCall
                | LocalShellToolCallOutput
                | MCPApprovalRequest
                | MCPApprovalResponseResource
                | MCPListTools
                | MCPToolCall
                | Message
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
                        | CustomToolCallOutput
                        | FileSearchToolCall
                        | FunctionShellCall
                        | FunctionShellCallOutput
                        | FunctionToolCall
                        | FunctionToolCallOutput
                        | ImageGenToolCall
                        | ItemFieldType28
                        | LocalShellToolCall
                        | LocalShellToolCallOutput
                        | MCPApprovalRequest
                        | MCPApprovalResponseResource
                        | MCPListTools
                        | MCPToolCall
                        | Message
                        | Program
                        | ProgramOutput
                        | ReasoningItem
                        | ToolSearchCall
                        | ToolSearchOutput
                        | WebSearchToolCall
                    ):
                        if not _ready_9:
                            _prepare_9()
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
                                    return FunctionToolCallOutput.from_dict(data)
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
                                    return Message.from_dict(data)
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
                            componentsschemas_item_field_type_0 = Message.from_dict(data)
                            return componentsschemas_item_field_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_field_type_1 = Program.from_dict(data)
                            return componentsschemas_item_field_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_field_type_2 = ProgramOutput.from_dict(data)
                            return componentsschemas_item_field_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_field_type_3 = FunctionToolCall.from_dict(data)
                            return componentsschemas_item_field_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_field_type_4 = ToolSearchCall.from_dict(data)
                            return componentsschemas_item_field_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_field_type_5 = ToolSearchOutput.from_dict(data)
                            return componentsschemas_item_field_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_field_type_6 = AdditionalTools.from_dict(data)
                            return componentsschemas_item_field_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_field_type_7 = FunctionToolCallOutput.from_dict(
                                data
                            )
                            return componentsschemas_item_field_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_field_type_8 = FileSearchToolCall.from_dict(data)
                            return componentsschemas_item_field_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_field_type_9 = WebSearchToolCall.from_dict(data)
                            return componentsschemas_item_field_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_field_type_10 = ImageGenToolCall.from_dict(data)
                            return componentsschemas_item_field_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_field_type_11 = ComputerToolCall.from_dict(data)
                            return componentsschemas_item_field_type_11
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_field_type_12 = (
                                ComputerToolCallOutputResource.from_dict(data)
                            )
                            return componentsschemas_item_field_type_12
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_field_type_13 = ReasoningItem.from_dict(data)
                            return componentsschemas_item_field_type_13
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_field_type_14 = CompactionBody.from_dict(data)
                            return componentsschemas_item_field_type_14
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_field_type_15 = (
                                CodeInterpreterToolCall.from_dict(data)
                            )
                            return componentsschemas_item_field_type_15
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_field_type_16 = LocalShellToolCall.from_dict(
                                data
                            )
                            return componentsschemas_item_field_type_16
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_field_type_17 = (
                                LocalShellToolCallOutput.from_dict(data)
                            )
                            return componentsschemas_item_field_type_17
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_field_type_18 = FunctionShellCall.from_dict(data)
                            return componentsschemas_item_field_type_18
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_field_type_19 = (
                                FunctionShellCallOutput.from_dict(data)
                            )
                            return componentsschemas_item_field_type_19
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_field_type_20 = ApplyPatchToolCall.from_dict(
                                data
                            )
                            return componentsschemas_item_field_type_20
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_field_type_21 = (
                                ApplyPatchToolCallOutput.from_dict(data)
                            )
                            return componentsschemas_item_field_type_21
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_field_type_22 = MCPListTools.from_dict(data)
                            return componentsschemas_item_field_type_22
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_field_type_23 = MCPApprovalRequest.from_dict(
                                data
                            )
                            return componentsschemas_item_field_type_23
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_field_type_24 = (
                                MCPApprovalResponseResource.from_dict(data)
                            )
                            return componentsschemas_item_field_type_24
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_field_type_25 = MCPToolCall.from_dict(data)
                            return componentsschemas_item_field_type_25
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_field_type_26 = CustomToolCall.from_dict(data)
                            return componentsschemas_item_field_type_26
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_field_type_27 = CustomToolCallOutput.from_dict(
                                data
                            )
                            return componentsschemas_item_field_type_27
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_item_field_type_28 = ItemFieldType28.from_dict(data)
                        return componentsschemas_item_field_type_28

                    output_type_0_item = _parse_output_type_0_item(output_type_0_item_data)
                    output_type_0.append(output_type_0_item)
                return output_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        output = _parse_output(d.pop("output", UNSET))
        created_at = d.pop("created_at", UNSET)

        def _parse_usage(data: object) -> None | ResponseUsage | Unset:
            if not _ready_8:
                _prepare_8()
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
        compact_resource = cls(
            id=id, object=object_, output=output, created_at=created_at, usage=usage
        )
        compact_resource.additional_properties = d
        return compact_resource

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
        CustomToolCallOutput, \
        FileSearchToolCall, \
        FunctionShellCall, \
        FunctionShellCallOutput, \
        FunctionToolCall, \
        FunctionToolCallOutput, \
        ImageGenToolCall, \
        LocalShellToolCall, \
        LocalShellToolCallOutput, \
        MCPApprovalRequest, \
        MCPApprovalResponseResource, \
        MCPListTools, \
        MCPToolCall, \
        Message, \
        Program, \
        ProgramOutput, \
        ReasoningItem, \
        ResponseUsage, \
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
    from ..models.custom_tool_call_output import CustomToolCallOutput
    from ..models.file_search_tool_call import FileSearchToolCall
    from ..models.function_shell_call import FunctionShellCall
    from ..models.function_shell_call_output import FunctionShellCallOutput
    from ..models.function_tool_call import FunctionToolCall
    from ..models.function_tool_call_output import FunctionToolCallOutput
    from ..models.image_gen_tool_call import ImageGenToolCall
    from ..models.local_shell_tool_call import LocalShellToolCall
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response_resource import MCPApprovalResponseResource
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.message import Message
    from ..models.program import Program
    from ..models.program_output import ProgramOutput
    from ..models.reasoning_item import ReasoningItem
    from ..models.response_usage import ResponseUsage
    from ..models.tool_search_call import ToolSearchCall
    from ..models.tool_search_output import ToolSearchOutput
    from ..models.web_search_tool_call import WebSearchToolCall

    _ready_0 = True


_ready_8 = False


def _prepare_8() -> None:
    global _ready_8, ResponseUsage
    from ..models.response_usage import ResponseUsage

    _ready_8 = True


_ready_9 = False


def _prepare_9() -> None:
    global \
        _ready_9, \
        AdditionalTools, \
        ApplyPatchToolCall, \
        ApplyPatchToolCallOutput, \
        CodeInterpreterToolCall, \
        CompactionBody, \
        ComputerToolCall, \
        ComputerToolCallOutputResource, \
        CustomToolCall, \
        CustomToolCallOutput, \
        FileSearchToolCall, \
        FunctionShellCall, \
        FunctionShellCallOutput, \
        FunctionToolCall, \
        FunctionToolCallOutput, \
        ImageGenToolCall, \
        ItemFieldType28, \
        LocalShellToolCall, \
        LocalShellToolCallOutput, \
        MCPApprovalRequest, \
        MCPApprovalResponseResource, \
        MCPListTools, \
        MCPToolCall, \
        Message, \
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
    from ..models.custom_tool_call_output import CustomToolCallOutput
    from ..models.file_search_tool_call import FileSearchToolCall
    from ..models.function_shell_call import FunctionShellCall
    from ..models.function_shell_call_output import FunctionShellCallOutput
    from ..models.function_tool_call import FunctionToolCall
    from ..models.function_tool_call_output import FunctionToolCallOutput
    from ..models.image_gen_tool_call import ImageGenToolCall
    from ..models.item_field_type_28 import ItemFieldType28
    from ..models.local_shell_tool_call import LocalShellToolCall
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response_resource import MCPApprovalResponseResource
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.message import Message
    from ..models.program import Program
    from ..models.program_output import ProgramOutput
    from ..models.reasoning_item import ReasoningItem
    from ..models.tool_search_call import ToolSearchCall
    from ..models.tool_search_output import ToolSearchOutput
    from ..models.web_search_tool_call import WebSearchToolCall

    _ready_9 = True
