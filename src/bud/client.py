"""`AsyncBudClient` (primary; src/bud/_async/client.py) and its generated blocking
twin `BudClient`: configuration plus the resources.

async with AsyncBudClient(api_key="...", base_url="https://gateway") as client:
    response = await client.responses.create(model="gpt-4.1", input="Hi")
"""

from bud_sync.client import BudClient

from bud._async.client import AsyncBudClient

__all__ = ["AsyncBudClient", "BudClient"]
