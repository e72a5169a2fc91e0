"""Which government a phrase denotes: "the government" by the article's date, "the previous government", "Labour".

Governments are curated in `ontology/reference/programmes.ttl` as `organisation/conservative-government`,
`organisation/labour-government` and, for undated articles, `organisation/uk-government`; the phrases here are
resolved in code because their meaning depends on the date.
"""

from __future__ import annotations

import functools
from datetime import datetime

from cscgraph.extract.patterns import all_matches
from cscgraph.extract.patterns import lineage as P
from cscgraph.extract.patterns.people import (PARTIES_LISTED, PARTY_MEMBER_OR_CONTROL, PARTY_NOUN, PARTY_OFFICE,
                                              PARTY_OWNS, PARTY_PEOPLE, PARTY_SPEAKS, party_label)
from cscgraph.models import Article, EntityRef

__all__ = ["government_in_office", "government_references", "earlier_government", "party_nouns", "GOVERNMENT_REFS"]

UK_GOVERNMENT = EntityRef("organisation", "uk-government")
GOVERNMENT_REFS = frozenset({UK_GOVERNMENT,
                             *(EntityRef("organisation", slug) for slug in P.GOVERNMENT_SLUGS.values())})


def government_in_office(article: Article) -> EntityRef:
    """The government in office on the article's publication day; the UK government, whichever party led it, when
    the article is undated.

    >>> government_in_office(Article(title="t", paragraphs=(), source="x", published=datetime(2024, 11, 18)))
    EntityRef(kind='organisation', slug='labour-government')
    """
    return _in_office(article.published)


def _in_office(published: datetime | None) -> EntityRef:
    if published is None:
        return UK_GOVERNMENT
    party = "labour" if published.date().isoformat() >= P.LABOUR_TOOK_OFFICE else "conservative"
    return EntityRef("organisation", P.GOVERNMENT_SLUGS[party])


def government_references(article: Article) -> list[tuple[int, int, EntityRef]]:
    """Spans of the body that denote a government, with the government each denotes, in text order.

    >>> a = Article(title="t", paragraphs=("Labour kept the plan of the previous government.",), source="x",
    ...             published=datetime(2024, 9, 1))
    >>> [(a.body[s:e], r.slug) for s, e, r in government_references(a)]
    [('Labour', 'labour-government'), ('the previous government', 'conservative-government')]
    """
    return list(_references(article.body, article.published))


@functools.lru_cache(maxsize=4)
def _references(body: str, published: datetime | None) -> tuple[tuple[int, int, EntityRef], ...]:
    """`government_references`, found once per article although several extraction steps ask."""
    current = _in_office(published)
    out: list[tuple[int, int, EntityRef]] = []
    parties = [(s, e) for s, e, _ in party_nouns(body)]
    for pattern, which in P.GOVERNMENT_REFERENCES:
        for m in all_matches(pattern, body):
            if any(s < m.end() and m.start() < e for s, e, _ in out) or any(
                    s < m.end() and m.start() < e for s, e in parties):
                continue
            if which == "current":
                ref = current
            elif which == "labour" and current.slug != P.GOVERNMENT_SLUGS["labour"]:
                ref = None  # Labour in opposition is a party, not a government
            elif which == "conservative" and current.slug != P.GOVERNMENT_SLUGS["conservative"] \
                    and PARTY_SPEAKS.match(body, m.start()):
                ref = None  # so are the Conservatives speaking after they left office, or undated
            else:
                ref = EntityRef("organisation", P.GOVERNMENT_SLUGS[which])
            if ref is not None and not earlier_government(body, m.start(), m.end(), ref.slug):
                out.append((m.start(), m.end(), ref))
    return tuple(sorted(out))


def earlier_government(body: str, start: int, end: int, slug: str) -> bool:
    """True when the mention body[start:end] of the government `slug` is dated before that government took office
    ("the Labour government in 1998") or names an earlier one ("the New Labour government", "launched by New
    Labour"): an earlier government, not the one of 2024."""
    if P.EARLIER_GOVERNMENT_NAME.search(body, max(0, start - 4), end):
        return True
    dated = P.YEAR_AFTER_GOVERNMENT.match(body, end)
    return dated is not None and int(dated.group("year")) < P.GOVERNMENT_FROM_YEAR.get(slug, 0)


@functools.lru_cache(maxsize=4)
def party_nouns(body: str) -> tuple[tuple[int, int, str], ...]:
    """Spans where a party's name is the party, never a government, with its reference label: named by what only a
    party has ("Labour’s manifesto", "the Conservatives’ leader", "Labour’s Jo Bloggs said", "Labour took
    control", "spokesman for the Conservatives") or listed beside another party ("the Tories, Labour and the
    Independents").

    >>> body = "Labour’s manifesto, and the Lib Dems and the Greens agreed."
    >>> [(body[s:e], label) for s, e, label in party_nouns(body)]
    [('Labour', 'Labour Party'), ('the Lib Dems', 'Liberal Democrats'), ('the Greens', 'Green Party')]
    """
    spans = {(m.start("party"), m.end("party"))
             for pattern in (PARTY_OWNS, PARTY_MEMBER_OR_CONTROL, PARTY_PEOPLE, PARTY_OFFICE)
             for m in all_matches(pattern, body)}
    spans |= {(p.start(), p.end()) for m in all_matches(PARTIES_LISTED, body)
              for p in PARTY_NOUN.finditer(body, m.start(), m.end())}
    return tuple((start, end, party_label(body[start:end])) for start, end in sorted(spans))
