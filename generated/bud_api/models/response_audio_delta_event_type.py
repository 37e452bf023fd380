from typing import Literal

ResponseAudioDeltaEventType = Literal["response.audio.delta"]
RESPONSE_AUDIO_DELTA_EVENT_TYPE_VALUES: set[ResponseAudioDeltaEventType] = {"response.audio.delta"}


def check_response_audio_delta_event_type(value: str) -> ResponseAudioDeltaEventType:
    if value in RESPONSE_AUDIO_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_AUDIO_DELTA_EVENT_TYPE_VALUES!r}"
    )
