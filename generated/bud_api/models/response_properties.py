from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.tool_choice_options import ToolChoiceOptions, check_tool_choice_options
from ..types import UNSET, Unset

if TYPE_CHECKING:
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
    from ..models.prompt_type_0 import PromptType0
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
    from ..models.tool_search_tool_param import ToolSearchToolParam
    from ..models.tool_type_16 import ToolType16
    from ..models.web_search_preview_tool import WebSearchPreviewTool
    from ..models.web_search_tool import WebSearchTool
T = TypeVar("T", bound="ResponseProperties")


@_attrs_define
class ResponseProperties:
    """
    Attributes:
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
    """

    __repr__ = model_repr
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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
                        if not _ready_15:
                            _prepare_15()
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
            if not _ready_13:
                _prepare_13()
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
            if not _ready_14:
                _prepare_14()
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
        response_properties = cls(
            previous_response_id=previous_response_id,
            model=model,
            background=background,
            max_tool_calls=max_tool_calls,
            text=text,
            tools=tools,
            tool_choice=tool_choice,
            prompt=prompt,
        )
        response_properties.additional_properties = d
        return response_properties

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
        PromptType0, \
        ResponseTextParam, \
        SpecificApplyPatchParam, \
        SpecificFunctionShellParam, \
        SpecificProgrammaticToolCallingParam, \
        ToolChoiceAllowed, \
        ToolChoiceCustom, \
        ToolChoiceFunction, \
        ToolChoiceMCP, \
        ToolChoiceTypes, \
        ToolSearchToolParam, \
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
    from ..models.prompt_type_0 import PromptType0
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
    from ..models.tool_search_tool_param import ToolSearchToolParam
    from ..models.web_search_preview_tool import WebSearchPreviewTool
    from ..models.web_search_tool import WebSearchTool

    _ready_0 = True


_ready_11 = False


def _prepare_11() -> None:
    global _ready_11, ResponseTextParam
    from ..models.response_text_param import ResponseTextParam

    _ready_11 = True


_ready_13 = False


def _prepare_13() -> None:
    global \
        _ready_13, \
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

    _ready_13 = True


_ready_14 = False


def _prepare_14() -> None:
    global _ready_14, PromptType0
    from ..models.prompt_type_0 import PromptType0

    _ready_14 = True


_ready_15 = False


def _prepare_15() -> None:
    global \
        _ready_15, \
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

    _ready_15 = True
