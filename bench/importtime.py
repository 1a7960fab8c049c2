"""Read ``python -X importtime`` output into a tree and show its heaviest branches."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)\s*$")


@dataclass
class Node:
    name: str
    own: float  # seconds spent in this module's own body
    cumulative: float  # seconds including everything it imported first
    children: list[Node] = field(default_factory=list)


def parse(stderr: str) -> list[Node]:
    """The top-level imports, each with the imports it triggered (children)."""
    # Lines come in post-order: a module's imports are printed before it, one level deeper.
    pending: dict[int, list[Node]] = {}
    for line in stderr.splitlines():
        match = LINE.match(line)
        if match is None:
            continue
        own, cumulative, indent, name = match.groups()
        level = len(indent) // 2
        node = Node(name, int(own) / 1e6, int(cumulative) / 1e6, pending.pop(level + 1, []))
        pending.setdefault(level, []).append(node)
    return pending.get(0, [])


def heaviest(nodes: list[Node], threshold: float, depth: int = 3,
             indent: str = "  ") -> list[str]:
    """Lines for every branch costing at least ``threshold`` seconds, heaviest first."""
    lines: list[str] = []
    for node in sorted(nodes, key=lambda n: n.cumulative, reverse=True):
        if node.cumulative < threshold:
            break
        lines.append(f"{indent}{node.cumulative * 1000:7.1f} ms  {node.name}"
                     f"  (own {node.own * 1000:.1f} ms)")
        if depth > 1:
            lines.extend(heaviest(node.children, threshold, depth - 1, indent + "    "))
    return lines


def total(nodes: list[Node]) -> float:
    return sum(n.cumulative for n in nodes)
