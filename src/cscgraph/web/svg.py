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
                "tested": "tested", "funded": "funded", "curated": "◇ curated (reference data, no article)"}


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


_WIDTH = 1200
"""The diagram's natural width in CSS pixels: it fits the page's content column from a 1280 px window on, and
is never scaled (text keeps its size); a phone scrolls it sideways."""
_NODE_W, _NODE_H = 176, 76
_LANE_GAP = 44
_TOP = 56
_MARGIN = 24
_COLUMN_GAP = 120
"""Room between two columns for an edge's label."""
_LABEL_CHARS = 20
_LINE_H = 16
_CHAR_W = 7.6
"""Width of one character of a 12–13 px bold label, on the generous side, to keep label boxes apart."""
_LABEL_H = 16


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


def _fitting_columns() -> int:
    return int((_WIDTH - 2 * _MARGIN + _COLUMN_GAP) // (_NODE_W + _COLUMN_GAP))


def _layout(nodes: Sequence[DiagramNode]) -> tuple[dict[str, tuple[float, float]], list[tuple[float, str]],
                                                     int, float]:
    """Columns in time order, undated last: one per date when they fit the width, else one per year (documents
    of one year stacked by date). Time runs left to right in order, not to scale: a linear axis would squash a
    decade of recent documents next to a 1989 Act. Only when even the years do not fit does the diagram grow
    wider than `_WIDTH` (and scroll)."""
    dated = sorted((n for n in nodes if _day(n.when)), key=lambda n: (n.when, n.label))
    undated = sorted((n for n in nodes if not _day(n.when)), key=lambda n: n.label)
    by_day = len({n.when[:10] for n in dated}) + (1 if undated else 0) <= _fitting_columns()

    def column_of(node: DiagramNode) -> str:
        if not _day(node.when):
            return "undated"
        return node.when[:10] if by_day else node.when[:4]

    columns: dict[str, list[DiagramNode]] = {}
    for node in [*dated, *undated]:
        columns.setdefault(column_of(node), []).append(node)
    step = _NODE_W + _COLUMN_GAP
    width = max(_WIDTH, 2 * _MARGIN + (len(columns) - 1) * step + _NODE_W)
    spare = width - (2 * _MARGIN + (len(columns) - 1) * step + _NODE_W)
    if len(columns) > 1:
        step += spare / (len(columns) - 1)
    pos: dict[str, tuple[float, float]] = {}
    ticks: list[tuple[float, str]] = []
    previous_year = ""
    for index, (key, members) in enumerate(columns.items()):
        x = _MARGIN + index * step + (spare / 2 if len(columns) == 1 else 0)
        label = key[:4] if key != "undated" else key
        if label != previous_year:
            ticks.append((x, label))
            previous_year = label
        for row, node in enumerate(members):
            pos[node.key] = (x, _TOP + row * (_NODE_H + _LANE_GAP))
    rows = max((len(m) for m in columns.values()), default=1)
    return pos, ticks, rows, width


Box = tuple[float, float, float, float]
"""x, y, width, height."""


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def _place(box: Box, taken: list[Box], limit: float) -> Box:
    """`box` moved up or down in small steps to the nearest place where it meets no taken box."""
    x, y, w, h = box
    for shift in range(0, 400, 6):
        for dy in ((shift, -shift) if shift else (0,)):
            candidate = (x, y + dy, w, h)
            if candidate[1] >= 0 and candidate[1] + h <= limit and not any(_overlaps(candidate, t) for t in taken):
                return candidate
    return box


def lineage_diagram(nodes: Sequence[DiagramNode], edges: Sequence[DiagramEdge], title: str) -> Markup:
    """Documents on a time axis with their lineage edges; arrows run from the earlier to the later document.
    Edge labels are placed apart from the boxes and from each other."""
    pos, ticks, lanes, width = _layout(nodes)
    height = _TOP + lanes * (_NODE_H + _LANE_GAP) + 10
    out = [f'<svg class="lineage-diagram" viewBox="0 0 {width:.0f} {height}" width="{width:.0f}" '
           f'height="{height}" role="group" aria-labelledby="diagram-title" xmlns="http://www.w3.org/2000/svg">',
           f'<title id="diagram-title">{escape(title)}</title>',
           '<defs>' + "".join(
               f'<marker id="arrow-{family}" class="arrow {family}" viewBox="0 0 10 10" refX="9" refY="5" '
               f'markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker>'
               for family in ("derived", "recommended", "adopted", "legislated", "rejected", "modified", "replaced",
                              "tested", "funded", "other", "curated")) + '</defs>',
           f'<line class="axis" x1="{_MARGIN}" y1="30" x2="{width - _MARGIN:.0f}" y2="30"/>']
    for x, label in ticks:
        out.append(f'<line class="tick" x1="{x - _COLUMN_GAP / 2:.1f}" y1="24" x2="{x - _COLUMN_GAP / 2:.1f}" '
                   f'y2="{height - 6}"/><text class="tick-label" x="{x:.1f}" y="20">{escape(label)}</text>')
    taken: list[Box] = [(x - 4, y - 4, _NODE_W + 8, _NODE_H + 8) for x, y in pos.values()]
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
        out.append(_edge_svg(pos[first.key], pos[second.key], edge, reverse, bend, first.label, second.label,
                             taken, width, height))
    for node in nodes:
        x, y = pos[node.key]
        lines = _wrap(node.label, _LABEL_CHARS)
        text = "".join(f'<tspan x="{x + _NODE_W / 2:.1f}" dy="{0 if i == 0 else _LINE_H}">{escape(line)}</tspan>'
                       for i, line in enumerate(lines))
        first_line_y = y + 20 + (3 - len(lines)) * _LINE_H / 2
        when = escape(node.when[:10]) if node.when else "undated"
        out.append(f'<a class="node {escape(node.kind)}" href="{escape(node.href)}">'
                   f'<title>{escape(node.label)} ({when})</title>'
                   f'<rect x="{x:.1f}" y="{y:.1f}" width="{_NODE_W}" height="{_NODE_H}" rx="6"/>'
                   f'<text class="node-label" x="{x + _NODE_W / 2:.1f}" y="{first_line_y:.1f}">{text}</text>'
                   f'<text class="node-date" x="{x + _NODE_W / 2:.1f}" y="{y + _NODE_H - 6:.1f}">{when}</text></a>')
    out.append("</svg>")
    return Markup("".join(out))


def _edge_svg(a: tuple[float, float], b: tuple[float, float], edge: DiagramEdge, reverse: bool, bend: int,
              first_label: str, second_label: str, taken: list[Box], width: float, height: float) -> str:
    """One edge as a curve with its label; the label's box is added to `taken`."""
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
    # "◇" marks a curated edge on the drawing (the legend says so; the tooltip spells it out)
    label = relation_phrase(edge.relation, reverse) + (" ◇" if edge.curated else "")
    claims = "curated in reference data" if edge.curated else f"{edge.claims} evidence sentence" + (
        "s" if edge.claims != 1 else "")
    description = f"{first_label} — {relation_phrase(edge.relation, reverse)} → {second_label} ({claims})"
    # the label sits near the curve's midpoint (t = 0.5), beside a steep edge rather than on it, moved up or down
    # until it meets no box and no other label
    lx, ly = 0.25 * x1 + 0.5 * cx + 0.25 * x2, 0.25 * y1 + 0.5 * cy + 0.25 * y2
    label_w = len(label) * _CHAR_W
    steep = abs(dx) < abs(dy)
    left = lx + 12 if steep else lx - label_w / 2
    left = min(max(left, 2.0), width - label_w - 2)
    x, top, _, _ = _place((left, ly - _LABEL_H / 2, label_w, _LABEL_H), taken, height)
    taken.append((x, top, label_w, _LABEL_H))
    path = f"M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {x2:.1f},{y2:.1f}"
    return (f'<a class="edge {family}" href="{escape(edge.href)}"><title>{escape(description)}</title>'
            f'<path class="hit" d="{path}"/>'
            f'<path class="line" d="{path}" marker-end="url(#arrow-{family})"/>'
            f'<text class="edge-label" x="{x + label_w / 2:.1f}" y="{top + _LABEL_H - 4:.1f}">{escape(label)}'
            f'</text></a>')


def bar_chart(bars: Sequence[tuple[str, float, str, str]], title: str) -> Markup:
    """Horizontal bars: (label, value, value text, href) each; scaled to the largest value."""
    row_h, label_w, value_w, width = 30, 300, 90, 900
    height = max(len(bars), 1) * row_h + 10
    top = max((v for _, v, _, _ in bars), default=0.0) or 1.0
    out = [f'<svg class="bar-chart" viewBox="0 0 {width} {height}" role="group" aria-labelledby="chart-title" '
           f'xmlns="http://www.w3.org/2000/svg"><title id="chart-title">{escape(title)}</title>']
    for i, (label, value, text, href) in enumerate(bars):
        y = 5 + i * row_h
        bar = max((width - label_w - value_w) * (value / top), 1.0)
        short = label if len(label) <= 38 else label[:37].rstrip() + "…"  # 13px text in 300px: ~40 chars
        out.append(f'<a href="{escape(href)}"><title>{escape(label)}: {escape(text)}</title>'
                   f'<text class="bar-label" x="{label_w - 8}" y="{y + 19}">{escape(short)}</text>'
                   f'<rect class="bar" x="{label_w}" y="{y + 4}" width="{bar:.1f}" height="{row_h - 10}" rx="3"/>'
                   f'<text class="bar-value" x="{label_w + bar + 6:.1f}" y="{y + 19}">{escape(text)}</text></a>')
    out.append("</svg>")
    return Markup("".join(out))
