"""Bud AI Foundry gateway contract: generated models (`bud_api.models`), the stream event map (`bud_api.event_types`) and the request side (`bud_api.operations`)."""
