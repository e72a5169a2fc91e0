"""Score cscgraph on real articles from other publishers, through the graph, as an outside reader would.

The articles in `eval/real/articles/` were collected from many publishers and annotated by hand, to
`../shared/ANNOTATION.md`, by people who had not read the extraction code (`eval/real/README.md` says how and
where from). `eval/real/split.json` divides them into a **dev** half (tune on it, read its misses with `-v`) and a
frozen **test** half (score it whole, never read its misses: `-v`, `--ids` and the per-publisher table are refused for it).

The scorer does what a user would: `cscgraph ingest` the half's articles into a fresh embedded store, then read the
answer with `cscgraph query` — `who-said-what`, `people`, `lineage`, `funding` and one query of its own for what
each article mentions — and compares per article:

    quote spans        a predicted quote matches an annotated one when the texts (whitespace, curly quotes and
                       trailing punctuation normalised) are equal or one holds the other and is >= 90% as long
    quote+speaker      a quote counts as right when it matches and its speaker is the annotated one (both unnamed
                       counts); P over predicted quotes, R over annotated ones
    speaker            share of matched quotes whose speaker is right
    people, bodies     the article's Person / Organization entities against the annotated names
    documents          the article's policy documents, statutes, bills, acts and programmes against the annotated
                       documents (any kind); after exact matching, an unmatched annotated and graph name pair up
                       (one to one) when one is a shorter form of the other (`same_title`; a curated body's
                       acronym counts as its name's words: "CMA study of X" = "Competition and Markets Authority
                       study on X")
    lineage (ends)     per article, the set of {from, to} pairs of the lineage claims it states (relation ignored;
                       ends paired by `same_title` as documents are; an annotated edge between two names of
                       one curated entity is not counted: the graph cannot state it);
    lineage (strict)   the same with the relation
    money              per article, the multiset of amounts (to the pound), one per stream (the `funding` query
                       gives a row per stream and thing it funds); money+period: (amount, period), a duration's
                       direction ignored ("over the past two years" = "over two years")

Names are compared by a key: reference data (`ontology/reference/*.ttl`, labels, alt labels and acronyms, read
here with rdflib, not through the extractor) maps a known name to its IRI; other names are folded (case, accents,
apostrophes, punctuation, a leading "the"), a title before a name is left out on both sides (ANNOTATION.md: titles
are no part of a name; "Baroness Morris of Yardley" = "Morris of Yardley"), and an annotated body's aliases count as
its name (either way: the graph's "PA" is the annotated "PA Media" with alias "PA"). Every wording of
"the government" is one key. Run: `python eval/score_real.py --split dev -v`, `--split test`, `--json`; `--kinds`
adds the misses counted by kind (totals only, for either half).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef
from rdflib.namespace import RDFS, SKOS

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotated import period_key as _period, prf  # noqa: E402 - shared by the scorers, beside them

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "eval" / "real"
REFERENCE = ROOT / "ontology" / "reference"
CSC = "https://w3id.org/cscgraph/ontology#"
FIELDS = ("quote spans", "quote+speaker", "speaker", "people", "bodies", "documents", "lineage (ends)",
          "lineage (strict)", "money", "money+period")
DOCUMENT_TYPES = {"PolicyDocument", "Statute", "Bill", "Act", "Programme", "Review", "Report", "Strategy",
                  "PolicyPaper", "Consultation", "WhitePaper", "GreenPaper", "Guidance", "StatutoryGuidance",
                  "Framework", "Pilot", "Fund", "Budget", "SpendingReview"}
GOVERNMENT = re.compile(r"^(?:uk |hm |his majestys |her majestys |the )?(?:labour |conservative |coalition )?"
                        r"government(?: \d{4}(?: \d{4})?)?$")
"""A name that is only some wording of "the government" (folded: "Labour government (2024-)" → "labour government
2024"); all of them share one key."""

MENTIONS = """
PREFIX schema: <https://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?article ?url ?entity ?type ?label WHERE {
  ?article a schema:NewsArticle ; schema:url ?url .
  OPTIONAL { ?article schema:mentions ?entity . ?entity a ?type ; rdfs:label ?label }
}
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and false alarm (dev only)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--kinds", action="store_true",
                        help="also print the misses counted by kind (whose speaker, which document kind, which end of "
                             "an edge, what of an amount): totals only, so the test half may have them too")
    parser.add_argument("--ids", help="comma-separated dev article ids: score only these (e.g. a new batch's dev "
                                      "articles before tuning on them)")
    args = parser.parse_args(argv)
    if args.split == "test" and (args.verbose or args.ids):
        parser.error("the test half is frozen: it is scored whole, without -v or --ids")
    ids = args.ids.split(",") if args.ids else None
    if ids and not set(ids) <= set(split_ids("dev")):
        parser.error(f"--ids: not in the dev half: {', '.join(sorted(set(ids) - set(split_ids('dev'))))}")
    kinds = Counter[tuple[str, ...]]()
    overall, by_publisher = score(args.split, verbose=args.verbose, ids=ids, kinds=kinds)
    if args.split == "test":
        # One or two articles per publisher: a per-publisher figure would read the frozen half item by item.
        by_publisher = {}
    if args.json:
        print(json.dumps({"overall": overall, "by_publisher": by_publisher}, indent=1))
        return 0
    print(f"{args.split} half: {len(ids or split_ids(args.split))} articles")
    _print_table(overall)
    if args.kinds:
        _print_kinds(kinds)
    if not by_publisher:
        return 0
    print("\nF1 by publisher (quote+speaker, people, bodies, documents, lineage ends, money+period):")
    for publisher, figures in sorted(by_publisher.items()):
        cells = " ".join(f"{figures[f]['f1']:5.2f}" for f in
                         ("quote+speaker", "people", "bodies", "documents", "lineage (ends)", "money+period"))
        print(f"  {publisher[:40]:40} {cells}")
    return 0


def split_ids(split: str) -> list[str]:
    """The article ids of one half, as `eval/real/split.json` fixes them."""
    return json.loads((REAL / "split.json").read_text(encoding="utf-8"))[split]


def score(split: str, verbose: bool = False, ids: list[str] | None = None, kinds: Counter | None = None,
          ) -> tuple[dict[str, dict[str, float]], dict[str, dict[str, dict]]]:
    """({field: figures} over the half, or over `ids` of it, {publisher: {field: figures}}); the misses by kind
    are added to `kinds` when it is given."""
    golds = {i: json.loads((REAL / "annotations" / f"{i}.json").read_text(encoding="utf-8"))
             for i in (ids or split_ids(split))}
    keys = NameKeys.from_reference(REFERENCE)
    with tempfile.TemporaryDirectory() as tmp:
        predicted = _read_graph(Path(tmp) / "store", [REAL / "articles" / f"{i}.txt" for i in golds])
    total = {f: Counter[str]() for f in FIELDS}
    by_publisher: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: {f: Counter[str]() for f in FIELDS})
    for article_id, gold in sorted(golds.items()):
        got = predicted.get(gold["url"], _Predicted())
        counts = _score_article(article_id, gold, got, keys, verbose, kinds if kinds is not None else Counter())
        for field, c in counts.items():
            total[field].update(c)
            by_publisher[gold["publisher"]][field].update(c)
    return ({f: prf(c) for f, c in total.items()},
            {p: {f: prf(c) for f, c in fields.items()} for p, fields in by_publisher.items()})


class NameKeys:
    """Turns a name into the key two names must share to be the same entity."""

    def __init__(self, known: dict[str, str], acronyms: dict[str, str] | None = None) -> None:
        # A curated government (its label some wording of "the government") shares the one government key.
        self.known = {name: "government" if GOVERNMENT.match(name) else iri for name, iri in known.items()}
        self.of_iri = {iri: key for key, iri in zip(self.known.values(), known.values())}
        self.names: dict[str, set[str]] = defaultdict(set)
        """Every folded name of a curated entity, by its key: what a shorter or longer form is compared with."""
        for name, key in self.known.items():
            self.names[key].add(name)
        self.acronyms = acronyms or {}
        """A curated entity's folded acronym → its folded label: "cma study of…" is "competition and markets
        authority study of…" when titles are compared word by word."""

    @classmethod
    def from_reference(cls, folder: Path) -> NameKeys:
        graph = Graph()
        for path in sorted(folder.glob("*.ttl")):
            graph.parse(path, format="turtle")
        known: dict[str, str] = {}
        for prop in (RDFS.label, SKOS.prefLabel, SKOS.altLabel, URIRef(f"{CSC}acronym")):
            for subject, _, name in graph.triples((None, prop, None)):
                known.setdefault(fold(str(name)), str(subject))
        acronyms = {fold(str(acronym)): fold(str(label))
                    for subject, _, acronym in graph.triples((None, URIRef(f"{CSC}acronym"), None))
                    for label in graph.objects(subject, RDFS.label)}
        return cls(known, acronyms)

    def key(self, name: str | None, aliases: Iterable[str] = ()) -> str | None:
        """The key of a name: a curated entity's own key when the name, an alias, or the name outside or inside a
        closing bracket is one of its names; else the folded name, less a closing bracket (annotations qualify a
        name there: "Ofsted inspection report on Devon (2025)", "legal limit on providers' profits (profit cap)")."""
        if not name:
            return None
        if name.startswith("https://w3id.org/cscgraph/"):  # an entity the graph gives no label
            return self.of_iri.get(name, name)
        folded = fold(name)
        if GOVERNMENT.match(folded):
            return "government"
        bracket = _CLOSING_BRACKET.search(name)
        outside, inside = (fold(name[:bracket.start()]), fold(bracket.group(1))) if bracket else (folded, folded)
        for candidate in (folded, *(fold(a) for a in aliases), outside, inside):
            if candidate in self.known:
                return self.known[candidate]
        return outside if len(outside.split()) >= 2 else folded


_CLOSING_BRACKET = re.compile(r"\s*\(([^()]+)\)\s*$")


def same_title(a: str, b: str, keys: NameKeys) -> bool:
    """Two keys name one document or measure when a name of one is a shorter form of a name of the other: the
    words of one (at least two, not counting small words) are all words of the other ("Labour manifesto" and
    "Labour Party manifesto 2024"; "Hobson and Labinjo-Hughes Child Safeguarding Practice Review" and "Child
    Safeguarding Practice Review Panel review into the deaths of Arthur Labinjo-Hughes and Star Hobson"). Two
    curated entities are never one, nor is any wording of the government another name."""
    if "government" in (a, b) or a in keys.names and b in keys.names:
        return False
    for x in keys.names.get(a, {a}):
        for y in keys.names.get(b, {b}):
            short, long = sorted((_title_words(x, keys.acronyms), _title_words(y, keys.acronyms)), key=len)
            if len(short) >= 2 and short <= long:
                return True
    return False


def _title_words(name: str, acronyms: dict[str, str] | None = None) -> frozenset[str]:
    """The words of a name that count, each in the singular ("carers" = "carer", "hubs" = "hub"), a curated body's
    acronym standing for the words of its name ("CMA study" = "Competition and Markets Authority study")."""
    words = " ".join((acronyms or {}).get(w, w) for w in name.split()).split()
    return frozenset(re.sub(r"(?<=[a-z]{3})s$", "", w) for w in words if w not in TITLE_SMALL_WORDS)


TITLE_SMALL_WORDS = frozenset({"a", "an", "and", "for", "in", "into", "of", "on", "s", "the", "to"})
"""Words a shorter form of a title may drop or add ("review of X" = "X review")."""


def aligned(gold: set, predicted: set, keys: NameKeys) -> dict:
    """{predicted key: gold key} for the names neither side matched exactly that `same_title` pairs, one to one: a
    maximum matching (augmenting paths, names taken in sorted order), so naming one more document never unpairs
    another that had its own match (a first-come pairing did: a new name could take the only partner of another)."""
    left = sorted(k for k in predicted - gold if k)
    partners = {g: [p for p in left if same_title(g, p, keys)] for g in sorted(k for k in gold - predicted if k)}
    out: dict = {}

    def augment(g: str, seen: set) -> bool:
        for p in partners[g]:
            if p not in seen:
                seen.add(p)
                if p not in out or augment(out[p], seen):
                    out[p] = g
                    return True
        return False

    for g in partners:
        augment(g, set())
    return out


def fold(name: str) -> str:
    """A name without case, accents, apostrophes, punctuation or a leading "the"."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = text.replace("&", " and ").replace("'", "")
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def _norm_quote(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip(" ,.;:'\"…")


def same_quote(a: str, b: str) -> bool:
    a, b = _norm_quote(a), _norm_quote(b)
    if a == b:
        return bool(a)
    short, long = sorted((a, b), key=len)
    return bool(short) and short in long and len(short) >= 0.9 * len(long)


class _Predicted:
    def __init__(self) -> None:
        self.quotes: list[dict[str, Any]] = []
        self.entities: dict[str, set[str]] = {"person": set(), "organisation": set(), "document": set()}
        self.lineage: list[tuple[str, str, str]] = []
        self.money: list[tuple[float, str | None]] = []


def _read_graph(store: Path, files: list[Path]) -> dict[str, _Predicted]:
    """Ingest the files into a fresh store and read back, per article URL, what the graph says."""
    cli = [sys.executable, "-c", "import sys; from cscgraph.cli import main; sys.exit(main())", "--store", str(store)]
    subprocess.run([*cli, "ingest", *map(str, files)], check=False, capture_output=True, text=True)

    def rows(query: str, stdin: str | None = None) -> list[dict[str, str]]:
        out = subprocess.run([*cli, "query", query, "--format", "json"], input=stdin, check=True,
                             capture_output=True, text=True).stdout
        return [{k: v["value"] for k, v in b.items()} for b in json.loads(out)["results"]["bindings"]]

    by_url: dict[str, _Predicted] = defaultdict(_Predicted)
    url_of: dict[str, str] = {}
    for row in rows("-", MENTIONS):
        url_of[row["article"]] = row["url"]
        if "entity" not in row:
            by_url[row["url"]]
            continue
        kind = row["type"].rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        bucket = ("person" if kind == "Person" else "organisation" if kind in {"Organization", "GovernmentOrganization"}
                  else "document" if kind in DOCUMENT_TYPES else None)
        if bucket:
            by_url[row["url"]].entities[bucket].add(row["label"])
    for row in rows("who-said-what"):
        if row["article"] in url_of:
            by_url[url_of[row["article"]]].quotes.append(row)
    for row in rows("lineage"):
        if row.get("article") in url_of:
            by_url[url_of[row["article"]]].lineage.append(
                (row.get("fromName", row["from"]), row["relation"].rsplit("#", 1)[-1], row.get("toName", row["to"])))
    # `funding` gives one row per stream and thing it funds; a stream is one money record (ANNOTATION.md: one
    # record per distinct amount and purpose), however many things it funds.
    streams: set[str] = set()
    for row in rows("funding"):
        if row.get("article") in url_of and row["stream"] not in streams:
            streams.add(row["stream"])
            by_url[url_of[row["article"]]].money.append((float(row["amountGBP"]), row.get("period")))
    return by_url


RELATIONS = {"basedOn": "based_on"}


HONORIFIC = re.compile(r"^(?:The\s+)?(?:Rt\.?\s+Hon\.?\s+)?(?:Lord|Lady|Mr|Mrs|Ms)\s+Justice\s+|"
                       r"^(?:The\s+)?(?:Rt\.?\s+Hon\.?\s+)?(?:District\s+Judge|His\s+Honour\s+Judge|"
                       r"Her\s+Honour\s+Judge|HHJ|Judge|Justice|Baroness|Lord|Lady|Sir|Dame|Dr|Professor|Prof|Cllr|"
                       r"Councillor|Coun|Mr|Mrs|Ms|Miss|Reverend|Revd|Rev)\.?\s+(?=\S)")
"""A title before a name, which ANNOTATION.md leaves out of it ("Baroness", "Dame", "Cllr"): "Baroness Morris of
Yardley" and "Morris of Yardley" are one name, whichever side writes the title."""


def article_key(gold: dict[str, Any], keys: NameKeys) -> Callable[[str | None], str | None]:
    """How one article's names are compared: `keys.key`, with an annotated body's aliases counting as its name
    and a title before a name left out (`HONORIFIC`). A name the graph gives that is an annotated body's alias
    ("PA" for "PA Media") is that body."""
    aliases = {fold(b["name"]): b.get("aliases", []) for b in gold.get("bodies", [])}
    alias_of = {fold(a): b["name"] for b in gold.get("bodies", []) for a in b.get("aliases", [])}

    def key(n: str | None) -> str | None:
        if not n:
            return None
        n = HONORIFIC.sub("", n.strip())
        n = alias_of.get(fold(n), n) if fold(n) not in aliases else n
        return keys.key(n, aliases.get(fold(n), ()))

    return key


def _score_article(name: str, gold: dict[str, Any], got: _Predicted, keys: NameKeys,
                   verbose: bool, kinds: Counter) -> dict[str, Counter[str]]:
    counts = {f: Counter[str]() for f in FIELDS}
    key = article_key(gold, keys)

    def say(what: str, detail: str) -> None:
        if verbose:
            print(f"  {name}: {what}: {detail}")

    for field, gold_names, bucket in (("people", [p["name"] for p in gold.get("people", [])], "person"),
                                      ("bodies", [b["name"] for b in gold.get("bodies", [])], "organisation")):
        _score_set(field, {key(n) for n in gold_names}, {key(n) for n in got.entities[bucket]}, counts, say)
    gold_documents = {key(d["name"]) for d in gold.get("documents", [])}
    got_documents = {key(n) for n in got.entities["document"]}
    # A document the graph names by a shorter or longer form of the annotated title is that document.
    renamed = aligned(gold_documents, got_documents, keys)
    _score_set("documents", gold_documents, {renamed.get(k, k) for k in got_documents}, counts, say)
    found = {renamed.get(k, k) for k in got_documents}
    kinds.update(("documents missed", d.get("kind") or "no kind") for d in gold.get("documents", [])
                 if key(d["name"]) not in found)
    # A speaker is one of those documents by the same pairing ("the Home Office report" said it).
    speaker_key = lambda n: renamed.get(key(n), key(n))  # noqa: E731 - the one pairing, used twice below
    _score_quotes(gold["quotes"], got.quotes, speaker_key, counts, say,
                  _speaker_kinds(gold, got, speaker_key, kinds), _quote_kinds(name, gold, got, kinds))
    # An edge between two names of one curated entity ("Troubled Families" renamed "Supporting Families", one
    # programme in reference data) is one the graph cannot hold: not counted.
    gold_edges = {(key(e["from"]), e["relation"], key(e["to"])) for e in gold.get("lineage", [])
                  if key(e["from"]) != key(e["to"]) or key(e["from"]) not in keys.names}
    got_edges = {(key(f), RELATIONS.get(r, _snake(r)), key(t)) for f, r, t in got.lineage}
    renamed = aligned({k for e in gold_edges for k in (e[0], e[2])}, {k for e in got_edges for k in (e[0], e[2])},
                      keys)
    got_edges = {(renamed.get(f, f), r, renamed.get(t, t)) for f, r, t in got_edges}
    _score_set("lineage (strict)", gold_edges, got_edges, counts, say)
    ends = {e for f, _, t in got_edges for e in (f, t)} | {key(n) for names in got.entities.values() for n in names}
    got_pairs = {frozenset((f, t)) for f, _, t in got_edges}
    kinds.update(("lineage missed", r, "from in graph" if f in ends else "from not in graph",
                  "to in graph" if t in ends else "to not in graph")
                 for f, r, t in gold_edges if frozenset((f, t)) not in got_pairs)
    _score_set("lineage (ends)", {frozenset((f, t)) for f, _, t in gold_edges},
               {frozenset((f, t)) for f, _, t in got_edges}, counts, say)
    gold_money = Counter(round(float(m["amount_gbp"])) for m in gold.get("money", []))
    got_money = Counter(round(a) for a, _ in got.money)
    _score_multiset("money", gold_money, got_money, counts, say)
    gold_periods = Counter((round(float(m["amount_gbp"])), _period(m.get("period"))) for m in gold.get("money", []))
    got_periods = Counter((round(a), _period(p)) for a, p in got.money)
    _score_multiset("money+period", gold_periods, got_periods, counts, say)
    for (amount, period), n in (gold_periods - got_periods).items():
        theirs = {p for a, p in got_periods if a == amount}
        kinds[("money missed", "with a period" if period else "with no period",
               "amount not found" if not theirs else "no period given" if theirs == {None} else "other period")] += n
    return counts


def _speaker_kinds(gold: dict[str, Any], got: _Predicted, key, kinds: Counter):
    """A callback counting a wrong speaker by kind: what the annotated and the given speaker are (person, body,
    document, none) and whether the graph holds the annotated one at all."""
    gold_kind = {key(n): k for k, field in (("document", "documents"), ("body", "bodies"), ("person", "people"))
                 for n in (x["name"] for x in gold.get(field, []))}
    got_kind = {key(n): k for k, bucket in (("document", "document"), ("body", "organisation"), ("person", "person"))
                for n in got.entities[bucket]}

    def wrong(want: str | None, given: str | None) -> None:
        kinds[("speaker wrong", f"annotated {gold_kind.get(want, 'other') if want else 'unnamed'}",
               f"given {got_kind.get(given, 'other') if given else 'none'}",
               "annotated in graph" if want in got_kind else "annotated not in graph")] += 1
    return wrong


def _quote_kinds(name: str, gold: dict[str, Any], got: _Predicted, kinds: Counter):
    """A callback counting a missed or false quote by kind: "missed"/"false", a fragment of up to four words or a
    longer passage, the marks around it in the article (double, single, none found), and whether a quote on the
    other side shares half its words (a span cut differently) or none does."""
    path = REAL / "articles" / f"{name}.txt"
    text = path.read_text(encoding="utf-8") if path.exists() else ""

    def words(t: str) -> set[str]:
        return set(re.findall(r"\w+", t.lower()))

    def kind(side: str, quote: str, others: list[str]) -> None:
        at = text.find(quote[:40])
        before = text[at - 1] if at > 0 else ""
        marks = "double" if before in "“\"" else "single" if before in "‘'" else "no mark before"
        mine = words(quote)
        near = [o for o in others if len(mine & words(o)) * 2 >= max(1, min(len(mine), len(words(o))))]
        a = _norm_quote(quote)
        how = ("none across" if not near else
               "a quote across holds it" if any(a in _norm_quote(o) for o in near) else
               "it holds a quote across" if any(_norm_quote(o) in a for o in near) else
               "a quote across shares half its words")
        kinds[(f"quote {side}", "fragment (<= 4 words)" if len(quote.split()) <= 4 else "passage", marks, how)] += 1

    return (lambda q: kind("missed", q, [p["text"] for p in got.quotes]),
            lambda p: kind("false", p, [q["text"] for q in gold["quotes"]]))


def _score_quotes(gold: list[dict[str, Any]], predicted: list[dict[str, str]], key, counts, say,
                  wrong_speaker=lambda want, given: None, unmatched=(lambda q: None, lambda p: None)) -> None:
    used: set[int] = set()
    spans, pairs, speaker = counts["quote spans"], counts["quote+speaker"], counts["speaker"]
    for c in (spans, pairs):
        c["gold"] += len(gold)
        c["predicted"] += len(predicted)
    for q in gold:
        # One to one: of the graph's quotes with this text (a passage quoted in the standfirst and again in the body
        # is two), the one with the annotated speaker pairs first.
        same = [i for i, p in enumerate(predicted) if i not in used and same_quote(p["text"], q["text"])]
        match = next((i for i in same if key(predicted[i].get("speakerName")) == key(q.get("speaker"))),
                     same[0] if same else None)
        if match is None:
            say("missed quote", f"{q['text'][:90]!r} ({q.get('speaker')})")
            unmatched[0](q["text"])
            continue
        used.add(match)
        spans["correct"] += 1
        speaker["gold"] += 1
        speaker["predicted"] += 1
        want, got = key(q.get("speaker")), key(predicted[match].get("speakerName"))
        if want == got:
            pairs["correct"] += 1
            speaker["correct"] += 1
        else:
            wrong_speaker(want, got)
            say("wrong speaker", f"{predicted[match].get('speakerName')!r} for {q.get('speaker')!r}: "
                                 f"{q['text'][:60]!r}")
    for i, p in enumerate(predicted):
        if i not in used:
            say("false quote", f"{p['text'][:90]!r} ({p.get('speakerName')})")
            unmatched[1](p["text"])


def _score_set(field: str, gold: set, predicted: set, counts, say) -> None:
    gold.discard(None)
    predicted.discard(None)
    _score_multiset(field, Counter(gold), Counter(predicted), counts, say)


def _score_multiset(field: str, gold: Counter, predicted: Counter, counts, say) -> None:
    c = counts[field]
    c["gold"] += sum(gold.values())
    c["predicted"] += sum(predicted.values())
    c["correct"] += sum((gold & predicted).values())
    for missing in sorted(map(_show, (gold - predicted).elements())):
        say(f"missed {field}", missing)
    for extra in sorted(map(_show, (predicted - gold).elements())):
        say(f"false {field}", extra)


def _show(item: Any) -> str:
    if isinstance(item, frozenset):
        return " ~ ".join(sorted(map(str, item)))
    return " | ".join(map(str, item)) if isinstance(item, tuple) else str(item)


def _snake(relation: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r"_\1", relation).lower()


def _print_kinds(kinds: Counter) -> None:
    print("\nmisses by kind (totals):")
    for what in ("quote missed", "quote false", "speaker wrong", "documents missed", "lineage missed", "money missed"):
        for k, n in sorted(((k, n) for k, n in kinds.items() if k[0] == what), key=lambda x: (-x[1], x[0])):
            print(f"  {n:4}  {' / '.join(k)}")


def _print_table(figures: dict[str, dict[str, float]]) -> None:
    print(f"{'field':18} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5} {'right':>5}")
    for field, f in figures.items():
        print(f"{field:18} {f['precision']:6.3f} {f['recall']:6.3f} {f['f1']:6.3f} "
              f"{f['gold']:5} {f['predicted']:5} {f['correct']:5}")


if __name__ == "__main__":
    raise SystemExit(main())
