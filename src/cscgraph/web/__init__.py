"""The web explorer and SPARQL 1.1 Protocol endpoint: `create_app(settings, store)` builds the FastAPI app.

Only this package imports FastAPI and Jinja. It is imported lazily here so that the endpoint's worker processes
(`cscgraph.web.workers`) start without loading the web stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI

    from cscgraph.settings import Settings
    from cscgraph.store import Store

__all__ = ["create_app"]


def create_app(settings: Settings, store: Store, **options: Any) -> FastAPI:
    """The explorer app over `store` (see `cscgraph.web.app.create_app`)."""
    from cscgraph.web.app import create_app as build

    return build(settings, store, **options)
