"""The objects one app holds, reached from a request by its views: `state(request).explorer`, `.pages`, `.runner`."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from cscgraph.web.explorer import Explorer
from cscgraph.web.pages import Pages
from cscgraph.web.runner import QueryRunner

__all__ = ["AppState", "state"]


@dataclass
class AppState:
    explorer: Explorer
    pages: Pages
    runner: QueryRunner


def state(request: Request) -> AppState:
    return request.app.state.cscgraph  # type: ignore[no-any-return]
