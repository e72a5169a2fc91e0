"""Server-rendered SVG: the lineage diagram laid out in time, and horizontal bar charts.

Built as text with every label escaped; nodes and edges are `<a>` links. Styling is by class (see
`web/static/explorer.css`), and each lineage relation family differs by colour *and* dash pattern *and* a text
label on the edge, so the diagram reads in greyscale too.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from markupsafe import Markup, escape

__all__ = ["DiagramNode", "DiagramEdge", "lineage_diagram", "bar_chart", "RELATION_STYLE", "relation_phrase",
           "legend_entries"]

# relation local name → (family used for styling, phrase when the subject comes first, phrase when reversed)
RELATION_STYLE: dict[str, tuple[str, str, str]] = {
    "basedOn": ("derived", "based on", "basis for"),
    "recommends": ("recommended", "recommends", "recommended by"),
    "adopts": ("adopted", "adopts", "adopted by"),
    "continues": ("adopted", "continues", "continued by"),
    "implements": ("adopted", "implements", "implemented by"),
    "legislates": ("legislated", "legislates for", "legislated by"),
    "rejects": ("rejected", "rejects", "rejected by"),
    "modifies": ("modified", "modifies", "modified by"),
    "replaces": ("replaced", "replaces", "replaced by"),
    "tests": ("tested", "tests", "tested by"),
    "funds": ("funded", "funds", "funded by"),
}
_FAMILY_TEXT = {"derived": "based on", "recommended": "recommended", "adopted": "adopted / continued / implemented",
                "legislated": "legislated", "rejected": "rejected", "modified": "modified", "replaced": "replaced",
                "tested": "tested", "funded": "funded", "curated": "curated (reference data, no article)"}


def relation_phrase(relation: str, reverse: bool = False) -> str:
    """Reader's words for a relation (local name or IRI), e.g. 'adopted by' when read object first."""
    name = relation.rsplit("#", 1)[-1]
    style = RELATION_STYLE.get(name)
    if style is None:
        return name
    return style[2] if reverse else style[1]


def relation_family(relation: str) -> str:
    return RELATION_STYLE.get(relation.rsplit("#", 1)[-1], ("other", "", ""))[0]


def legend_entries(relations: Sequence[str], curated: bool) -> list[tuple[str, str]]:
    """(family, text) for the families present, for an HTML legend."""
    families = []
    for relation in relations:
        family = relation_family(relation)
        if family not in families:
            families.append(family)
    out = [(f, _FAMILY_TEXT.get(f, f)) for f in families]
    if curated:
        out.append(("curated", _FAMILY_TEXT["curated"]))
    return out


@dataclass(frozen=True)
class DiagramNode:
    key: str
    label: str
    when: str
    """ISO date, '' when unknown (drawn after the dated ones)."""
    href: str
    kind: str = ""


@dataclass(frozen=True)
class DiagramEdge:
    source: str
    target: str
    relation: str
    href: str
    curated: bool = False
    claims: int = 1


_WIDTH = 1100
_NODE_W, _NODE_H = 168, 58
_LANE_GAP = 34
_TOP = 56
_MARGIN = 24


def _wrap(text: str, width: int) -> list[str]:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    if len(lines) > 3:
        lines = lines[:3]
        lines[-1] = lines[-1][: width - 1].rstrip() + "…"
    return lines


def _day(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


def _layout(nodes: Sequence[DiagramNode]) -> tuple[dict[str, tuple[float, float]], list[tuple[float, str]], int]:
    """x by date (a node's left edge at its date, squeezed so boxes never collide in a lane), y by lane."""
    dated = sorted((n for n in nodes if _day(n.when)), key=lambda n: (n.when, n.label))
    undated = [n for n in nodes if not _day(n.when)]
    usable = _WIDTH - 2 * _MARGIN - _NODE_W
    ticks: list[tuple[float, str]] = []
    x_of: dict[str, float] = {}
    if dated:
        first, last = _day(dated[0].when), _day(dated[-1].when)
        assert first and last
        span = max((last - first).days, 1)
        right = usable if not undated else usable - _NODE_W - 20
        for n in dated:
            day = _day(n.when)
            assert day
            x_of[n.key] = _MARGIN + right * ((day - first).days / span)
        for year in range(first.year, last.year + 2):
            tick = date(year, 1, 1)
            if first <= tick <= last:
                ticks.append((_MARGIN + right * ((tick - first).days / span), str(year)))
    for i, n in enumerate(undated):
        x_of[n.key] = _MARGIN + usable - i * 12
    lanes: list[float] = []
    pos: dict[str, tuple[float, float]] = {}
    for n in [*dated, *undated]:
        x = x_of[n.key]
        lane = next((i for i, right_edge in enumerate(lanes) if right_edge + 14 <= x), None)
        if lane is None:
            lanes.append(0.0)
            lane = len(lanes) - 1
        lanes[lane] = x + _NODE_W
        pos[n.key] = (x, _TOP + lane * (_NODE_H + _LANE_GAP))
    return pos, ticks, max(len(lanes), 1)


def lineage_diagram(nodes: Sequence[DiagramNode], edges: Sequence[DiagramEdge], title: str) -> Markup:
    """Documents on a time axis with their lineage edges; arrows run from the earlier to the later document."""
    pos, ticks, lanes = _layout(nodes)
    height = _TOP + lanes * (_NODE_H + _LANE_GAP) + 10
    out = [f'<svg class="lineage-diagram" viewBox="0 0 {_WIDTH} {height}" role="img" '
           f'aria-labelledby="diagram-title" xmlns="http://www.w3.org/2000/svg">',
           f'<title id="diagram-title">{escape(title)}</title>',
           '<defs>' + "".join(
               f'<marker id="arrow-{family}" class="arrow {family}" viewBox="0 0 10 10" refX="9" refY="5" '
               f'markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker>'
               for family in ("derived", "recommended", "adopted", "legislated", "rejected", "modified", "replaced",
                              "tested", "funded", "other", "curated")) + '</defs>',
           f'<line class="axis" x1="{_MARGIN}" y1="30" x2="{_WIDTH - _MARGIN}" y2="30"/>']
    for x, label in ticks:
        out.append(f'<line class="tick" x1="{x:.1f}" y1="24" x2="{x:.1f}" y2="{height - 6}"/>'
                   f'<text class="tick-label" x="{x + 3:.1f}" y="20">{escape(label)}</text>')
    by_pair: dict[frozenset[str], int] = defaultdict(int)
    node_of = {n.key: n for n in nodes}
    for edge in edges:
        if edge.source not in pos or edge.target not in pos or edge.source == edge.target:
            continue
        source, target = node_of[edge.source], node_of[edge.target]
        reverse = (source.when or "9") > (target.when or "9")
        first, second = (target, source) if reverse else (source, target)
        pair = frozenset((edge.source, edge.target))
        bend = by_pair[pair]
        by_pair[pair] += 1
        out.append(_edge_svg(pos[first.key], pos[second.key], edge, reverse, bend, first.label, second.label))
    for node in nodes:
        x, y = pos[node.key]
        lines = _wrap(node.label, 24)
        text = "".join(f'<tspan x="{x + _NODE_W / 2:.1f}" dy="{0 if i == 0 else 14}">{escape(line)}</tspan>'
                       for i, line in enumerate(lines))
        first_line_y = y + _NODE_H / 2 - (len(lines) - 1) * 7 - 4
        when = escape(node.when[:10]) if node.when else "undated"
        out.append(f'<a class="node {escape(node.kind)}" href="{escape(node.href)}">'
                   f'<title>{escape(node.label)} ({when})</title>'
                   f'<rect x="{x:.1f}" y="{y:.1f}" width="{_NODE_W}" height="{_NODE_H}" rx="6"/>'
                   f'<text class="node-label" x="{x + _NODE_W / 2:.1f}" y="{first_line_y:.1f}">{text}</text>'
                   f'<text class="node-date" x="{x + _NODE_W / 2:.1f}" y="{y + _NODE_H - 6:.1f}">{when}</text></a>')
    out.append("</svg>")
    return Markup("".join(out))


def _edge_svg(a: tuple[float, float], b: tuple[float, float], edge: DiagramEdge, reverse: bool, bend: int,
              first_label: str, second_label: str) -> str:
    family = "curated" if edge.curated else relation_family(edge.relation)
    (ax, ay), (bx, by) = a, b
    # leave from the right side of the earlier box, arrive at the left side of the later one (or top/bottom when
    # they share a column)
    if bx - ax >= _NODE_W:
        x1, y1, x2, y2 = ax + _NODE_W, ay + _NODE_H / 2, bx, by + _NODE_H / 2
    elif by > ay:
        x1, y1, x2, y2 = ax + _NODE_W / 2, ay + _NODE_H, bx + _NODE_W / 2, by
    else:
        x1, y1, x2, y2 = ax + _NODE_W / 2, ay, bx + _NODE_W / 2, by + _NODE_H
    mx, my = (x1 + x2) / 2, (y1 + y2) / 2
    dx, dy = x2 - x1, y2 - y1
    length = math.hypot(dx, dy) or 1.0
    offset = (bend + 1) // 2 * 26 * (1 if bend % 2 else -1) + 14
    cx, cy = mx - dy / length * offset, my + dx / length * offset
    label = relation_phrase(edge.relation, reverse) + (" (curated)" if edge.curated else "")
    claims = "curated in reference data" if edge.curated else f"{edge.claims} evidence sentence" + (
        "s" if edge.claims != 1 else "")
    description = f"{first_label} — {label} → {second_label} ({claims})"
    lx, ly = (mx + cx) / 2, (my + cy) / 2
    path = f"M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {x2:.1f},{y2:.1f}"
    return (f'<a class="edge {family}" href="{escape(edge.href)}"><title>{escape(description)}</title>'
            f'<path class="hit" d="{path}"/>'
            f'<path class="line" d="{path}" marker-end="url(#arrow-{family})"/>'
            f'<text class="edge-label" x="{lx:.1f}" y="{ly - 4:.1f}">{escape(label)}</text></a>')


def bar_chart(bars: Sequence[tuple[str, float, str, str]], title: str) -> Markup:
    """Horizontal bars: (label, value, value text, href) each; scaled to the largest value."""
    row_h, label_w, value_w, width = 30, 300, 90, 900
    height = max(len(bars), 1) * row_h + 10
    top = max((v for _, v, _, _ in bars), default=0.0) or 1.0
    out = [f'<svg class="bar-chart" viewBox="0 0 {width} {height}" role="img" aria-labelledby="chart-title" '
           f'xmlns="http://www.w3.org/2000/svg"><title id="chart-title">{escape(title)}</title>']
    for i, (label, value, text, href) in enumerate(bars):
        y = 5 + i * row_h
        bar = max((width - label_w - value_w) * (value / top), 1.0)
        short = label if len(label) <= 44 else label[:43] + "…"
        out.append(f'<a href="{escape(href)}"><title>{escape(label)}: {escape(text)}</title>'
                   f'<text class="bar-label" x="{label_w - 8}" y="{y + 19}">{escape(short)}</text>'
                   f'<rect class="bar" x="{label_w}" y="{y + 4}" width="{bar:.1f}" height="{row_h - 10}" rx="3"/>'
                   f'<text class="bar-value" x="{label_w + bar + 6:.1f}" y="{y + 19}">{escape(text)}</text></a>')
    out.append("</svg>")
    return Markup("".join(out))
