from typing import Literal

CreateEmbeddingRequestPriority = Literal["high", "low", "normal"]
CREATE_EMBEDDING_REQUEST_PRIORITY_VALUES: set[CreateEmbeddingRequestPriority] = {
    "high",
    "low",
    "normal",
}


def check_create_embedding_request_priority(value: str) -> CreateEmbeddingRequestPriority:
    if value in CREATE_EMBEDDING_REQUEST_PRIORITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EMBEDDING_REQUEST_PRIORITY_VALUES!r}"
    )
