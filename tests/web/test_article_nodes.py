"""Nodes under an article whose path names nothing: one answer, never a redirect to the same URL."""

from __future__ import annotations

import httpx
import pytest


@pytest.mark.parametrize("node", ["%5C", "%5C%5C", "a%5Cb", "%20", "%7B%7D", "quote/%5C"])
def test_a_node_path_that_names_nothing_is_404_or_one_redirect(client: httpx.Client, node: str) -> None:
    response = client.get(f"/article/0/{node}", headers={"Accept": "text/html"}, follow_redirects=False)
    if response.status_code == 303:
        location = response.headers["location"]
        assert location.split("#")[0] != f"/article/0/{node}", "redirects to itself"
        assert client.get(location, follow_redirects=False).status_code in (200, 404)
    else:
        assert response.status_code == 404
