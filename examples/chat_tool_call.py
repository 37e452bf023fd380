"""A tool call round trip with Chat Completions.

1. Send the question with `tools` and `tool_choice="required"` (the model must
   call a tool; `"auto"`, the default, lets it decide).
2. The assistant message holds `tool_calls` (id, function name, JSON arguments).
3. Run each function locally.
4. Send the conversation back: the assistant message with its `tool_calls`, then
   one `{"role": "tool", "tool_call_id": ..., "content": ...}` message per call;
   the model answers with the results in context.

    BUD_BASE_URL=... BUD_API_KEY=... BUD_MODEL=... python examples/chat_tool_call.py
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from bud import BudClient

TOOLS = [
    {
        "type": "function",
        "function": {
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
        },
    }
]


def get_weather(arguments: dict[str, Any]) -> dict[str, Any]:
    """The "tool": a real application would call a weather service here. Arguments come
    from the model: check them, and answer with an error the model can read."""
    city = arguments.get("city")
    if not isinstance(city, str) or not city:
        return {"error": "'city' is required"}
    unit = arguments.get("unit", "celsius")
    return {"city": city, "temperature": 21 if unit == "celsius" else 70, "unit": unit}


TOOL_IMPLEMENTATIONS = {"get_weather": get_weather}


def main() -> int:
    model = os.environ.get("BUD_MODEL")
    if not model:
        print("set BUD_MODEL (and BUD_BASE_URL, BUD_API_KEY)", file=sys.stderr)
        return 2
    with BudClient(
        api_key=os.environ.get("BUD_API_KEY"), base_url=os.environ.get("BUD_BASE_URL")
    ) as client:
        messages: list[dict[str, Any]] = [
            {"role": "user", "content": "What's the weather in Paris?"}
        ]
        first = client.chat.completions.create(
            model=model, messages=messages, tools=TOOLS, tool_choice="required"
        )
        message = first.choices[0].message
        calls = message.tool_calls or []
        if not calls:
            print(f"no tool call; the model said: {message.content}")
            return 0

        # the assistant's turn goes back as it was, tool calls included
        messages.append(
            {
                "role": "assistant",
                "content": message.content,
                "tool_calls": [call.to_dict() for call in calls],
            }
        )
        for call in calls:
            name = call.function.name
            arguments = json.loads(call.function.arguments or "{}")
            print(f"model called {name}({arguments}) [id={call.id}]")
            tool = TOOL_IMPLEMENTATIONS.get(name)
            result = tool(arguments) if tool else {"error": f"unknown tool {name}"}
            print(f"tool result: {result}")
            # the content is a string: here JSON the model can read
            messages.append(
                {"role": "tool", "tool_call_id": call.id, "content": json.dumps(result)}
            )

        final = client.chat.completions.create(model=model, messages=messages, tools=TOOLS)
        print(f"answer: {final.choices[0].message.content}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
