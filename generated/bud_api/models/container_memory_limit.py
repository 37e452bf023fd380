from typing import Literal

ContainerMemoryLimit = Literal["16g", "1g", "4g", "64g"]
CONTAINER_MEMORY_LIMIT_VALUES: set[ContainerMemoryLimit] = {"16g", "1g", "4g", "64g"}


def check_container_memory_limit(value: str) -> ContainerMemoryLimit:
    if value in CONTAINER_MEMORY_LIMIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTAINER_MEMORY_LIMIT_VALUES!r}"
    )
