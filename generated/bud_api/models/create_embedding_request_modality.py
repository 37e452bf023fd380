from typing import Literal

CreateEmbeddingRequestModality = Literal["audio", "image", "text"]
CREATE_EMBEDDING_REQUEST_MODALITY_VALUES: set[CreateEmbeddingRequestModality] = {
    "audio",
    "image",
    "text",
}


def check_create_embedding_request_modality(value: str) -> CreateEmbeddingRequestModality:
    if value in CREATE_EMBEDDING_REQUEST_MODALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EMBEDDING_REQUEST_MODALITY_VALUES!r}"
    )
