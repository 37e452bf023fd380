"""The lazy-name path of `track_chat_completions` the spec pins; the code is `_chat_tracker`'s."""

from __future__ import annotations

from bud.observability._chat_tracker import track_chat_completions

__all__ = ["track_chat_completions"]
