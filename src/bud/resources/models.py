"""`client.models`: `AsyncModels` (src/bud/_async/models.py) and its generated
blocking twin `Models`."""

from bud_sync.models import Models

from bud._async.models import AsyncModels

__all__ = ["AsyncModels", "Models"]
