from typing import Literal

CacheOptionsEnabled = Literal["off", "on", "read_only", "write_only"]
CACHE_OPTIONS_ENABLED_VALUES: set[CacheOptionsEnabled] = {"off", "on", "read_only", "write_only"}


def check_cache_options_enabled(value: str) -> CacheOptionsEnabled:
    if value in CACHE_OPTIONS_ENABLED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CACHE_OPTIONS_ENABLED_VALUES!r}")
