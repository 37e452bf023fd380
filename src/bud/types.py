"""The models users meet, under the names an `openai` user expects.

All are generated from `openapi/responses.yaml` (package `bud_api`); absent
fields read as `UNSET` (falsy). Every other generated model is in
`bud_api.models`. `ParsedResponse` (what `responses.parse()` returns) is a
`Response` with `output_parsed` and `parsed_messages`.
"""

from bud_api.models.chat_completion import ChatCompletion
from bud_api.models.chat_completion_chunk import ChatCompletionChunk
from bud_api.models.classify_label import ClassifyLabel
from bud_api.models.classify_response import ClassifyResponse
from bud_api.models.compact_resource import CompactResource
from bud_api.models.completion_usage import CompletionUsage
from bud_api.models.create_embedding_response import CreateEmbeddingResponse
from bud_api.models.deleted_response import DeletedResponse
from bud_api.models.embedding import Embedding
from bud_api.models.model import Model
from bud_api.models.response_object import ResponseObject as Response
from bud_api.models.response_usage import ResponseUsage
from bud_api.models.token_counts_resource import TokenCountsResource
from bud_api.types import UNSET, Unset

from bud._events import UnknownEvent
from bud._stream_tally import FunctionCall
from bud._structured import ParsedMessage, ParsedResponse

__all__ = [
    "UNSET",
    "ChatCompletion",
    "ChatCompletionChunk",
    "ClassifyLabel",
    "ClassifyResponse",
    "CompactResource",
    "CompletionUsage",
    "CreateEmbeddingResponse",
    "DeletedResponse",
    "Embedding",
    "FunctionCall",
    "Model",
    "ParsedMessage",
    "ParsedResponse",
    "Response",
    "ResponseUsage",
    "TokenCountsResource",
    "UnknownEvent",
    "Unset",
]
