from typing import Literal

SkillReferenceParamType = Literal["skill_reference"]
SKILL_REFERENCE_PARAM_TYPE_VALUES: set[SkillReferenceParamType] = {"skill_reference"}


def check_skill_reference_param_type(value: str) -> SkillReferenceParamType:
    if value in SKILL_REFERENCE_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SKILL_REFERENCE_PARAM_TYPE_VALUES!r}"
    )
