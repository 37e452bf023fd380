"""`client.chat.completions`: `AsyncChat` (src/bud/_async/chat.py) and its generated
blocking twin `Chat`."""

from bud_sync.chat import Chat, Completions

from bud._async.chat import AsyncChat, AsyncCompletions

__all__ = ["AsyncChat", "AsyncCompletions", "Chat", "Completions"]
