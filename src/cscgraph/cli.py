"""The `cscgraph` command: parse, call the library, translate errors into one-line messages and exit codes."""

from __future__ import annotations

import dataclasses
import signal
import sys
import textwrap
import time
from pathlib import Path

import click

from cscgraph import __version__
from cscgraph.errors import CscgraphError
from cscgraph.formats import RESULT_FORMATS, TABLE_WRAP, render_results
from cscgraph.stats import graph_stats
from cscgraph.queries import list_queries, load_query, parse_query, run_query
from cscgraph.ingest.fetch import is_url
from cscgraph.search import SearchIndex, in_step_index, search_path, store_written
from cscgraph.settings import Settings, describe
from cscgraph.store import EmbeddedStore, Store, open_store

EXIT_PARTIAL = 3
"""`ingest` exit status when some files or items failed and the rest were stored."""
EXPORT_FORMATS = ("trig", "nquads", "turtle", "ntriples", "jsonld")

_ENV_HELP = "\n\n".join(
    "\b\n" + name + "\n" + textwrap.fill(text, 100, initial_indent="    ", subsequent_indent="    ")
    for name, text in describe())
"""One block per variable, its help indented under its name; `\\b` keeps click from joining the blocks into one
paragraph."""


class Context:
    """What the group passes to its commands: the settings, and the store opened on first use."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._store: Store | None = None

    def store(self, read_only: bool = False) -> Store:
        if self._store is None:
            self._store = open_store(self.settings, read_only=read_only)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


class _Group(click.Group):
    """Turns every library error a command lets through into a one-line message and exit status 1."""

    def invoke(self, ctx: click.Context):  # noqa: ANN201 - whatever the command returns
        try:
            return super().invoke(ctx)
        except CscgraphError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=_Group, epilog=f"Environment variables:\n\n{_ENV_HELP}", context_settings={"max_content_width": 110})
@click.option("--store", metavar="DIR|URL", help="Store folder, or a SPARQL endpoint URL "
              "(default: $CSCGRAPH_STORE, else ~/.local/share/cscgraph/store).")
@click.option("--workers", type=click.IntRange(1, 64), help="Processes for extraction (default: 2).")
@click.version_option(__version__, prog_name="cscgraph")
@click.pass_context
def main(ctx: click.Context, store: str | None, workers: int | None) -> None:
    """A knowledge graph of English children's social care policy, built from news articles."""
    context = Context(Settings.from_env(store=store, workers=workers))
    ctx.obj = context
    ctx.call_on_close(context.close)


def _paths_or_urls(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> tuple[str | Path, ...]:
    """http(s) URLs as given; anything else must be an existing file or folder."""
    out: list[str | Path] = []
    for value in values:
        if is_url(value):
            out.append(value)
        elif Path(value).exists():
            out.append(Path(value))
        else:
            raise click.BadParameter(f"{value!r}: no such file or folder, and not an http(s) URL", ctx, param)
    return tuple(out)


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True, metavar="PATH|URL...", callback=_paths_or_urls)
@click.option("--strict", is_flag=True, help="Exit 1 when any file or item failed, as when nothing could be "
              "stored (default: exit 3 when some failed and the rest were stored).")
@click.option("--follow-links", is_flag=True, help="For each feed item, fetch the page it links to and store the "
              "page's text instead of the feed's (the feed's is kept when the page cannot be had).")
@click.option("--wait", type=click.FloatRange(0), metavar="SECONDS",
              help="How long to wait for another writer (ingest, watch, migrate) to let go of the store "
              "(default: $CSCGRAPH_WRITE_WAIT, else 60).")
@click.option("--no-bulk", is_flag=True, help="Into an empty store too, write article by article (readers see "
              "each as it is stored) instead of bulk loading a new store and putting it in place when complete.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.pass_obj
def ingest_command(obj: Context, paths: tuple[str | Path, ...], strict: bool, follow_links: bool,
                   wait: float | None, no_bulk: bool, quiet: bool) -> None:
    """Read articles from files, folders and URLs (RSS/Atom, HTML, plain text, flattened feeds) into the store.

    A URL (http or https) is fetched politely: a cscgraph User-Agent, robots.txt obeyed, one request at a time
    and CSCGRAPH_FETCH_DELAY seconds between two to one host, redirects, size and time bounded. Its ETag and
    Last-Modified are kept beside the store, so the next run sends a conditional request and an unchanged feed
    costs one "304 Not Modified".

    Unchanged articles are skipped; changed ones are replaced atomically. A bad file, URL or item is reported and
    the rest still go in; an article seen twice with different text is stored once, the newer copy winning.

    A first load (a store folder that is absent or holds no article) goes through Oxigraph's bulk loader: a new
    store is built beside the old, which readers keep seeing until the new one is complete and put in its place
    (a crash, Ctrl+C or SIGTERM before then leaves the old store; run the ingest again). --no-bulk turns this off.

    \b
    Exit status:
      0  every file and item was read and stored (or was already stored)
      3  some files or items failed (listed as `failed: …`); the rest were stored
      1  nothing could be stored, or the store could not be opened; with --strict, any failure
    """
    from cscgraph.pipeline import ingest, ingest_first_load, is_first_load  # extraction: only the writer loads it

    if wait is not None:
        obj.settings = dataclasses.replace(obj.settings, write_wait=wait)
    signal.signal(signal.SIGTERM, _stop_ingest)
    store = obj.store()
    progress = None if quiet else _progress_line(sys.stderr.isatty())
    if not no_bulk and is_first_load(store):
        report = ingest_first_load(store, obj.settings, paths, search_path(obj.settings),  # type: ignore[arg-type]
                                   progress, follow_links)
        index = SearchIndex(search_path(obj.settings))
    else:
        index = SearchIndex(search_path(obj.settings))
        report = ingest(store, obj.settings, paths, search=index, follow_links=follow_links, progress=progress)
    index.sync(store)
    index.close()
    if not quiet and sys.stderr.isatty():
        click.echo("", err=True)
    for line in report.duplicates:
        click.echo(f"duplicate: {line}", err=True)
    for line in report.failed:
        click.echo(f"failed: {line}", err=True)
    duplicates = f", {len(report.duplicates)} duplicate(s) stored once" if report.duplicates else ""
    click.echo(report.summary() + duplicates)
    if report.failed:
        sys.exit(1 if strict or not (report.new or report.updated or report.unchanged) else EXIT_PARTIAL)


def _progress_line(live: bool):  # noqa: ANN202 - returns a pipeline.Progress callback
    """A one-line running count on standard error, redrawn in place on a terminal, every 100 otherwise."""
    counts: dict[str, int] = {}

    def progress(status: str, what: str) -> None:
        counts[status] = counts.get(status, 0) + 1
        total = sum(counts.values())
        if live or total % 100 == 0:
            parts = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
            click.echo(f"\ringesting: {total} articles ({parts})" + ("" if live else "\n"), err=True, nl=False)
    return progress


def _stop_ingest(signum: int, _frame: object) -> None:
    """SIGTERM stops an ingest as Ctrl+C does: the article under way is not stored, a first load's new store is
    deleted (the old one stays), and the process exits 128 + the signal's number."""
    click.echo("ingest: stopped by SIGTERM; articles stored before it are kept, a first load is given up whole "
               "(run the ingest again to complete)", err=True)
    raise SystemExit(128 + signum)


@main.command("watch")
@click.argument("urls", nargs=-1, metavar="URL...")
@click.option("--feeds", "feeds_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A file of URLs to watch, one a line (# starts a comment).")
@click.option("--every", default="15m", show_default=True, help="How often to poll: 15m, 1h, 2h30m, 90s.")
@click.option("--follow-links", is_flag=True, help="As for ingest: store each feed item's linked page.")
@click.pass_obj
def watch_command(obj: Context, urls: tuple[str, ...], feeds_file: Path | None, every: str,
                  follow_links: bool) -> None:
    """Poll feeds and pages and ingest what is new, until stopped (Ctrl+C or SIGTERM).

    Every poll is an `ingest` of the URLs (same politeness and conditional requests), logged one line per URL:
    new, updated, unchanged and failed counts, or `not modified`. A URL whose poll fails is tried again after
    twice the interval, doubling up to 6 hours. The store is opened for each poll and let go after it, so other
    writers take turns and `serve` keeps reading. SIGTERM or Ctrl+C stops after the poll under way.
    """
    import signal
    import threading

    from cscgraph.watch import Watcher, ingest_urls, parse_interval, read_url_list

    try:
        interval = parse_interval(every)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--every") from exc
    for url in urls:
        if not is_url(url):
            raise click.BadParameter(f"{url!r} is not an http(s) URL", param_hint="URL")
    wanted = list(urls) + (read_url_list(feeds_file) if feeds_file else [])
    if not wanted:
        raise click.UsageError("give at least one URL, or --feeds FILE")
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    watcher = Watcher(wanted, interval, lambda due: ingest_urls(obj.settings, due, follow_links),
                      lambda line: click.echo(line, err=True))
    watcher.run(stop)


@main.command("query")
@click.argument("spec", metavar="NAME|FILE|-")
@click.option("--format", "fmt", type=click.Choice(RESULT_FORMATS), default="table", show_default=True,
              help="json is SPARQL 1.1 JSON results; csv/tsv/xml the SPARQL 1.1 result formats.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a parameter; a name or alias is resolved to its entity where the parameter is one.")
@click.option("--timeout", type=float, help="Seconds before the query is stopped (default: settings).")
@click.option("--wide", is_flag=True,
              help="Table: print every value whole on one line. Without it, values longer than 60 characters "
                   "wrap inside their column; no format ever cuts a value short.")
@click.pass_obj
def query_command(obj: Context, spec: str, fmt: str, params: tuple[str, ...], timeout: float | None,
                  wide: bool) -> None:
    """Run a canned query (`queries/NAME.rq`), a .rq file, or SPARQL from standard input (`-`).

    The table format wraps long values such as quotes inside their column (`--wide`: one line each); csv, tsv,
    json and xml carry every value whole. A canned query the read model keeps is answered from its table while
    the index beside the store is in step with it (the same rows and terms as SPARQL gives)."""
    bound: dict[str, str] = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{item!r} is not NAME=VALUE", param_hint="--param")
        bound[name.strip()] = value
    query = parse_query(sys.stdin.read(), "stdin") if spec == "-" else load_query(spec)
    store = obj.store(read_only=True)
    index = in_step_index(obj.settings, store)
    try:
        results = run_query(store, query, bound, timeout=timeout or obj.settings.query_timeout,
                            answers=index.answer if index else None)
    finally:
        if index:
            index.close()
    click.echo(render_results(results, fmt, wrap=None if wide else TABLE_WRAP), nl=False)


@main.command("queries")
@click.pass_obj
def queries_command(obj: Context) -> None:
    """List the canned queries with their titles and parameters."""
    for q in list_queries():
        params = ", ".join(f"{p.name} ({p.kind})" for p in q.parameters)
        click.echo(f"{q.name:18} {q.title}" + (f"  [params: {params}]" if params else ""))


@main.command("export")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="trig", show_default=True,
              help="trig/nquads keep the named graphs; turtle/ntriples/jsonld give their union.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="Write to this file instead of standard output.")
@click.pass_obj
def export_command(obj: Context, fmt: str, output: Path | None) -> None:
    """Write the whole graph out as RDF."""
    store = obj.store(read_only=True)
    if fmt == "jsonld":
        from cscgraph.rdf import serialise
        data = serialise(store.export("nquads"), "jsonld").encode()
    else:
        data = store.export(fmt)  # type: ignore[arg-type]
    if output:
        output.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)


@main.command("stats")
@click.pass_obj
def stats_command(obj: Context) -> None:
    """Counts: articles, quads, entities by type, quotes, funding streams, lineage claims."""
    stats = graph_stats(obj.store(read_only=True))
    width = max(len(k) for k in stats)
    for key, value in stats.items():
        click.echo(f"{key:{width}}  {value}")


@main.command("validate")
@click.pass_obj
def validate_command(obj: Context) -> None:
    """Check the whole graph against the SHACL shapes in ontology/shapes.ttl."""
    from cscgraph.pipeline import validate_store

    violations = validate_store(obj.store(read_only=True))
    for line in violations:
        click.echo(line, err=True)
    if violations:
        raise click.ClickException(f"{len(violations)} SHACL violation(s)")
    click.echo("conforms")


@main.command("search")
@click.argument("text")
@click.option("--limit", type=click.IntRange(1, 500), default=20, show_default=True, help="Most hits to print.")
@click.pass_obj
def search_command(obj: Context, text: str, limit: int) -> None:
    """Full-text search over articles, quotes and entity names: one hit a line, its kind, IRI and whole label."""
    index = SearchIndex(search_path(obj.settings))
    index.sync(obj.store(read_only=True))
    hits = index.search(text, limit=limit)
    index.close()
    for hit in hits:
        click.echo(f"{hit.kind:8} {hit.iri}  {hit.label}")


@main.command("rebuild-read-model")
@click.pass_obj
def rebuild_read_model_command(obj: Context) -> None:
    """Empty the index beside the store (search, lineage claims and the read model's tables) and build it again
    from the store, article by article.

    Ingest keeps it in step by itself; run this when it may not be (restored from a backup, copied, or suspected
    wrong). `serve` reads the tables only while they are in step with the store and answers from SPARQL
    otherwise, so it may keep running meanwhile."""
    click.echo(f"{_rebuild_index(obj)} article(s) indexed")


def _rebuild_index(obj: Context) -> int:
    """Rebuild the index beside the store from the store; the number of articles indexed."""
    index = SearchIndex(search_path(obj.settings))
    try:
        return index.rebuild(obj.store(read_only=True))
    finally:
        index.close()


@main.command("migrate")
@click.pass_obj
def migrate_command(obj: Context) -> None:
    """Upgrade a store written by an older cscgraph to this version's format, in place.

    Re-derives every article graph from the text it stores, moving an article whose id this version mints
    differently (format 5: ids keep the URL's host) to its new graph in the same transaction, then rebuilds the
    index beside the store (search and read model) from it; safe to re-run if interrupted. Stop `cscgraph serve`
    first, and back the folder up if you may want to go back to the older cscgraph.
    """
    from cscgraph.migrate import migrate_store
    if obj.settings.is_remote:
        raise click.ClickException("migrate works on an embedded store folder; for a SPARQL endpoint, re-ingest")
    report = migrate_store(Path(obj.settings.store), obj.settings)
    for line in report.failed or []:
        click.echo(f"failed: {line}", err=True)
    click.echo(report.summary())
    if report.failed:
        sys.exit(1)
    if report.from_version != report.to_version:
        click.echo(f"index rebuilt: {_rebuild_index(obj)} article(s)")


@main.command("compact")
@click.option("--wait", type=click.FloatRange(0), metavar="SECONDS",
              help="How long to wait for another writer (ingest, watch, migrate) to let go of the store "
              "(default: $CSCGRAPH_WRITE_WAIT, else 60).")
@click.pass_obj
def compact_command(obj: Context, wait: float | None) -> None:
    """Compact the embedded store's files in place: the same quads in less disk space.

    Worth running once after a first load of tens of thousands of articles: RocksDB compresses only the files it
    rewrites, and only in a column family over 512 MB, so a big first load stays mostly uncompressed until
    compacted (generated articles: 50,000 5.9 → 3.7 GB in a minute, 100,000 9.8 → 6.8 GB in two). A store of 10,000
    articles or fewer does not get smaller. `serve` may keep running (it frees the old files' space when the store
    is next written, or when restarted); another writer is waited for as by ingest.
    """
    if obj.settings.is_remote:
        raise click.ClickException("compact works on an embedded store folder; a SPARQL endpoint compacts its own "
                                   "storage")
    if wait is not None:
        obj.settings = dataclasses.replace(obj.settings, write_wait=wait)
    store = obj.store()
    assert isinstance(store, EmbeddedStore)  # not remote, checked above
    start = time.monotonic()
    before, after = store.compact()
    click.echo(f"compacted: {before / 1e6:,.1f} MB → {after / 1e6:,.1f} MB in {time.monotonic() - start:.1f} s")


@main.command("docs")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True, path_type=Path), required=True,
              help="HTML file to write.")
def docs_command(output: Path) -> None:
    """Write the ontology's HTML documentation page."""
    from cscgraph.web.pages import render_ontology_html
    from cscgraph.resources import data_dir
    output.write_text(render_ontology_html(data_dir("ontology") / "cscgraph.ttl"), encoding="utf-8")
    click.echo(f"wrote {output}")


def _index_problem(settings: Settings, store: Store) -> str:
    """What is wrong with the index beside an embedded store, for `serve` to warn about ('' when nothing)."""
    index = SearchIndex(search_path(settings), read_only=True)
    try:
        if index.problem:
            return (f"{index.problem}; until then search finds nothing, the lineage page shows curated edges only "
                    "and listings are read from SPARQL")
        if index.in_step_at() != store_written(store):
            return (f"{index.path}: the index is behind the store; listings are read from SPARQL until the next "
                    "`cscgraph ingest` or `cscgraph rebuild-read-model`")
        return ""
    finally:
        index.close()


@main.command("serve")
@click.option("--host", help="Address to listen on (default: $CSCGRAPH_HOST, else 127.0.0.1).")
@click.option("--port", type=click.IntRange(1, 65535), help="Port to listen on (default: $CSCGRAPH_PORT, else 8000).")
@click.option("--query-timeout", type=click.FloatRange(min=0.1), help="Seconds an endpoint query may run "
              "(default: $CSCGRAPH_QUERY_TIMEOUT, else 10).")
@click.option("--result-limit", type=click.IntRange(min=1), help="Most rows one endpoint query returns "
              "(default: $CSCGRAPH_RESULT_LIMIT, else 10000).")
@click.option("--answer-bytes", type=click.IntRange(min=1024), help="Most bytes one serialised endpoint or /queries "
              "answer holds; a longer one is cut after a whole row and marked X-SPARQL-Truncated "
              "(default: $CSCGRAPH_ANSWER_BYTES, else 16000000).")
@click.pass_obj
def serve_command(obj: Context, host: str | None, port: int | None, query_timeout: float | None,
                  result_limit: int | None, answer_bytes: int | None) -> None:
    """Open the web explorer and SPARQL endpoint (http://HOST:PORT/, endpoint at /sparql).

    It only reads: an embedded store is opened read-only and followed as writers (ingest, watch) change it, so
    they can run beside it and their articles show within about a second."""
    import uvicorn

    from cscgraph.web import create_app
    settings = dataclasses.replace(obj.settings, **{k: v for k, v in (
        ("host", host), ("port", port), ("query_timeout", query_timeout), ("result_limit", result_limit),
        ("answer_bytes", answer_bytes))
        if v is not None})
    store = obj.store(read_only=True)  # the web process only reads; writers take turns beside it
    problem = "" if settings.is_remote else _index_problem(settings, store)
    if problem:
        click.echo(f"warning: {problem}", err=True)
    app = create_app(settings, store)
    click.echo(f"cscgraph explorer on http://{settings.host}:{settings.port}/ (Ctrl+C to stop)", err=True)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning")
