#!/usr/bin/env python3
"""A docgraph external plugin that finds sums of money: £750, £18,432.17, $2.5m, €40 million.

It speaks docgraph's JSON-lines protocol (docs/plugins.md) on stdin and stdout, using only the
standard library:

1. docgraph writes a hello; the plugin answers with the protocol version it speaks.
2. For each document docgraph writes one request line; the plugin answers with one line holding
   a MONEY mention for each sum, with its currency and value as properties.

Offsets count Unicode scalars, which is what Python's str indexes, so match positions can be
sent as they are. Anything the plugin wants to say to a person goes to stderr, never stdout.
"""

import json
import re
import sys

PROTOCOL = 1

CURRENCIES = {"£": "GBP", "$": "USD", "€": "EUR"}
SCALES = {"k": 1_000, "m": 1_000_000, "million": 1_000_000, "bn": 1_000_000_000, "billion": 1_000_000_000}

AMOUNT = re.compile(
    r"(?P<symbol>[£$€])\s?"
    r"(?P<number>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<fraction>\d+))?"
    r"(?:\s?(?P<scale>k|m|bn|million|billion)\b)?",
    re.IGNORECASE,
)


def amounts(text, minimum):
    """Yields a MONEY mention for each sum of money in the text worth at least `minimum`."""
    for match in AMOUNT.finditer(text):
        value = float(match.group("number").replace(",", "") + "." + (match.group("fraction") or "0"))
        scale = match.group("scale")
        if scale:
            value *= SCALES[scale.lower()]
        if value < minimum:
            continue
        yield {
            "label": "MONEY",
            "start": match.start(),
            "end": match.end(),
            "text": match.group(),
            "properties": {"currency": CURRENCIES[match.group("symbol")], "value": round(value, 2)},
        }


def send(message):
    """Writes one message as one line and flushes, so docgraph sees it at once."""
    sys.stdout.write(json.dumps(message, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def main():
    hello = json.loads(sys.stdin.readline())
    options = hello.get("options") or {}
    minimum = float(options.get("minimum", 0))
    send({"type": "hello", "protocol": PROTOCOL, "name": "Money amounts"})
    print(f"money plugin ready for docgraph {hello.get('docgraph')}", file=sys.stderr, flush=True)

    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        try:
            mentions = list(amounts(request["text"], minimum))
            send({"type": "result", "protocol": PROTOCOL, "id": request["id"], "mentions": mentions})
        except Exception as error:  # one bad document must not end the plugin
            send({"type": "error", "protocol": PROTOCOL, "id": request.get("id", ""), "message": str(error)})


if __name__ == "__main__":
    main()
