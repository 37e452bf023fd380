from typing import Literal

MessagePhase = Literal["commentary", "final_answer"]
MESSAGE_PHASE_VALUES: set[MessagePhase] = {"commentary", "final_answer"}


def check_message_phase(value: str) -> MessagePhase:
    if value in MESSAGE_PHASE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_PHASE_VALUES!r}")
