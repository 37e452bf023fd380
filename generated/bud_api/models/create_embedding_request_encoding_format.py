from typing import Literal

CreateEmbeddingRequestEncodingFormat = Literal["base64", "float"]
CREATE_EMBEDDING_REQUEST_ENCODING_FORMAT_VALUES: set[CreateEmbeddingRequestEncodingFormat] = {
    "base64",
    "float",
}


def check_create_embedding_request_encoding_format(
    value: str,
) -> CreateEmbeddingRequestEncodingFormat:
    if value in CREATE_EMBEDDING_REQUEST_ENCODING_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EMBEDDING_REQUEST_ENCODING_FORMAT_VALUES!r}"
    )
