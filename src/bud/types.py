"""The models users meet, under the names an `openai` user expects.

All are generated from `openapi/responses.yaml` (package `bud_api`); absent
fields read as `UNSET` (falsy). Every other generated model is in
`bud_api.models`.
"""

from bud_api.models.compact_resource import CompactResource
from bud_api.models.deleted_response import DeletedResponse
from bud_api.models.response_object import ResponseObject as Response
from bud_api.models.response_usage import ResponseUsage
from bud_api.models.token_counts_resource import TokenCountsResource
from bud_api.types import UNSET, Unset

from bud._events import UnknownEvent
from bud._stream_manager import FunctionCall

__all__ = [
    "UNSET",
    "CompactResource",
    "DeletedResponse",
    "FunctionCall",
    "Response",
    "ResponseUsage",
    "TokenCountsResource",
    "UnknownEvent",
    "Unset",
]
