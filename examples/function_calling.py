"""Function calling: the model asks for a tool, we run it and send the result back.

1. Send the question with a `tools` definition.
2. The response holds `function_call` items (name, call_id, JSON arguments).
3. Run each tool locally.
4. Send a `function_call_output` per call, with `previous_response_id`, and
   the model answers with the tool results in context.

    BUD_BASE_URL=... BUD_API_KEY=... BUD_MODEL=... python examples/function_calling.py
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from typing import Any

from bud import AsyncBudClient

TOOLS = [
    {
        "type": "function",
        "name": "get_weather",
        "description": "The current weather in a city.",
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
            },
            "required": ["city"],
            "additionalProperties": False,
        },
    }
]


def get_weather(arguments: dict[str, Any]) -> dict[str, Any]:
    """The "tool": a real application would call a weather service here.

    Arguments come from the model: check them, and answer with an error the
    model can read rather than crash.
    """
    city = arguments.get("city")
    if not isinstance(city, str) or not city:
        return {"error": "'city' is required"}
    unit = arguments.get("unit", "celsius")
    return {"city": city, "temperature": 21 if unit == "celsius" else 70, "unit": unit}


TOOL_IMPLEMENTATIONS = {"get_weather": get_weather}


async def main() -> int:
    model = os.environ.get("BUD_MODEL")
    if not model:
        print("set BUD_MODEL (and BUD_BASE_URL, BUD_API_KEY)", file=sys.stderr)
        return 2
    async with AsyncBudClient(
        api_key=os.environ.get("BUD_API_KEY"), base_url=os.environ.get("BUD_BASE_URL")
    ) as client:
        # tool_choice="required" makes the model call a tool ("auto", the default,
        # lets it decide): it also makes the embedded local server answer with a call.
        first = await client.responses.create(
            model=model, input="What's the weather in Paris?", tools=TOOLS, tool_choice="required"
        )
        calls = [item for item in first.output if item.type == "function_call"]
        if not calls:
            print(f"no tool call; the model said: {first.output_text}")
            return 0

        outputs: list[dict[str, Any]] = []
        for call in calls:
            arguments = json.loads(call.arguments or "{}")
            print(f"model called {call.name}({arguments}) [call_id={call.call_id}]")
            tool = TOOL_IMPLEMENTATIONS.get(call.name or "")
            result = tool(arguments) if tool else {"error": f"unknown tool {call.name}"}
            print(f"tool result: {result}")
            # the output is a string: here JSON the model can read
            outputs.append(
                {
                    "type": "function_call_output",
                    "call_id": call.call_id,
                    "output": json.dumps(result),
                }
            )

        final = await client.responses.create(
            model=model, input=outputs, previous_response_id=first.id, tools=TOOLS
        )
        print(f"answer: {final.output_text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
