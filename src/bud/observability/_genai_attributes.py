"""Span and metric attribute names used by bud's tracing.

The spec's names (``gen_ai.system``, ``bud.inference.*``, the Responses and
Chat Completions field maps) are binding and kept exactly. The names from
the current OpenTelemetry GenAI conventions (``gen_ai.provider.name``,
``openai.api.type``, the cache/reasoning usage counts, ...) are emitted
alongside them so standard backends understand the spans too.
"""

from __future__ import annotations

from typing import Final

# ---------------------------------------------------------------------------
# GenAI semantic-convention attributes (spec baseline)
# ---------------------------------------------------------------------------

GENAI_SYSTEM: Final = "gen_ai.system"

GENAI_REQUEST_MODEL: Final = "gen_ai.request.model"
GENAI_REQUEST_TEMPERATURE: Final = "gen_ai.request.temperature"
GENAI_REQUEST_TOP_P: Final = "gen_ai.request.top_p"
GENAI_REQUEST_MAX_TOKENS: Final = "gen_ai.request.max_tokens"
GENAI_REQUEST_STOP_SEQUENCES: Final = "gen_ai.request.stop_sequences"
GENAI_REQUEST_PRESENCE_PENALTY: Final = "gen_ai.request.presence_penalty"
GENAI_REQUEST_FREQUENCY_PENALTY: Final = "gen_ai.request.frequency_penalty"

GENAI_RESPONSE_ID: Final = "gen_ai.response.id"
GENAI_RESPONSE_OBJECT: Final = "gen_ai.response.object"
GENAI_RESPONSE_MODEL: Final = "gen_ai.response.model"
GENAI_RESPONSE_CREATED: Final = "gen_ai.response.created"
GENAI_RESPONSE_SYSTEM_FINGERPRINT: Final = "gen_ai.response.system_fingerprint"

GENAI_USAGE_INPUT_TOKENS: Final = "gen_ai.usage.input_tokens"
GENAI_USAGE_OUTPUT_TOKENS: Final = "gen_ai.usage.output_tokens"
GENAI_USAGE_TOTAL_TOKENS: Final = "gen_ai.usage.total_tokens"

GENAI_CONTENT_PROMPT: Final = "gen_ai.content.prompt"

# ---------------------------------------------------------------------------
# Bud-specific inference attributes
# ---------------------------------------------------------------------------

BUD_INFERENCE_STREAM: Final = "bud.inference.stream"
BUD_INFERENCE_TTFT_MS: Final = "bud.inference.ttft_ms"
BUD_INFERENCE_CHUNKS: Final = "bud.inference.chunks"
BUD_INFERENCE_STREAM_COMPLETED: Final = "bud.inference.stream_completed"
BUD_INFERENCE_OPERATION: Final = "bud.inference.operation"
# what the Bud gateway reports in its x-tensorzero-* headers
BUD_INFERENCE_COST: Final = "bud.inference.cost"
BUD_INFERENCE_MODEL_LATENCY_MS: Final = "bud.inference.model_latency_ms"

BUD_INFERENCE_REQUEST_USER: Final = "bud.inference.request.user"
BUD_INFERENCE_REQUEST_TOOL_CHOICE: Final = "bud.inference.request.tool_choice"
BUD_INFERENCE_REQUEST_TOOLS: Final = "bud.inference.request.tools"
BUD_INFERENCE_RESPONSE_CHOICES: Final = "bud.inference.response.choices"

# ---------------------------------------------------------------------------
# Responses API attributes (spec section 7)
# ---------------------------------------------------------------------------

GENAI_OPERATION_NAME: Final = "gen_ai.operation.name"
GENAI_CONVERSATION_ID: Final = "gen_ai.conversation.id"
GENAI_RESPONSE_STATUS: Final = "gen_ai.response.status"
BUD_INFERENCE_RESPONSE_OUTPUT_TEXT: Final = "bud.inference.response.output_text"
BUD_RESPONSES_REQUEST_INPUT: Final = "bud.inference.request.input"
BUD_RESPONSES_REQUEST_INSTRUCTIONS: Final = "bud.inference.request.instructions"
BUD_RESPONSES_REQUEST_PROMPT: Final = "bud.inference.request.prompt"

# Responses create() keyword -> span attribute.
RESPONSES_INPUT_ATTR_MAP: dict[str, str] = {
    "model": GENAI_REQUEST_MODEL,
    "temperature": GENAI_REQUEST_TEMPERATURE,
    "top_p": GENAI_REQUEST_TOP_P,
    "max_output_tokens": GENAI_REQUEST_MAX_TOKENS,
    "stream": BUD_INFERENCE_STREAM,
    "input": BUD_RESPONSES_REQUEST_INPUT,
    "instructions": BUD_RESPONSES_REQUEST_INSTRUCTIONS,
    "tools": BUD_INFERENCE_REQUEST_TOOLS,
    "tool_choice": BUD_INFERENCE_REQUEST_TOOL_CHOICE,
    "user": BUD_INFERENCE_REQUEST_USER,
    "prompt": BUD_RESPONSES_REQUEST_PROMPT,
    "previous_response_id": GENAI_CONVERSATION_ID,
}

RESPONSES_DEFAULT_INPUT_FIELDS: frozenset[str] = frozenset(
    {
        "model",
        "temperature",
        "top_p",
        "max_output_tokens",
        "stream",
        "tool_choice",
        "input",
        "instructions",
        "tools",
        "user",
        "prompt",
        "previous_response_id",
        "reasoning",
        "store",
        "service_tier",
        "truncation",
        "include",
    }
)

RESPONSES_DEFAULT_OUTPUT_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "status",
        "created_at",
        "model",
        "usage",
        "output_text",
    }
)

# Backward compatibility aliases (the spec's trackers import these names).
RESPONSES_SAFE_INPUT_FIELDS = RESPONSES_DEFAULT_INPUT_FIELDS
RESPONSES_SAFE_OUTPUT_FIELDS = RESPONSES_DEFAULT_OUTPUT_FIELDS

# ---------------------------------------------------------------------------
# Chat Completions attributes (same shape as the Responses block)
# ---------------------------------------------------------------------------

GENAI_REQUEST_SEED: Final = "gen_ai.request.seed"

CHAT_INPUT_ATTR_MAP: dict[str, str] = {
    "model": GENAI_REQUEST_MODEL,
    "temperature": GENAI_REQUEST_TEMPERATURE,
    "top_p": GENAI_REQUEST_TOP_P,
    "max_tokens": GENAI_REQUEST_MAX_TOKENS,
    "stop": GENAI_REQUEST_STOP_SEQUENCES,
    "presence_penalty": GENAI_REQUEST_PRESENCE_PENALTY,
    "frequency_penalty": GENAI_REQUEST_FREQUENCY_PENALTY,
    "seed": GENAI_REQUEST_SEED,
    "stream": BUD_INFERENCE_STREAM,
    "messages": GENAI_CONTENT_PROMPT,
    "tools": BUD_INFERENCE_REQUEST_TOOLS,
    "tool_choice": BUD_INFERENCE_REQUEST_TOOL_CHOICE,
    "user": BUD_INFERENCE_REQUEST_USER,
}

CHAT_DEFAULT_INPUT_FIELDS: frozenset[str] = frozenset(
    {
        "model",
        "temperature",
        "top_p",
        "max_tokens",
        "stop",
        "presence_penalty",
        "frequency_penalty",
        "stream",
        "messages",
        "tools",
        "tool_choice",
        "user",
    }
)

CHAT_DEFAULT_OUTPUT_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "model",
        "created",
        "usage",
        "choices",
        "system_fingerprint",
    }
)

CHAT_SAFE_INPUT_FIELDS = CHAT_DEFAULT_INPUT_FIELDS
CHAT_SAFE_OUTPUT_FIELDS = CHAT_DEFAULT_OUTPUT_FIELDS

# ---------------------------------------------------------------------------
# Current GenAI semantic conventions (emitted alongside the spec's names)
# ---------------------------------------------------------------------------

GENAI_PROVIDER_NAME: Final = "gen_ai.provider.name"
# OpenInference's span kind (LLM, EMBEDDING, ...): how Phoenix and other
# OpenInference backends tell a model call from any other span
OPENINFERENCE_SPAN_KIND: Final = "openinference.span.kind"
GENAI_REQUEST_STREAM: Final = "gen_ai.request.stream"
GENAI_REQUEST_PREVIOUS_RESPONSE_ID: Final = "gen_ai.request.previous_response.id"
GENAI_REQUEST_REASONING_LEVEL: Final = "gen_ai.request.reasoning.level"
GENAI_RESPONSE_FINISH_REASONS: Final = "gen_ai.response.finish_reasons"
GENAI_RESPONSE_TIME_TO_FIRST_CHUNK: Final = "gen_ai.response.time_to_first_chunk"
GENAI_USAGE_CACHE_READ_INPUT_TOKENS: Final = "gen_ai.usage.cache_read.input_tokens"
GENAI_USAGE_REASONING_OUTPUT_TOKENS: Final = "gen_ai.usage.reasoning.output_tokens"
GENAI_OUTPUT_TYPE: Final = "gen_ai.output.type"
GENAI_SYSTEM_INSTRUCTIONS: Final = "gen_ai.system_instructions"
GENAI_TOKEN_TYPE: Final = "gen_ai.token.type"

OPENAI_API_TYPE: Final = "openai.api.type"
OPENAI_REQUEST_SERVICE_TIER: Final = "openai.request.service_tier"
OPENAI_RESPONSE_SERVICE_TIER: Final = "openai.response.service_tier"

SERVER_ADDRESS: Final = "server.address"
SERVER_PORT: Final = "server.port"
ERROR_TYPE: Final = "error.type"

# Well-known values.
GENAI_TOKEN_TYPE_INPUT: Final = "input"
GENAI_TOKEN_TYPE_OUTPUT: Final = "output"

# ---------------------------------------------------------------------------
# Metric names (last released GenAI conventions)
# ---------------------------------------------------------------------------

GENAI_CLIENT_OPERATION_DURATION: Final = "gen_ai.client.operation.duration"
GENAI_CLIENT_TOKEN_USAGE: Final = "gen_ai.client.token.usage"
GENAI_CLIENT_OPERATION_TIME_TO_FIRST_CHUNK: Final = "gen_ai.client.operation.time_to_first_chunk"
GENAI_CLIENT_OPERATION_TIME_PER_OUTPUT_CHUNK: Final = (
    "gen_ai.client.operation.time_per_output_chunk"
)
