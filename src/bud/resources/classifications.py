"""`client.classifications`: `AsyncClassifications` (src/bud/_async/classifications.py)
and its generated blocking twin `Classifications`."""

from bud_sync.classifications import Classifications

from bud._async.classifications import AsyncClassifications

__all__ = ["AsyncClassifications", "Classifications"]
