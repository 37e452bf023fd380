from typing import Literal

ContainerNetworkPolicyAllowlistParamType = Literal["allowlist"]
CONTAINER_NETWORK_POLICY_ALLOWLIST_PARAM_TYPE_VALUES: set[
    ContainerNetworkPolicyAllowlistParamType
] = {"allowlist"}


def check_container_network_policy_allowlist_param_type(
    value: str,
) -> ContainerNetworkPolicyAllowlistParamType:
    if value in CONTAINER_NETWORK_POLICY_ALLOWLIST_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTAINER_NETWORK_POLICY_ALLOWLIST_PARAM_TYPE_VALUES!r}"
    )
