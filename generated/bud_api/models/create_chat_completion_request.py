from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..extensions import model_repr
from ..models.chat_completion_tool_choice_option_type_0 import (
    ChatCompletionToolChoiceOptionType0,
    check_chat_completion_tool_choice_option_type_0,
)
from ..models.create_chat_completion_request_function_call_type_0 import (
    CreateChatCompletionRequestFunctionCallType0,
    check_create_chat_completion_request_function_call_type_0,
)
from ..models.create_chat_completion_request_prompt_cache_retention_type_0 import (
    CreateChatCompletionRequestPromptCacheRetentionType0,
    check_create_chat_completion_request_prompt_cache_retention_type_0,
)
from ..models.reasoning_effort_type_0 import ReasoningEffortType0, check_reasoning_effort_type_0
from ..models.response_modalities_type_0_item import (
    ResponseModalitiesType0Item,
    check_response_modalities_type_0_item,
)
from ..models.service_tier_type_0 import ServiceTierType0, check_service_tier_type_0
from ..models.verbosity_type_0 import VerbosityType0, check_verbosity_type_0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cache_options import CacheOptions
    from ..models.chat_completion_allowed_tools_choice import ChatCompletionAllowedToolsChoice
    from ..models.chat_completion_function_call_option import ChatCompletionFunctionCallOption
    from ..models.chat_completion_functions import ChatCompletionFunctions
    from ..models.chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
    from ..models.chat_completion_named_tool_choice_custom import (
        ChatCompletionNamedToolChoiceCustom,
    )
    from ..models.chat_completion_request_assistant_message import (
        ChatCompletionRequestAssistantMessage,
    )
    from ..models.chat_completion_request_developer_message import (
        ChatCompletionRequestDeveloperMessage,
    )
    from ..models.chat_completion_request_function_message import (
        ChatCompletionRequestFunctionMessage,
    )
    from ..models.chat_completion_request_system_message import ChatCompletionRequestSystemMessage
    from ..models.chat_completion_request_tool_message import ChatCompletionRequestToolMessage
    from ..models.chat_completion_request_user_message import ChatCompletionRequestUserMessage
    from ..models.chat_completion_stream_options_type_0 import ChatCompletionStreamOptionsType0
    from ..models.chat_completion_tool import ChatCompletionTool
    from ..models.create_chat_completion_request_audio_type_0 import (
        CreateChatCompletionRequestAudioType0,
    )
    from ..models.create_chat_completion_request_chat_template_kwargs import (
        CreateChatCompletionRequestChatTemplateKwargs,
    )
    from ..models.create_chat_completion_request_guided_json_type_0 import (
        CreateChatCompletionRequestGuidedJsonType0,
    )
    from ..models.create_chat_completion_request_logit_bias_type_0 import (
        CreateChatCompletionRequestLogitBiasType0,
    )
    from ..models.create_chat_completion_request_mm_processor_kwargs import (
        CreateChatCompletionRequestMmProcessorKwargs,
    )
    from ..models.create_chat_completion_request_response_format_type_3 import (
        CreateChatCompletionRequestResponseFormatType3,
    )
    from ..models.create_chat_completion_request_tools_item_type_2 import (
        CreateChatCompletionRequestToolsItemType2,
    )
    from ..models.create_chat_completion_request_web_search_options import (
        CreateChatCompletionRequestWebSearchOptions,
    )
    from ..models.custom_tool_chat_completions import CustomToolChatCompletions
    from ..models.metadata_type_0 import MetadataType0
    from ..models.moderation_param import ModerationParam
    from ..models.prediction_content import PredictionContent
    from ..models.prompt_cache_options_param import PromptCacheOptionsParam
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText
T = TypeVar("T", bound="CreateChatCompletionRequest")


@_attrs_define
class CreateChatCompletionRequest:
    """
    Attributes:
        messages (list[ChatCompletionRequestAssistantMessage | ChatCompletionRequestDeveloperMessage |
            ChatCompletionRequestFunctionMessage | ChatCompletionRequestSystemMessage | ChatCompletionRequestToolMessage |
            ChatCompletionRequestUserMessage]):
        metadata (MetadataType0 | None | Unset):
        top_logprobs (int | None | Unset):
        temperature (float | None | Unset):
        top_p (float | None | Unset):
        user (str | Unset):
        safety_identifier (None | str | Unset):
        prompt_cache_key (None | str | Unset):
        prompt_cache_retention (CreateChatCompletionRequestPromptCacheRetentionType0 | None | Unset):
        prompt_cache_options (PromptCacheOptionsParam | Unset):
        model (str | Unset):
        service_tier (None | ServiceTierType0 | Unset):
        modalities (list[ResponseModalitiesType0Item] | None | Unset):
        verbosity (None | Unset | VerbosityType0):
        reasoning_effort (None | ReasoningEffortType0 | Unset):
        max_completion_tokens (int | None | Unset):
        frequency_penalty (float | None | Unset):
        presence_penalty (float | None | Unset):
        web_search_options (CreateChatCompletionRequestWebSearchOptions | Unset):
        response_format (CreateChatCompletionRequestResponseFormatType3 | ResponseFormatJsonObject |
            ResponseFormatJsonSchema | ResponseFormatText | Unset):
        audio (CreateChatCompletionRequestAudioType0 | None | Unset):
        store (bool | None | Unset):
        moderation (ModerationParam | None | Unset):
        stream (bool | None | Unset):
        stop (list[str] | None | str | Unset):
        logit_bias (CreateChatCompletionRequestLogitBiasType0 | None | Unset):
        logprobs (bool | None | Unset):
        max_tokens (int | None | Unset):
        n (int | None | Unset):
        prediction (None | PredictionContent | Unset):
        seed (int | None | Unset):
        stream_options (ChatCompletionStreamOptionsType0 | None | Unset):
        tools (list[ChatCompletionTool | CreateChatCompletionRequestToolsItemType2 | CustomToolChatCompletions] |
            Unset):
        tool_choice (ChatCompletionAllowedToolsChoice | ChatCompletionNamedToolChoice |
            ChatCompletionNamedToolChoiceCustom | ChatCompletionToolChoiceOptionType0 | Unset):
        parallel_tool_calls (bool | Unset):
        function_call (ChatCompletionFunctionCallOption | CreateChatCompletionRequestFunctionCallType0 | Unset):
        functions (list[ChatCompletionFunctions] | Unset):
        guided_json (CreateChatCompletionRequestGuidedJsonType0 | str | Unset): Bud gateway extension: constrain the
            output to this JSON schema.
        guided_regex (str | Unset): Bud gateway extension: constrain the output to this regular expression.
        guided_choice (list[str] | Unset): Bud gateway extension: the output is exactly one of these strings.
        guided_grammar (str | Unset): Bud gateway extension: constrain the output to this context-free grammar.
        guided_decoding_backend (str | Unset): Bud gateway extension: which guided decoding engine the model server
            uses.
        guided_whitespace_pattern (str | Unset): Bud gateway extension: the whitespace allowed in guided JSON output.
        structural_tag (str | Unset): Bud gateway extension: structural tag constraints for the output.
        chat_template (str | Unset): Bud gateway extension: a chat template to use instead of the model's own.
        chat_template_kwargs (CreateChatCompletionRequestChatTemplateKwargs | Unset): Bud gateway extension: extra
            variables for the chat template.
        mm_processor_kwargs (CreateChatCompletionRequestMmProcessorKwargs | Unset): Bud gateway extension: options for
            the multimodal input processor.
        ignore_eos (bool | Unset): Bud gateway extension: keep generating past end-of-sequence tokens.
        tensorzerocache_options (CacheOptions | Unset): How the Bud gateway's inference cache treats a request.
        tensorzeroepisode_id (UUID | Unset): Groups this inference with earlier ones. Bud gateway extension. Its name is
            not a Python identifier, so the SDK's keyword arguments cannot carry it: pass it in extra_body.
        tensorzerovariant_name (str | Unset): Pins a gateway function variant. Bud gateway extension. Its name is not a
            Python identifier, so the SDK's keyword arguments cannot carry it: pass it in extra_body.
        tensorzerodryrun (bool | Unset): Run the inference without storing it. Bud gateway extension. Its name is not a
            Python identifier, so the SDK's keyword arguments cannot carry it: pass it in extra_body.
    """

    __repr__ = model_repr
    messages: list[
        ChatCompletionRequestAssistantMessage
        | ChatCompletionRequestDeveloperMessage
        | ChatCompletionRequestFunctionMessage
        | ChatCompletionRequestSystemMessage
        | ChatCompletionRequestToolMessage
        | ChatCompletionRequestUserMessage
    ]
    metadata: MetadataType0 | None | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    user: str | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_retention: CreateChatCompletionRequestPromptCacheRetentionType0 | None | Unset = (
        UNSET
    )
    prompt_cache_options: PromptCacheOptionsParam | Unset = UNSET
    model: str | Unset = UNSET
    service_tier: None | ServiceTierType0 | Unset = UNSET
    modalities: list[ResponseModalitiesType0Item] | None | Unset = UNSET
    verbosity: None | Unset | VerbosityType0 = UNSET
    reasoning_effort: None | ReasoningEffortType0 | Unset = UNSET
    max_completion_tokens: int | None | Unset = UNSET
    frequency_penalty: float | None | Unset = UNSET
    presence_penalty: float | None | Unset = UNSET
    web_search_options: CreateChatCompletionRequestWebSearchOptions | Unset = UNSET
    response_format: (
        CreateChatCompletionRequestResponseFormatType3
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
        | Unset
    ) = UNSET
    audio: CreateChatCompletionRequestAudioType0 | None | Unset = UNSET
    store: bool | None | Unset = UNSET
    moderation: ModerationParam | None | Unset = UNSET
    stream: bool | None | Unset = UNSET
    stop: list[str] | None | str | Unset = UNSET
    logit_bias: CreateChatCompletionRequestLogitBiasType0 | None | Unset = UNSET
    logprobs: bool | None | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    n: int | None | Unset = UNSET
    prediction: None | PredictionContent | Unset = UNSET
    seed: int | None | Unset = UNSET
    stream_options: ChatCompletionStreamOptionsType0 | None | Unset = UNSET
    tools: (
        list[
            ChatCompletionTool
            | CreateChatCompletionRequestToolsItemType2
            | CustomToolChatCompletions
        ]
        | Unset
    ) = UNSET
    tool_choice: (
        ChatCompletionAllowedToolsChoice
        | ChatCompletionNamedToolChoice
        | ChatCompletionNamedToolChoiceCustom
        | ChatCompletionToolChoiceOptionType0
        | Unset
    ) = UNSET
    parallel_tool_calls: bool | Unset = UNSET
    function_call: (
        ChatCompletionFunctionCallOption | CreateChatCompletionRequestFunctionCallType0 | Unset
    ) = UNSET
    functions: list[ChatCompletionFunctions] | Unset = UNSET
    guided_json: CreateChatCompletionRequestGuidedJsonType0 | str | Unset = UNSET
    guided_regex: str | Unset = UNSET
    guided_choice: list[str] | Unset = UNSET
    guided_grammar: str | Unset = UNSET
    guided_decoding_backend: str | Unset = UNSET
    guided_whitespace_pattern: str | Unset = UNSET
    structural_tag: str | Unset = UNSET
    chat_template: str | Unset = UNSET
    chat_template_kwargs: CreateChatCompletionRequestChatTemplateKwargs | Unset = UNSET
    mm_processor_kwargs: CreateChatCompletionRequestMmProcessorKwargs | Unset = UNSET
    ignore_eos: bool | Unset = UNSET
    tensorzerocache_options: CacheOptions | Unset = UNSET
    tensorzeroepisode_id: UUID | Unset = UNSET
    tensorzerovariant_name: str | Unset = UNSET
    tensorzerodryrun: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _ready_0:
            _prepare_0()
        messages = []
        for messages_item_data in self.messages:
            messages_item: dict[str, Any]
            if isinstance(messages_item_data, ChatCompletionRequestDeveloperMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatCompletionRequestSystemMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatCompletionRequestUserMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatCompletionRequestAssistantMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatCompletionRequestToolMessage):
                messages_item = messages_item_data.to_dict()
            else:
                messages_item = messages_item_data.to_dict()
            messages.append(messages_item)
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
        prompt_cache_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_options, Unset):
            prompt_cache_options = self.prompt_cache_options.to_dict()
        model = self.model
        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        elif isinstance(self.service_tier, str):
            service_tier = self.service_tier
        else:
            service_tier = self.service_tier
        modalities: list[str] | None | Unset
        if isinstance(self.modalities, Unset):
            modalities = UNSET
        elif isinstance(self.modalities, list):
            modalities = []
            for componentsschemas_response_modalities_type_0_item_data in self.modalities:
                componentsschemas_response_modalities_type_0_item: str = (
                    componentsschemas_response_modalities_type_0_item_data
                )
                modalities.append(componentsschemas_response_modalities_type_0_item)
        else:
            modalities = self.modalities
        verbosity: None | str | Unset
        if isinstance(self.verbosity, Unset):
            verbosity = UNSET
        elif isinstance(self.verbosity, str):
            verbosity = self.verbosity
        else:
            verbosity = self.verbosity
        reasoning_effort: None | str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        elif isinstance(self.reasoning_effort, str):
            reasoning_effort = self.reasoning_effort
        else:
            reasoning_effort = self.reasoning_effort
        max_completion_tokens: int | None | Unset
        if isinstance(self.max_completion_tokens, Unset):
            max_completion_tokens = UNSET
        else:
            max_completion_tokens = self.max_completion_tokens
        frequency_penalty: float | None | Unset
        if isinstance(self.frequency_penalty, Unset):
            frequency_penalty = UNSET
        else:
            frequency_penalty = self.frequency_penalty
        presence_penalty: float | None | Unset
        if isinstance(self.presence_penalty, Unset):
            presence_penalty = UNSET
        else:
            presence_penalty = self.presence_penalty
        web_search_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.web_search_options, Unset):
            web_search_options = self.web_search_options.to_dict()
        response_format: dict[str, Any] | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, ResponseFormatText):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ResponseFormatJsonSchema):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ResponseFormatJsonObject):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format.to_dict()
        audio: dict[str, Any] | None | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        elif isinstance(self.audio, CreateChatCompletionRequestAudioType0):
            audio = self.audio.to_dict()
        else:
            audio = self.audio
        store: bool | None | Unset
        if isinstance(self.store, Unset):
            store = UNSET
        else:
            store = self.store
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
        stop: list[str] | None | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop
        else:
            stop = self.stop
        logit_bias: dict[str, Any] | None | Unset
        if isinstance(self.logit_bias, Unset):
            logit_bias = UNSET
        elif isinstance(self.logit_bias, CreateChatCompletionRequestLogitBiasType0):
            logit_bias = self.logit_bias.to_dict()
        else:
            logit_bias = self.logit_bias
        logprobs: bool | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        else:
            logprobs = self.logprobs
        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens
        n: int | None | Unset
        if isinstance(self.n, Unset):
            n = UNSET
        else:
            n = self.n
        prediction: dict[str, Any] | None | Unset
        if isinstance(self.prediction, Unset):
            prediction = UNSET
        elif isinstance(self.prediction, PredictionContent):
            prediction = self.prediction.to_dict()
        else:
            prediction = self.prediction
        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed
        stream_options: dict[str, Any] | None | Unset
        if isinstance(self.stream_options, Unset):
            stream_options = UNSET
        elif isinstance(self.stream_options, ChatCompletionStreamOptionsType0):
            stream_options = self.stream_options.to_dict()
        else:
            stream_options = self.stream_options
        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, ChatCompletionTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, CustomToolChatCompletions):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()
                tools.append(tools_item)
        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, str):
            tool_choice = self.tool_choice
        elif isinstance(self.tool_choice, ChatCompletionAllowedToolsChoice):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ChatCompletionNamedToolChoice):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice.to_dict()
        parallel_tool_calls = self.parallel_tool_calls
        function_call: dict[str, Any] | str | Unset
        if isinstance(self.function_call, Unset):
            function_call = UNSET
        elif isinstance(self.function_call, str):
            function_call = self.function_call
        else:
            function_call = self.function_call.to_dict()
        functions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.functions, Unset):
            functions = []
            for functions_item_data in self.functions:
                functions_item = functions_item_data.to_dict()
                functions.append(functions_item)
        guided_json: dict[str, Any] | str | Unset
        if isinstance(self.guided_json, Unset):
            guided_json = UNSET
        elif isinstance(self.guided_json, CreateChatCompletionRequestGuidedJsonType0):
            guided_json = self.guided_json.to_dict()
        else:
            guided_json = self.guided_json
        guided_regex = self.guided_regex
        guided_choice: list[str] | Unset = UNSET
        if not isinstance(self.guided_choice, Unset):
            guided_choice = self.guided_choice
        guided_grammar = self.guided_grammar
        guided_decoding_backend = self.guided_decoding_backend
        guided_whitespace_pattern = self.guided_whitespace_pattern
        structural_tag = self.structural_tag
        chat_template = self.chat_template
        chat_template_kwargs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chat_template_kwargs, Unset):
            chat_template_kwargs = self.chat_template_kwargs.to_dict()
        mm_processor_kwargs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mm_processor_kwargs, Unset):
            mm_processor_kwargs = self.mm_processor_kwargs.to_dict()
        ignore_eos = self.ignore_eos
        tensorzerocache_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tensorzerocache_options, Unset):
            tensorzerocache_options = self.tensorzerocache_options.to_dict()
        tensorzeroepisode_id: str | Unset = UNSET
        if not isinstance(self.tensorzeroepisode_id, Unset):
            tensorzeroepisode_id = str(self.tensorzeroepisode_id)
        tensorzerovariant_name = self.tensorzerovariant_name
        tensorzerodryrun = self.tensorzerodryrun
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"messages": messages})
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
        if model is not UNSET:
            field_dict["model"] = model
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if web_search_options is not UNSET:
            field_dict["web_search_options"] = web_search_options
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if audio is not UNSET:
            field_dict["audio"] = audio
        if store is not UNSET:
            field_dict["store"] = store
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stop is not UNSET:
            field_dict["stop"] = stop
        if logit_bias is not UNSET:
            field_dict["logit_bias"] = logit_bias
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if n is not UNSET:
            field_dict["n"] = n
        if prediction is not UNSET:
            field_dict["prediction"] = prediction
        if seed is not UNSET:
            field_dict["seed"] = seed
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if function_call is not UNSET:
            field_dict["function_call"] = function_call
        if functions is not UNSET:
            field_dict["functions"] = functions
        if guided_json is not UNSET:
            field_dict["guided_json"] = guided_json
        if guided_regex is not UNSET:
            field_dict["guided_regex"] = guided_regex
        if guided_choice is not UNSET:
            field_dict["guided_choice"] = guided_choice
        if guided_grammar is not UNSET:
            field_dict["guided_grammar"] = guided_grammar
        if guided_decoding_backend is not UNSET:
            field_dict["guided_decoding_backend"] = guided_decoding_backend
        if guided_whitespace_pattern is not UNSET:
            field_dict["guided_whitespace_pattern"] = guided_whitespace_pattern
        if structural_tag is not UNSET:
            field_dict["structural_tag"] = structural_tag
        if chat_template is not UNSET:
            field_dict["chat_template"] = chat_template
        if chat_template_kwargs is not UNSET:
            field_dict["chat_template_kwargs"] = chat_template_kwargs
        if mm_processor_kwargs is not UNSET:
            field_dict["mm_processor_kwargs"] = mm_processor_kwargs
        if ignore_eos is not UNSET:
            field_dict["ignore_eos"] = ignore_eos
        if tensorzerocache_options is not UNSET:
            field_dict["tensorzero::cache_options"] = tensorzerocache_options
        if tensorzeroepisode_id is not UNSET:
            field_dict["tensorzero::episode_id"] = tensorzeroepisode_id
        if tensorzerovariant_name is not UNSET:
            field_dict["tensorzero::variant_name"] = tensorzerovariant_name
        if tensorzerodryrun is not UNSET:
            field_dict["tensorzero::dryrun"] = tensorzerodryrun
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _ready_1:
            _prepare_1()
        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:

            def _parse_messages_item(
                data: object,
            ) -> (
                ChatCompletionRequestAssistantMessage
                | ChatCompletionRequestDeveloperMessage
                | ChatCompletionRequestFunctionMessage
                | ChatCompletionRequestSystemMessage
                | ChatCompletionRequestToolMessage
                | ChatCompletionRequestUserMessage
            ):
                if not _ready_37:
                    _prepare_37()
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_request_message_type_0 = (
                        ChatCompletionRequestDeveloperMessage.from_dict(data)
                    )
                    return componentsschemas_chat_completion_request_message_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_request_message_type_1 = (
                        ChatCompletionRequestSystemMessage.from_dict(data)
                    )
                    return componentsschemas_chat_completion_request_message_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_request_message_type_2 = (
                        ChatCompletionRequestUserMessage.from_dict(data)
                    )
                    return componentsschemas_chat_completion_request_message_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_request_message_type_3 = (
                        ChatCompletionRequestAssistantMessage.from_dict(data)
                    )
                    return componentsschemas_chat_completion_request_message_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_request_message_type_4 = (
                        ChatCompletionRequestToolMessage.from_dict(data)
                    )
                    return componentsschemas_chat_completion_request_message_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_completion_request_message_type_5 = (
                    ChatCompletionRequestFunctionMessage.from_dict(data)
                )
                return componentsschemas_chat_completion_request_message_type_5

            messages_item = _parse_messages_item(messages_item_data)
            messages.append(messages_item)

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
        ) -> CreateChatCompletionRequestPromptCacheRetentionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                prompt_cache_retention_type_0 = (
                    check_create_chat_completion_request_prompt_cache_retention_type_0(data)
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
        model = d.pop("model", UNSET)

        def _parse_service_tier(data: object) -> None | ServiceTierType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_service_tier_type_0 = check_service_tier_type_0(data)
                return componentsschemas_service_tier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        service_tier = _parse_service_tier(d.pop("service_tier", UNSET))

        def _parse_modalities(data: object) -> list[ResponseModalitiesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_response_modalities_type_0 = []
                _componentsschemas_response_modalities_type_0 = data
                for (
                    componentsschemas_response_modalities_type_0_item_data
                ) in _componentsschemas_response_modalities_type_0:
                    componentsschemas_response_modalities_type_0_item = (
                        check_response_modalities_type_0_item(
                            componentsschemas_response_modalities_type_0_item_data
                        )
                    )
                    componentsschemas_response_modalities_type_0.append(
                        componentsschemas_response_modalities_type_0_item
                    )
                return componentsschemas_response_modalities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        modalities = _parse_modalities(d.pop("modalities", UNSET))

        def _parse_verbosity(data: object) -> None | Unset | VerbosityType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_verbosity_type_0 = check_verbosity_type_0(data)
                return componentsschemas_verbosity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        verbosity = _parse_verbosity(d.pop("verbosity", UNSET))

        def _parse_reasoning_effort(data: object) -> None | ReasoningEffortType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_reasoning_effort_type_0 = check_reasoning_effort_type_0(data)
                return componentsschemas_reasoning_effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        reasoning_effort = _parse_reasoning_effort(d.pop("reasoning_effort", UNSET))

        def _parse_max_completion_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        max_completion_tokens = _parse_max_completion_tokens(d.pop("max_completion_tokens", UNSET))

        def _parse_frequency_penalty(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        frequency_penalty = _parse_frequency_penalty(d.pop("frequency_penalty", UNSET))

        def _parse_presence_penalty(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        presence_penalty = _parse_presence_penalty(d.pop("presence_penalty", UNSET))
        _web_search_options = d.pop("web_search_options", UNSET)
        web_search_options: CreateChatCompletionRequestWebSearchOptions | Unset
        if isinstance(_web_search_options, Unset):
            web_search_options = UNSET
        else:
            web_search_options = CreateChatCompletionRequestWebSearchOptions.from_dict(
                _web_search_options
            )

        def _parse_response_format(
            data: object,
        ) -> (
            CreateChatCompletionRequestResponseFormatType3
            | ResponseFormatJsonObject
            | ResponseFormatJsonSchema
            | ResponseFormatText
            | Unset
        ):
            if not _ready_21:
                _prepare_21()
            if type(data) is dict:
                _tag = data.get("type")
                if _tag == "json_object":
                    try:
                        return ResponseFormatJsonObject.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "json_schema":
                    try:
                        return ResponseFormatJsonSchema.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif _tag == "text":
                    try:
                        return ResponseFormatText.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_format_type_0 = ResponseFormatText.from_dict(data)
                return response_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_format_type_1 = ResponseFormatJsonSchema.from_dict(data)
                return response_format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_format_type_2 = ResponseFormatJsonObject.from_dict(data)
                return response_format_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_format_type_3 = CreateChatCompletionRequestResponseFormatType3.from_dict(data)
            return response_format_type_3

        response_format = _parse_response_format(d.pop("response_format", UNSET))

        def _parse_audio(data: object) -> CreateChatCompletionRequestAudioType0 | None | Unset:
            if not _ready_22:
                _prepare_22()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                audio_type_0 = CreateChatCompletionRequestAudioType0.from_dict(data)
                return audio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        audio = _parse_audio(d.pop("audio", UNSET))

        def _parse_store(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        store = _parse_store(d.pop("store", UNSET))

        def _parse_moderation(data: object) -> ModerationParam | None | Unset:
            if not _ready_24:
                _prepare_24()
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

        def _parse_stop(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_stop_configuration_type_1 = data
                return componentsschemas_stop_configuration_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        stop = _parse_stop(d.pop("stop", UNSET))

        def _parse_logit_bias(
            data: object,
        ) -> CreateChatCompletionRequestLogitBiasType0 | None | Unset:
            if not _ready_27:
                _prepare_27()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logit_bias_type_0 = CreateChatCompletionRequestLogitBiasType0.from_dict(data)
                return logit_bias_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        logit_bias = _parse_logit_bias(d.pop("logit_bias", UNSET))

        def _parse_logprobs(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        logprobs = _parse_logprobs(d.pop("logprobs", UNSET))

        def _parse_max_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        max_tokens = _parse_max_tokens(d.pop("max_tokens", UNSET))

        def _parse_n(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        n = _parse_n(d.pop("n", UNSET))

        def _parse_prediction(data: object) -> None | PredictionContent | Unset:
            if not _ready_31:
                _prepare_31()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prediction_type_0 = PredictionContent.from_dict(data)
                return prediction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        prediction = _parse_prediction(d.pop("prediction", UNSET))

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data

        seed = _parse_seed(d.pop("seed", UNSET))

        def _parse_stream_options(data: object) -> ChatCompletionStreamOptionsType0 | None | Unset:
            if not _ready_33:
                _prepare_33()
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_completion_stream_options_type_0 = (
                    ChatCompletionStreamOptionsType0.from_dict(data)
                )
                return componentsschemas_chat_completion_stream_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        stream_options = _parse_stream_options(d.pop("stream_options", UNSET))
        _tools = d.pop("tools", UNSET)
        tools: (
            list[
                ChatCompletionTool
                | CreateChatCompletionRequestToolsItemType2
                | CustomToolChatCompletions
            ]
            | Unset
        ) = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:

                def _parse_tools_item(
                    data: object,
                ) -> (
                    ChatCompletionTool
                    | CreateChatCompletionRequestToolsItemType2
                    | CustomToolChatCompletions
                ):
                    if not _ready_38:
                        _prepare_38()
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_0 = ChatCompletionTool.from_dict(data)
                        return tools_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_1 = CustomToolChatCompletions.from_dict(data)
                        return tools_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_2 = CreateChatCompletionRequestToolsItemType2.from_dict(data)
                    return tools_item_type_2

                tools_item = _parse_tools_item(tools_item_data)
                tools.append(tools_item)

        def _parse_tool_choice(
            data: object,
        ) -> (
            ChatCompletionAllowedToolsChoice
            | ChatCompletionNamedToolChoice
            | ChatCompletionNamedToolChoiceCustom
            | ChatCompletionToolChoiceOptionType0
            | Unset
        ):
            if not _ready_34:
                _prepare_34()
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_chat_completion_tool_choice_option_type_0 = (
                    check_chat_completion_tool_choice_option_type_0(data)
                )
                return componentsschemas_chat_completion_tool_choice_option_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_completion_tool_choice_option_type_1 = (
                    ChatCompletionAllowedToolsChoice.from_dict(data)
                )
                return componentsschemas_chat_completion_tool_choice_option_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_completion_tool_choice_option_type_2 = (
                    ChatCompletionNamedToolChoice.from_dict(data)
                )
                return componentsschemas_chat_completion_tool_choice_option_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_chat_completion_tool_choice_option_type_3 = (
                ChatCompletionNamedToolChoiceCustom.from_dict(data)
            )
            return componentsschemas_chat_completion_tool_choice_option_type_3

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))
        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

        def _parse_function_call(
            data: object,
        ) -> (
            ChatCompletionFunctionCallOption | CreateChatCompletionRequestFunctionCallType0 | Unset
        ):
            if not _ready_35:
                _prepare_35()
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                function_call_type_0 = check_create_chat_completion_request_function_call_type_0(
                    data
                )
                return function_call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            function_call_type_1 = ChatCompletionFunctionCallOption.from_dict(data)
            return function_call_type_1

        function_call = _parse_function_call(d.pop("function_call", UNSET))
        _functions = d.pop("functions", UNSET)
        functions: list[ChatCompletionFunctions] | Unset = UNSET
        if _functions is not UNSET:
            functions = []
            for functions_item_data in _functions:
                functions_item = ChatCompletionFunctions.from_dict(functions_item_data)
                functions.append(functions_item)

        def _parse_guided_json(
            data: object,
        ) -> CreateChatCompletionRequestGuidedJsonType0 | str | Unset:
            if not _ready_36:
                _prepare_36()
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                guided_json_type_0 = CreateChatCompletionRequestGuidedJsonType0.from_dict(data)
                return guided_json_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data

        guided_json = _parse_guided_json(d.pop("guided_json", UNSET))
        guided_regex = d.pop("guided_regex", UNSET)
        guided_choice = d.pop("guided_choice", UNSET)
        guided_grammar = d.pop("guided_grammar", UNSET)
        guided_decoding_backend = d.pop("guided_decoding_backend", UNSET)
        guided_whitespace_pattern = d.pop("guided_whitespace_pattern", UNSET)
        structural_tag = d.pop("structural_tag", UNSET)
        chat_template = d.pop("chat_template", UNSET)
        _chat_template_kwargs = d.pop("chat_template_kwargs", UNSET)
        chat_template_kwargs: CreateChatCompletionRequestChatTemplateKwargs | Unset
        if isinstance(_chat_template_kwargs, Unset):
            chat_template_kwargs = UNSET
        else:
            chat_template_kwargs = CreateChatCompletionRequestChatTemplateKwargs.from_dict(
                _chat_template_kwargs
            )
        _mm_processor_kwargs = d.pop("mm_processor_kwargs", UNSET)
        mm_processor_kwargs: CreateChatCompletionRequestMmProcessorKwargs | Unset
        if isinstance(_mm_processor_kwargs, Unset):
            mm_processor_kwargs = UNSET
        else:
            mm_processor_kwargs = CreateChatCompletionRequestMmProcessorKwargs.from_dict(
                _mm_processor_kwargs
            )
        ignore_eos = d.pop("ignore_eos", UNSET)
        _tensorzerocache_options = d.pop("tensorzero::cache_options", UNSET)
        tensorzerocache_options: CacheOptions | Unset
        if isinstance(_tensorzerocache_options, Unset):
            tensorzerocache_options = UNSET
        else:
            tensorzerocache_options = CacheOptions.from_dict(_tensorzerocache_options)
        _tensorzeroepisode_id = d.pop("tensorzero::episode_id", UNSET)
        tensorzeroepisode_id: UUID | Unset
        if isinstance(_tensorzeroepisode_id, Unset):
            tensorzeroepisode_id = UNSET
        else:
            tensorzeroepisode_id = UUID(_tensorzeroepisode_id)
        tensorzerovariant_name = d.pop("tensorzero::variant_name", UNSET)
        tensorzerodryrun = d.pop("tensorzero::dryrun", UNSET)
        create_chat_completion_request = cls(
            messages=messages,
            metadata=metadata,
            top_logprobs=top_logprobs,
            temperature=temperature,
            top_p=top_p,
            user=user,
            safety_identifier=safety_identifier,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_retention=prompt_cache_retention,
            prompt_cache_options=prompt_cache_options,
            model=model,
            service_tier=service_tier,
            modalities=modalities,
            verbosity=verbosity,
            reasoning_effort=reasoning_effort,
            max_completion_tokens=max_completion_tokens,
            frequency_penalty=frequency_penalty,
            presence_penalty=presence_penalty,
            web_search_options=web_search_options,
            response_format=response_format,
            audio=audio,
            store=store,
            moderation=moderation,
            stream=stream,
            stop=stop,
            logit_bias=logit_bias,
            logprobs=logprobs,
            max_tokens=max_tokens,
            n=n,
            prediction=prediction,
            seed=seed,
            stream_options=stream_options,
            tools=tools,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            function_call=function_call,
            functions=functions,
            guided_json=guided_json,
            guided_regex=guided_regex,
            guided_choice=guided_choice,
            guided_grammar=guided_grammar,
            guided_decoding_backend=guided_decoding_backend,
            guided_whitespace_pattern=guided_whitespace_pattern,
            structural_tag=structural_tag,
            chat_template=chat_template,
            chat_template_kwargs=chat_template_kwargs,
            mm_processor_kwargs=mm_processor_kwargs,
            ignore_eos=ignore_eos,
            tensorzerocache_options=tensorzerocache_options,
            tensorzeroepisode_id=tensorzeroepisode_id,
            tensorzerovariant_name=tensorzerovariant_name,
            tensorzerodryrun=tensorzerodryrun,
        )
        create_chat_completion_request.additional_properties = d
        return create_chat_completion_request

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
        ChatCompletionAllowedToolsChoice, \
        ChatCompletionNamedToolChoice, \
        ChatCompletionRequestAssistantMessage, \
        ChatCompletionRequestDeveloperMessage, \
        ChatCompletionRequestSystemMessage, \
        ChatCompletionRequestToolMessage, \
        ChatCompletionRequestUserMessage, \
        ChatCompletionStreamOptionsType0, \
        ChatCompletionTool, \
        CreateChatCompletionRequestAudioType0, \
        CreateChatCompletionRequestGuidedJsonType0, \
        CreateChatCompletionRequestLogitBiasType0, \
        CustomToolChatCompletions, \
        MetadataType0, \
        ModerationParam, \
        PredictionContent, \
        ResponseFormatJsonObject, \
        ResponseFormatJsonSchema, \
        ResponseFormatText
    from ..models.chat_completion_allowed_tools_choice import ChatCompletionAllowedToolsChoice
    from ..models.chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
    from ..models.chat_completion_request_assistant_message import (
        ChatCompletionRequestAssistantMessage,
    )
    from ..models.chat_completion_request_developer_message import (
        ChatCompletionRequestDeveloperMessage,
    )
    from ..models.chat_completion_request_system_message import ChatCompletionRequestSystemMessage
    from ..models.chat_completion_request_tool_message import ChatCompletionRequestToolMessage
    from ..models.chat_completion_request_user_message import ChatCompletionRequestUserMessage
    from ..models.chat_completion_stream_options_type_0 import ChatCompletionStreamOptionsType0
    from ..models.chat_completion_tool import ChatCompletionTool
    from ..models.create_chat_completion_request_audio_type_0 import (
        CreateChatCompletionRequestAudioType0,
    )
    from ..models.create_chat_completion_request_guided_json_type_0 import (
        CreateChatCompletionRequestGuidedJsonType0,
    )
    from ..models.create_chat_completion_request_logit_bias_type_0 import (
        CreateChatCompletionRequestLogitBiasType0,
    )
    from ..models.custom_tool_chat_completions import CustomToolChatCompletions
    from ..models.metadata_type_0 import MetadataType0
    from ..models.moderation_param import ModerationParam
    from ..models.prediction_content import PredictionContent
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText

    _ready_0 = True


_ready_1 = False


def _prepare_1() -> None:
    global \
        _ready_1, \
        CacheOptions, \
        ChatCompletionFunctions, \
        CreateChatCompletionRequestChatTemplateKwargs, \
        CreateChatCompletionRequestMmProcessorKwargs, \
        CreateChatCompletionRequestWebSearchOptions, \
        PromptCacheOptionsParam
    from ..models.cache_options import CacheOptions
    from ..models.chat_completion_functions import ChatCompletionFunctions
    from ..models.create_chat_completion_request_chat_template_kwargs import (
        CreateChatCompletionRequestChatTemplateKwargs,
    )
    from ..models.create_chat_completion_request_mm_processor_kwargs import (
        CreateChatCompletionRequestMmProcessorKwargs,
    )
    from ..models.create_chat_completion_request_web_search_options import (
        CreateChatCompletionRequestWebSearchOptions,
    )
    from ..models.prompt_cache_options_param import PromptCacheOptionsParam

    _ready_1 = True


_ready_7 = False


def _prepare_7() -> None:
    global _ready_7, MetadataType0
    from ..models.metadata_type_0 import MetadataType0

    _ready_7 = True


_ready_21 = False


def _prepare_21() -> None:
    global \
        _ready_21, \
        CreateChatCompletionRequestResponseFormatType3, \
        ResponseFormatJsonObject, \
        ResponseFormatJsonSchema, \
        ResponseFormatText
    from ..models.create_chat_completion_request_response_format_type_3 import (
        CreateChatCompletionRequestResponseFormatType3,
    )
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText

    _ready_21 = True


_ready_22 = False


def _prepare_22() -> None:
    global _ready_22, CreateChatCompletionRequestAudioType0
    from ..models.create_chat_completion_request_audio_type_0 import (
        CreateChatCompletionRequestAudioType0,
    )

    _ready_22 = True


_ready_24 = False


def _prepare_24() -> None:
    global _ready_24, ModerationParam
    from ..models.moderation_param import ModerationParam

    _ready_24 = True


_ready_27 = False


def _prepare_27() -> None:
    global _ready_27, CreateChatCompletionRequestLogitBiasType0
    from ..models.create_chat_completion_request_logit_bias_type_0 import (
        CreateChatCompletionRequestLogitBiasType0,
    )

    _ready_27 = True


_ready_31 = False


def _prepare_31() -> None:
    global _ready_31, PredictionContent
    from ..models.prediction_content import PredictionContent

    _ready_31 = True


_ready_33 = False


def _prepare_33() -> None:
    global _ready_33, ChatCompletionStreamOptionsType0
    from ..models.chat_completion_stream_options_type_0 import ChatCompletionStreamOptionsType0

    _ready_33 = True


_ready_34 = False


def _prepare_34() -> None:
    global \
        _ready_34, \
        ChatCompletionAllowedToolsChoice, \
        ChatCompletionNamedToolChoice, \
        ChatCompletionNamedToolChoiceCustom
    from ..models.chat_completion_allowed_tools_choice import ChatCompletionAllowedToolsChoice
    from ..models.chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
    from ..models.chat_completion_named_tool_choice_custom import (
        ChatCompletionNamedToolChoiceCustom,
    )

    _ready_34 = True


_ready_35 = False


def _prepare_35() -> None:
    global _ready_35, ChatCompletionFunctionCallOption
    from ..models.chat_completion_function_call_option import ChatCompletionFunctionCallOption

    _ready_35 = True


_ready_36 = False


def _prepare_36() -> None:
    global _ready_36, CreateChatCompletionRequestGuidedJsonType0
    from ..models.create_chat_completion_request_guided_json_type_0 import (
        CreateChatCompletionRequestGuidedJsonType0,
    )

    _ready_36 = True


_ready_37 = False


def _prepare_37() -> None:
    global \
        _ready_37, \
        ChatCompletionRequestAssistantMessage, \
        ChatCompletionRequestDeveloperMessage, \
        ChatCompletionRequestFunctionMessage, \
        ChatCompletionRequestSystemMessage, \
        ChatCompletionRequestToolMessage, \
        ChatCompletionRequestUserMessage
    from ..models.chat_completion_request_assistant_message import (
        ChatCompletionRequestAssistantMessage,
    )
    from ..models.chat_completion_request_developer_message import (
        ChatCompletionRequestDeveloperMessage,
    )
    from ..models.chat_completion_request_function_message import (
        ChatCompletionRequestFunctionMessage,
    )
    from ..models.chat_completion_request_system_message import ChatCompletionRequestSystemMessage
    from ..models.chat_completion_request_tool_message import ChatCompletionRequestToolMessage
    from ..models.chat_completion_request_user_message import ChatCompletionRequestUserMessage

    _ready_37 = True


_ready_38 = False


def _prepare_38() -> None:
    global \
        _ready_38, \
        ChatCompletionTool, \
        CreateChatCompletionRequestToolsItemType2, \
        CustomToolChatCompletions
    from ..models.chat_completion_tool import ChatCompletionTool
    from ..models.create_chat_completion_request_tools_item_type_2 import (
        CreateChatCompletionRequestToolsItemType2,
    )
    from ..models.custom_tool_chat_completions import CustomToolChatCompletions

    _ready_38 = True
