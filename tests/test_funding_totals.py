"""The /funding figures in SQL (`funding_totals`), on streams of our own whose totals are worked out by hand: only
commitments are added up by funder, period or measure; an amount restated counts once; a stream funding two
measures is in both measures' groups; the filters choose streams; a page is newest first, then the largest amount;
and the index file's tables, kept by the writer article by article, give what the rows loaded in memory give."""

from __future__ import annotations

from pathlib import Path

from cscgraph import funding_totals, readmodel
from cscgraph.graph.namespaces import Minter
from cscgraph.pipeline import ingest
from cscgraph.queries import load_query, run_query
from cscgraph.search import SearchIndex
from cscgraph.settings import BASE_IRI, Settings
from cscgraph.store import EmbeddedStore

GOV, DFE, CHARITY = "https://e.org/org/gov", "https://e.org/org/dfe", "https://e.org/org/charity"
HELP, HOMES = "https://e.org/measure/family-help", "https://e.org/measure/homes"


def _row(stream: str, amount: str, kind: str, article: str, published: str | None, *, funder: str | None = None,
         period: str | None = None, funded: str | None = None) -> dict[str, str]:
    row = {"stream": f"https://e.org/funding/{stream}", "amountGBP": amount, "kind": kind, "article": article,
           "exact": "£1", "start": "0", "end": "2", "evidence": "A sentence."}
    extra = {"published": published, "funder": funder, "period": period, "funded": funded}
    return row | {k: v for k, v in extra.items() if v is not None}


A1, A2, A3 = "https://e.org/article/1", "https://e.org/article/2", "https://e.org/article/3"
ROWS = [
    # £500m for family help and homes from the government, stated in two articles: one commitment, twice.
    _row("a", "500000000", "allocated", A1, "2025-01-10", funder=GOV, period="2025-26", funded=HELP),
    _row("a", "500000000", "allocated", A1, "2025-01-10", funder=GOV, period="2025-26", funded=HOMES),
    _row("b", "500000000", "allocated", A2, "2025-03-01", funder=GOV, period="2025-26", funded=HELP),
    # £20m from the department for homes; £7m committed with no funder stated.
    _row("c", "20000000", "allocated", A2, "2025-03-01", funder=DFE, funded=HOMES),
    _row("d", "7000000", "allocated", A3, None),
    # A charity's estimate of a shortfall: never a funder's bar.
    _row("e", "95000000", "shortfall", A3, None),
]


def _figures(db, by: str, **filters: str) -> dict[str, tuple[int, float]]:  # type: ignore[no-untyped-def]
    return {g.key: (g.streams, g.total) for g in funding_totals.totals(db, by, filters).groups}


def test_commitments_are_added_up_by_funder_once_each_and_other_kinds_apart() -> None:
    db = funding_totals.load(ROWS)
    figures = funding_totals.totals(db, "funder", {})
    assert {g.key: (g.streams, g.total) for g in figures.groups} == {GOV: (2, 500e6), DFE: (1, 20e6)}
    assert [(g.key, g.streams, g.total) for g in figures.others] == [("shortfall", 1, 95e6)]
    assert figures.unattributed == funding_totals.Group("allocated", 1, 7e6)
    assert figures.chosen == 5
    assert (figures.periods, figures.kinds, figures.funders) == (["2025-26"], ["allocated", "shortfall"], [DFE, GOV])
    assert figures.funded == [HELP, HOMES]


def test_the_choices_are_sought_in_their_indexes_and_a_file_made_before_them_gives_the_same() -> None:
    db = funding_totals.load(ROWS)
    plan = " ".join(str(r) for r in db.execute("EXPLAIN QUERY PLAN " + readmodel.distinct_values(
        "funding_stream_facts", "period")))
    assert "funding_stream_facts_by_period" in plan and "SCAN funding_stream_facts" not in plan
    sought = funding_totals.totals(db, "funder", {})
    db.execute("DROP INDEX funding_stream_facts_by_funder")  # an index file from before the choices' indexes
    assert funding_totals.totals(db, "funder", {}) == sought
    assert (sought.periods, sought.kinds, sought.funders, sought.funded) == (
        ["2025-26"], ["allocated", "shortfall"], [DFE, GOV], [HELP, HOMES])


def test_a_stream_funding_two_measures_is_in_both_and_a_stream_funding_none_apart() -> None:
    db = funding_totals.load(ROWS)
    assert _figures(db, "measure") == {HELP: (2, 500e6), HOMES: (2, 520e6), "": (1, 7e6)}
    assert _figures(db, "period") == {"2025-26": (2, 500e6), "": (2, 27e6)}
    assert _figures(db, "kind") == {"allocated": (4, 527e6), "shortfall": (1, 95e6)}
    assert funding_totals.totals(db, "kind", {}).others == []


def test_filters_choose_streams_and_a_page_is_newest_then_largest() -> None:
    db = funding_totals.load(ROWS)
    assert _figures(db, "funder", measure=HOMES) == {GOV: (1, 500e6), DFE: (1, 20e6)}
    assert funding_totals.totals(db, "funder", {"kind": "shortfall"}).chosen == 1
    assert _figures(db, "measure", funder=GOV, period="2025-26") == {HELP: (2, 500e6), HOMES: (1, 500e6)}
    page = funding_totals.page(db, {}, 3, 0)
    assert [r["stream"].rsplit("/", 1)[1] for r in page] == ["b", "c", "a", "a"]  # a funds two measures: two rows
    assert [r.get("funded") for r in page[2:]] == [HELP, HOMES]
    rest = funding_totals.page(db, {}, 3, 3)
    assert [r["stream"].rsplit("/", 1)[1] for r in rest] == ["e", "d"]  # undated last, the larger first
    assert "funder" not in rest[0] and rest[0]["kind"] == "shortfall"


def _all(db) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {by: funding_totals.totals(db, by, {}) for by in ("funder", "period", "measure", "kind")}


def test_the_unfiltered_groups_are_kept_and_give_what_counting_every_stream_gives() -> None:
    db = funding_totals.load(ROWS)
    kept = _all(db)
    assert db.execute('SELECT COUNT(*) FROM funding_groups WHERE "grouping" = \'measure\'').fetchone() == (3,)
    for table in funding_totals.GROUP_TABLES:  # a file made before the groups were kept: counted over the streams
        db.execute(f"DROP TABLE {table}")
    assert _all(db) == kept


def _without(db, graph: int) -> None:  # type: ignore[no-untyped-def]
    """An article's funding rows taken out as the index's writer does: counted out, then deleted."""
    funding_totals.retract_facts(db, graph)
    for table in (funding_totals.SOURCE, funding_totals.FACTS):
        db.execute(f"DELETE FROM {table} WHERE graph = ?", (graph,))


def test_an_amount_leaves_its_groups_total_with_the_last_article_stating_it() -> None:
    db = funding_totals.load(ROWS)  # A1 is graph 0, A2 graph 1
    _without(db, 0)
    assert _all(db) == _all(funding_totals.load([r for r in ROWS if r["article"] != A1]))
    assert _figures(db, "funder")[GOV] == (1, 500e6)  # A2 still states the £500m
    _without(db, 1)
    assert GOV not in _figures(db, "funder") and _figures(db, "kind") == {"allocated": (1, 7e6),
                                                                          "shortfall": (1, 95e6)}
    assert db.execute('SELECT COUNT(*) FROM funding_amounts WHERE "key" = ?', (GOV,)).fetchone() == (0,)


ARTICLE = """Title: Money for families
URL: https://example.org/news/{n}
Published: {day} May 2025
Publisher: Example News

{text}
"""


def _ingest(folder: Path, settings: Settings, texts: dict[int, str]) -> None:
    for n, text in texts.items():
        (folder / f"a{n}.txt").write_text(ARTICLE.format(n=n, day=n, text=text), encoding="utf-8")
    store = EmbeddedStore(Path(settings.store), Minter(BASE_IRI))
    index = SearchIndex(Path(settings.search_index))
    try:
        assert ingest(store, settings, [folder / f"a{n}.txt" for n in texts], search=index).ok
    finally:
        index.close()
        store.close()


def _both(settings: Settings, by: str) -> tuple[dict[str, tuple[int, float]], dict[str, tuple[int, float]]]:
    """The figures from the index file and from the store's rows loaded in memory."""
    store = EmbeddedStore(Path(settings.store), Minter(BASE_IRI), read_only=True)
    index = SearchIndex(Path(settings.search_index), read_only=True)
    try:
        rows = [{k: v.value for k, v in row.items()} for row in run_query(store, load_query("funding-streams")).rows]
        return index.read_funding(lambda db: _figures(db, by)), _figures(funding_totals.load(rows), by)
    finally:
        index.close()
        store.close()


def test_the_index_file_keeps_the_store_figures_article_by_article(tmp_path: Path) -> None:
    settings = Settings(store=str(tmp_path / "store"), search_index=str(tmp_path / "index.sqlite"))
    _ingest(tmp_path, settings, {
        1: "The government has allocated £40m to councils in 2025-26 for family help.",
        2: "The Department for Education will give councils £12m in 2025-26 for foster carers. A charity warned of "
           "a £30m shortfall in support for kinship carers."})
    from_index, from_store = _both(settings, "kind")
    assert from_index == from_store and from_index["allocated"] == (2, 52e6)
    # Article 2 changes: its streams are replaced in the index, not added to.
    _ingest(tmp_path, settings, {2: "The Department for Education will give councils £5m in 2025-26 for foster "
                                    "carers."})
    from_index, from_store = _both(settings, "kind")
    assert from_index == from_store == {"allocated": (2, 45e6)}


def test_a_writer_opening_a_file_made_before_the_groups_were_kept_counts_them(tmp_path: Path) -> None:
    settings = Settings(store=str(tmp_path / "store"), search_index=str(tmp_path / "index.sqlite"))
    _ingest(tmp_path, settings, {
        1: "The government has allocated £40m to councils in 2025-26 for family help.",
        2: "The Department for Education will give councils £12m in 2025-26 for foster carers."})
    from_index, from_store = _both(settings, "funder")
    assert from_index == from_store and sorted(from_index.values()) == [(1, 12e6), (1, 40e6)]
    index = SearchIndex(Path(settings.search_index))
    for table in funding_totals.GROUP_TABLES:
        index._db.execute(f"DROP TABLE {table}")
    index.close()
    assert _both(settings, "funder") == (from_index, from_store)  # a reader counts over the streams
    SearchIndex(Path(settings.search_index)).close()  # a writer counts the groups once
    index = SearchIndex(Path(settings.search_index), read_only=True)
    try:
        assert index.read_funding(funding_totals.groups_kept)
        assert index.read_funding(lambda db: db.execute("SELECT COUNT(*) FROM funding_groups").fetchone()[0]) > 0
    finally:
        index.close()
    assert _both(settings, "funder") == (from_index, from_store)


def test_groups_counted_article_by_article_are_those_a_writer_fills_at_once() -> None:
    """One rounding to pence either way: half a penny (£0.125, £2.345) rounds away from zero in both."""
    rows = ROWS + [_row("f", "0.125", "allocated", A3, None, funder=DFE),
                   _row("g", "2.345", "allocated", A3, None, funder=GOV)]
    db = funding_totals.load(rows)
    kept = db.execute("SELECT * FROM funding_groups ORDER BY 1, 2").fetchall()
    for table in funding_totals.GROUP_TABLES:
        db.execute(f"DELETE FROM {table}")
    funding_totals.fill_groups(db)
    assert db.execute("SELECT * FROM funding_groups ORDER BY 1, 2").fetchall() == kept
    assert dict(db.execute('SELECT "key", "pence" FROM funding_groups WHERE "grouping" = \'funder\'')) == {
        DFE: 2_000_000_013, GOV: 50_000_000_235}
