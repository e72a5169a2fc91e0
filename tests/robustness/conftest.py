"""Shared helpers for the robustness suite: a small article corpus generator and the `cscgraph` command."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

CSCGRAPH = [str(Path(sys.executable).parent / "cscgraph")]

# Words the generator builds article text from: names the extractors know, so graphs have quotes and facts.
SENTENCES = (
    "Andy Smith, president of the ADCS, said councils needed more money for family help.",
    "The Department for Education said £44m would go to kinship and foster care in 2025-26.",
    "Stable Homes, Built on Love replaces the previous strategy, the minister said.",
    "Local authorities opened family hubs in every ward last year.",
    "The charity Become said the change was long overdue.",
    "Ofsted inspectors found that children waited too long for decisions.",
)


def rss_feed(items: list[dict[str, str | None]], *, title: str = "Generated News", encoding: str = "utf-8") -> bytes:
    """An RSS 2.0 feed from items with optional `title`, `link`, `date` (RFC 822) and `body` (HTML)."""
    parts = [f'<?xml version="1.0" encoding="{encoding}"?>\n<rss version="2.0" '
             'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
             f"<title>{escape(title)}</title><link>https://news.example.org/</link>"]
    for item in items:
        parts.append("<item>")
        if item.get("title") is not None:
            parts.append(f"<title>{escape(str(item['title']))}</title>")
        if item.get("link") is not None:
            parts.append(f"<link>{escape(str(item['link']))}</link>")
        if item.get("date") is not None:
            parts.append(f"<pubDate>{item['date']}</pubDate>")
        if item.get("body") is not None:
            parts.append(f"<content:encoded><![CDATA[{item['body']}]]></content:encoded>")
        parts.append("</item>")
    parts.append("</channel></rss>\n")
    return "".join(parts).encode(encoding, errors="xmlcharrefreplace")


def generated_items(count: int, *, seed: int = 0, prefix: str = "story") -> list[dict[str, str | None]]:
    """`count` distinct, well-formed articles, each a few paragraphs of known sentences."""
    start = datetime(2024, 1, 1, 9, tzinfo=UTC)
    items = []
    for number in range(count):
        paragraphs = [SENTENCES[(number + seed + offset) % len(SENTENCES)] for offset in range(3)]
        paragraphs.append(f"Story {number} of batch {seed} ends here.")
        items.append({
            "title": f"Story {number} from batch {seed}",
            "link": f"https://news.example.org/2024/{prefix}-{seed}-{number}/",
            "date": (start + timedelta(hours=number)).strftime("%a, %d %b %Y %H:%M:%S +0000"),
            "body": "".join(f"<p>{escape(text)}</p>" for text in paragraphs),
        })
    return items


def write_corpus(folder: Path, articles: int, per_file: int = 50) -> Path:
    """A folder of RSS files holding `articles` generated articles."""
    folder.mkdir(parents=True, exist_ok=True)
    for batch in range(0, articles, per_file):
        items = generated_items(min(per_file, articles - batch), seed=batch)
        (folder / f"feed-{batch:05d}.xml").write_bytes(rss_feed(items))
    return folder


def run_cli(*args: str | Path, timeout: float = 240, env: dict[str, str] | None = None, stdin: str | None = None
            ) -> subprocess.CompletedProcess[str]:
    """Run `cscgraph` in a fresh process, the way a user would."""
    return subprocess.run([*CSCGRAPH, *map(str, args)], capture_output=True, text=True, timeout=timeout, input=stdin,
                          env={**os.environ, "CSCGRAPH_WORKERS": "1", **(env or {})})


@pytest.fixture
def corpus_factory(tmp_path: Path):  # noqa: ANN201
    return lambda count, name="corpus": write_corpus(tmp_path / name, count)


def free_port() -> int:
    import socket
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Served:
    """A `cscgraph serve` subprocess on 127.0.0.1."""

    def __init__(self, store: Path, *extra: str, env: dict[str, str] | None = None) -> None:
        import httpx
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [*CSCGRAPH, "--store", str(store), "serve", "--host", "127.0.0.1", "--port", str(self.port), *extra],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
            env={**os.environ, "CSCGRAPH_WORKERS": "1", "CSCGRAPH_QUERY_WORKERS": "2", **(env or {})})
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"serve exited: {self.process.stderr.read().decode()[-2000:]}")
            try:
                if httpx.get(f"{self.url}/", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("serve did not answer within 60 s")

    def stop(self) -> None:
        import signal
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        if self.process.stderr is not None:
            self.process.stderr.close()


import time  # noqa: E402 - used by Served
