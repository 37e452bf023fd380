"""bud-sdk: the Python SDK for the Bud AI Foundry gateway's Responses API."""
