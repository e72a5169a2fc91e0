"""Derived lineage views over hand-made rows shaped like the `lineage` query's."""

from __future__ import annotations

from cscgraph.lineage_views import document_chain, document_diff, lineage_graph, measure_path

B = "https://w3id.org/cscgraph/"
ONT = "https://w3id.org/cscgraph/ontology#"
REVIEW, HOMES, PAPER, BILL = (B + "policy/review", B + "policy/homes", B + "policy/paper", B + "statute/bill")
HELP, HUBS, CAP, RCC = (B + "measure/help", B + "measure/hubs", B + "measure/cap", B + "measure/rcc")
PATHFINDER, LABOUR = B + "programme/pathfinder", B + "organisation/labour-government"
DATES = {REVIEW: "2022-05-23", HOMES: "2023-02-02", PAPER: "2024-11-18", BILL: "2024-12-17"}
NAMES = {REVIEW: "Review", HOMES: "Homes", PAPER: "Paper", BILL: "Bill", HELP: "family help", HUBS: "hubs",
         CAP: "profit cap", RCC: "RCCs", PATHFINDER: "Pathfinder", LABOUR: "Labour"}


def row(source: str, relation: str, target: str, evidence: str, measure: str | None = None,
        article: str | None = "https://w3id.org/cscgraph/article/a1", published: str = "2024-11-18") -> dict:
    return {"from": source, "fromName": NAMES[source], "relation": ONT + relation, "to": target,
            "toName": NAMES[target], "measure": measure, "measureName": NAMES.get(measure or ""),
            "evidence": evidence, "article": article, "published": published, "fromDate": DATES.get(source),
            "toDate": DATES.get(target)}


ROWS = [
    row(BILL, "legislates", PAPER, "This is likely to be through the Bill."),
    row(PAPER, "continues", HOMES, "This continues the agenda of Homes."),
    row(HOMES, "basedOn", REVIEW, "Homes was based on the recommendations of the Review."),
    row(HOMES, "basedOn", REVIEW, "Homes drew on the Review.", article="https://w3id.org/cscgraph/article/a2"),
    row(REVIEW, "recommends", HELP, "The Review proposed family help."),
    row(HOMES, "adopts", HELP, "It was taken up by Homes."),
    row(PATHFINDER, "tests", HELP, "Family help is tested in the pathfinder.", published="2023-10-01"),
    row(REVIEW, "recommends", CAP, "The Review proposed a profit cap."),
    row(HOMES, "rejects", CAP, "Homes does not advocate a profit cap."),
    row(REVIEW, "recommends", RCC, "The Review proposed RCCs."),
    row(HOMES, "adopts", REVIEW, "Homes adopts the Review's recommendation on RCCs.", measure=RCC),
    row(HOMES, "adopts", HUBS, "Hubs were introduced in Homes."),
    row(LABOUR, "continues", HUBS, "Labour has continued with the hubs."),
]


def test_graph_merges_one_edge_stated_twice_with_both_evidence_sentences() -> None:
    graph = lineage_graph(ROWS)
    edge = graph.edges[HOMES, REVIEW, ("basedOn", None)]
    assert edge["evidence"] == ["Homes was based on the recommendations of the Review.", "Homes drew on the Review."]
    assert len(edge["articles"]) == 2


def test_document_chain_is_in_date_order_with_relations() -> None:
    chain = document_chain(ROWS)
    assert [step["document"] for step in chain] == [REVIEW, HOMES, PAPER, BILL]
    homes = chain[1]
    assert {(r["relation"], r["to"]) for r in homes["relations"]} == {("basedOn", REVIEW), ("adopts", REVIEW)}
    assert chain[3]["relations"][0]["evidence"] == ["This is likely to be through the Bill."]


def test_measure_path_orders_carriers_by_date_and_keeps_evidence() -> None:
    path = measure_path(ROWS, HELP)
    assert [step["document"] for step in path] == [REVIEW, HOMES, PATHFINDER]
    assert path[1]["relations"][0]["evidence"] == ["It was taken up by Homes."]


def test_measure_path_includes_document_edges_that_name_the_measure() -> None:
    path = measure_path(ROWS, RCC)
    assert [(s["document"], [r["relation"] for r in s["relations"]]) for s in path] == [
        (REVIEW, ["recommends"]), (HOMES, ["adopts"])]


def test_measure_path_of_unknown_measure_is_empty() -> None:
    assert measure_path(ROWS, B + "measure/nothing") == []


def test_document_diff_adopted_rejected_new() -> None:
    diff = document_diff(ROWS, REVIEW, HOMES)
    names = {k: sorted(e["name"] for e in v) for k, v in diff.items()}
    assert names == {"adopted": ["RCCs", "family help"], "rejected": ["profit cap"], "modified": [],
                     "new": ["hubs"], "not taken up": []}


def test_document_diff_not_taken_up() -> None:
    diff = document_diff(ROWS, REVIEW, PAPER)
    assert sorted(e["name"] for e in diff["not taken up"]) == ["RCCs", "family help", "profit cap"]


def test_relations_may_be_local_names_and_missing_values_are_skipped() -> None:
    rows = [{"from": HOMES, "relation": "adopts", "to": HELP}, {"from": HOMES, "relation": "", "to": HELP}]
    assert len(lineage_graph(rows).edges) == 1


def test_rows_without_evidence_give_the_same_chain_and_changes() -> None:
    """The web explorer passes one row per edge and measure, without evidence (`lineage-measures`)."""
    grouped = list({(r["from"], r["relation"], r["to"], r["measure"]): {k: v for k, v in r.items()
                                                                       if k not in ("evidence", "article")}
                    for r in ROWS}.values())
    assert len(grouped) < len(ROWS)

    def shape(chain: list[dict]) -> list[tuple]:
        return [(s["document"], s["date"], sorted((r["relation"], r["to"], r["measure"]) for r in s["relations"]))
                for s in chain]
    assert shape(document_chain(grouped)) == shape(document_chain(ROWS))
    for later in (HOMES, PAPER):
        names = {k: [e["name"] for e in v] for k, v in document_diff(ROWS, REVIEW, later).items()}
        assert {k: [e["name"] for e in v] for k, v in document_diff(grouped, REVIEW, later).items()} == names
