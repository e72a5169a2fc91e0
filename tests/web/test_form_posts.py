"""SPARQL form posts are parsed by the endpoint itself (urllib's parse_qsl), so the app needs no python-multipart:
with that package made unimportable, the app is built and answers a query posted as a form."""

from __future__ import annotations

import subprocess
import sys

from cscgraph.settings import Settings

SCRIPT = """
import sys
sys.modules["multipart"] = sys.modules["python_multipart"] = None  # as if python-multipart were not installed
from fastapi.testclient import TestClient
from cscgraph.settings import Settings
from cscgraph.store import open_store
from cscgraph.web import create_app
settings = Settings(store=sys.argv[1], search_index=sys.argv[2], query_workers=1)
with TestClient(create_app(settings, open_store(settings, read_only=True))) as client:
    answer = client.post("/sparql", data={"query": "ASK { ?s ?p ?o }"},
                         headers={"accept": "application/sparql-results+json"})
print(answer.status_code, answer.json()["boolean"])
"""


def test_a_form_post_is_answered_without_python_multipart(web_settings: Settings) -> None:
    result = subprocess.run([sys.executable, "-W", "ignore", "-c", SCRIPT, web_settings.store,
                             web_settings.search_index], capture_output=True, text=True, timeout=120)
    assert result.stdout.split() == ["200", "True"], result.stderr[-2000:]
