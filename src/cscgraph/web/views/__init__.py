"""One module per page (or family of pages), each with a `router`; `ROUTERS` in the order they are mounted.

Entity paths (`/person/<slug>`, …) are mounted last, after every fixed path, so `/queries/…` or `/lineage/edge`
never reach them.
"""

from __future__ import annotations

from cscgraph.web.views import (article, canned, description, entity, feeds, funding, home, lineage, ontology,
                                quotes, search, sparql)

ROUTERS = [home.router, lineage.router, search.router, quotes.router, funding.router, sparql.router,
           canned.router, feeds.router, description.router, ontology.router, article.router, entity.router]
