"""A learned ranker of a quote's possible speakers, for the quotes the rules in `speakers` find no attribution for.

Candidates are the article's people, bodies, documents and governments named outside quotation marks, plus
"unnamed". Each gets features of where it stands relative to the quote (before or after it, how far in characters,
sentences and paragraphs, in the quote's sentence, the subject of the reporting verb next to the quote, pronouns,
descriptions and other names between), of what it is (person, body, document, government; the extractor's body
kind) and of the article so far (the last speaker, who spoke before, who is a reporting verb's subject nearby). The
weights are a logistic regression (`linear.py`, `models/speakers.json`) that `eval/train_speakers.py` trains on the
dev half of `eval/real` and the corpus's annotations (`eval/attribution`); the candidate with the highest
probability wins, "unnamed" leaving the quote without a speaker.

The rules decide wherever they find an attribution (grouped cross-validation: the model overriding them does
worse); `decide` hands the model only the quotes they find none for.

No feature is a name or a capitalised word: only closed classes (pronouns, reporting verbs, anaphors, kinds),
positions and distances, so that the weights carry over to publishers nobody here has read.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Protocol

from cscgraph.extract.linear import Features, load
from cscgraph.extract.patterns.attribution import DOCUMENT_ANAPHOR, SPEECH_VERB_RE, UNNAMED_SOURCE
from cscgraph.extract.patterns.people import BODY_ANAPHORS, ROLE_ANAPHOR
from cscgraph.extract.speakers import SPEAKING_THINGS, Attribution, SpeakerContext, person_sex
from cscgraph.models import DOCUMENT_KINDS, EntityRef

MODEL = "speakers"
UNNAMED = "unnamed"
WINDOW = 300
"""How far, in characters within its sentence, the words before and after a quote are read for its attribution."""
NEAR = 60
"""How close a name must stand to a reporting verb to be read as its subject."""

_PRONOUN = re.compile(r"\b(?:he|she|it|they|we)\b", re.IGNORECASE)
_BODY_ANAPHOR = re.compile(r"\b(?:the|this|its|our)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>"
                           + "|".join(sorted(map(re.escape, BODY_ANAPHORS), key=len, reverse=True)) + r")\b",
                           re.IGNORECASE)
_WORD = re.compile(r"[\w’'-]+")
_INDEFINITE = frozenset({"a", "an", "one", "another", "some", "several", "many", "other"})
_POSSESSIVE = re.compile(r"['’]s?\b")


@dataclass(frozen=True)
class _Named:
    """Where an entity is named outside quotation marks."""

    start: int
    end: int
    ref: EntityRef


class _Article:
    """What every quote of one article reads: names, reporting verbs and pronouns outside quotes, found once."""

    def __init__(self, ctx: SpeakerContext) -> None:
        body = ctx.body
        quoted = sorted(ctx.quoted)
        starts = [s for s, _ in quoted]

        def outside(offset: int) -> bool:
            i = bisect_right(starts, offset) - 1
            return i < 0 or not quoted[i][0] <= offset < quoted[i][1]

        named = [_Named(m.span.start, m.span.end, m.entity) for m in ctx.mentions
                 if m.entity.kind in ("person", *SPEAKING_THINGS) and outside(m.span.start)]
        named += [_Named(s, e, ref) for s, e, ref in ctx.governments if outside(s)]
        self.named = sorted(named, key=lambda n: (n.start, n.end))
        self.by_ref: dict[EntityRef, list[_Named]] = {}
        for n in self.named:
            self.by_ref.setdefault(n.ref, []).append(n)
        self.verbs = [(m.start(), m.end()) for m in SPEECH_VERB_RE.finditer(body) if outside(m.start())]
        self.paragraph_breaks = [m.start() for m in re.finditer("\n\n", body)]
        verb_starts = [v[0] for v in self.verbs]
        verb_ends = [v[1] for v in self.verbs]
        self.reporting: dict[EntityRef, list[int]] = {}
        """Where each entity is named as a reporting verb's subject ("X said", "X, chief executive, warned", "said
        X"), by the name's start."""
        self.initial: set[tuple[int, EntityRef]] = set()
        """The names that open their sentence (its subject, in news copy)."""
        for k, n in enumerate(self.named):
            sentence = ctx.sentences.at(n.start)
            if not _WORD.search(body, sentence.start, n.start):
                self.initial.add((n.start, n.ref))
            nxt = self.named[k + 1].start if k + 1 < len(self.named) else len(body)
            i = bisect_left(verb_starts, n.end)
            j = bisect_right(verb_ends, n.start) - 1
            if i < len(verb_starts) and verb_starts[i] < min(n.end + NEAR, nxt, sentence.end) \
                    or j >= 0 and n.start - verb_ends[j] <= 3:
                self.reporting.setdefault(n.ref, []).append(n.start)
        self.governments = {ref for _, _, ref in ctx.governments}
        self.outside = outside


def _article(ctx: SpeakerContext) -> _Article:
    cached = ctx.cache.get("ranker")
    if not isinstance(cached, _Article):
        cached = ctx.cache["ranker"] = _Article(ctx)
    return cached


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


CHARS = (10, 40, 120, 300, 1000)
COUNTS = (0, 1, 2)


def _word_class(word: str) -> str:
    """A closed class for the word next to a reporting verb: a pronoun, a determiner, a capitalised word, other."""
    lower = word.lower()
    if lower in ("he", "she", "it", "they", "we"):
        return lower
    if lower in ("the", "this", "its", "our", "their"):
        return "the"
    if lower in _INDEFINITE:
        return "indefinite"
    return "cap" if word[:1].isupper() else "other" if word else "none"


@dataclass(frozen=True)
class _Cue:
    """The reporting verb nearest a quote, where it stands, and the word on its subject side."""

    where: str
    start: int
    end: int
    word: str


def _cue(ctx: SpeakerContext, art: _Article, before: tuple[int, int], after: tuple[int, int]) -> _Cue:
    """The first reporting verb after the quote in its sentence ("…,” she said"), else the last before it."""
    i = bisect_left(art.verbs, (after[0], after[0]))
    if i < len(art.verbs) and art.verbs[i][0] < after[1]:
        s, e = art.verbs[i]
        left = _WORD.findall(ctx.body[after[0]:s])
        if left:
            return _Cue("after_subject_first", s, e, _word_class(left[-1]))
        right = _WORD.findall(ctx.body[e:after[1]])
        return _Cue("after_verb_first", s, e, _word_class(right[0]) if right else "none")
    j = bisect_left(art.verbs, (before[1], before[1])) - 1
    if j >= 0 and art.verbs[j][0] >= before[0]:
        s, e = art.verbs[j]
        left = _WORD.findall(ctx.body[before[0]:s])
        return _Cue("before", s, e, _word_class(left[-1]) if left else "none")
    return _Cue("none", -1, -1, "none")


@dataclass(frozen=True)
class _Quote:
    """What every candidate of one quote is compared with: the quote's marks, the words around it in its sentence,
    its reporting verb, whether it opens its paragraph (and the paragraph before ends with a colon)."""

    open_at: int
    after: int
    sentence_start: int
    before: tuple[int, int]
    behind: tuple[int, int]
    cue: _Cue
    previous: tuple[int, int] | None
    colon: bool
    near_text: str

    @classmethod
    def read(cls, ctx: SpeakerContext, art: _Article, open_at: int, after: int) -> _Quote:
        body = ctx.body
        first = ctx.sentences.at(open_at)
        last = ctx.sentences.at(max(open_at, after - 1) if after >= len(body) else after)
        before = (max(first.start, open_at - WINDOW), open_at)
        behind = (after, max(after, min(last.end, after + WINDOW)))
        paragraph = bisect_left(art.paragraph_breaks, open_at)
        paragraph_start = art.paragraph_breaks[paragraph - 1] + 2 if paragraph else 0
        previous = None
        if paragraph and not body[paragraph_start:open_at].strip():
            previous = (art.paragraph_breaks[paragraph - 2] + 2 if paragraph > 1 else 0, paragraph_start - 2)
        colon = previous is not None and body[previous[0]:previous[1]].rstrip().endswith(":")
        return cls(open_at, after, first.start, before, behind, _cue(ctx, art, before, behind), previous, colon,
                   body[before[0]:before[1]] + " " + body[behind[0]:behind[1]])


def candidates(ctx: SpeakerContext, open_at: int, after: int) -> list[tuple[EntityRef | None, dict[str, float]]]:
    """Each possible speaker of the quote whose marks run from `open_at` to `after`, with its features; None is
    "unnamed", always last."""
    art = _article(ctx)
    q = _Quote.read(ctx, art, open_at, after)
    refs = sorted(art.by_ref, key=str)
    before = {r: max((n for n in art.by_ref[r] if n.end <= open_at), key=lambda n: n.end, default=None) for r in refs}
    behind = {r: min((n for n in art.by_ref[r] if n.start >= after), key=lambda n: n.start, default=None)
              for r in refs}
    rank_before = {r: i for i, r in enumerate(sorted((r for r in refs if before[r] is not None),
                                                     key=lambda r: -before[r].end))}
    rank_after = {r: i for i, r in enumerate(sorted((r for r in refs if behind[r] is not None),
                                                    key=lambda r: behind[r].start))}
    out: list[tuple[EntityRef | None, dict[str, float]]] = []
    for ref in refs:
        f = _candidate(ctx, art, q, ref)
        b, a = before[ref], behind[ref]
        if b is not None:
            f.update(_side(ctx, art, "before", b.end, open_at, rank_before[ref]))
            f.update(_named_before(ctx, art, q, b))
        if a is not None:
            f.update(_side(ctx, art, "after", after, a.start, rank_after[ref]))
            if a.start < q.behind[1]:
                f["in_sentence_after"] = 1.0
        out.append((ref, f))
    near = sum(1 for _, f in out if "in_sentence_before" in f or "in_sentence_after" in f)
    out.append((None, _unnamed(ctx, q, near)))
    return out


def _candidate(ctx: SpeakerContext, art: _Article, q: _Quote, ref: EntityRef) -> dict[str, float]:
    """The features of one candidate that do not depend on its nearest names: what it is, whether it spoke, its
    relation to the quote's reporting verb, its paragraph and the descriptions near the quote."""
    kind = _kind(ref, art)
    entity = ctx.entities.get(ref)
    holders = {m.person for m in ctx.memberships}
    last_speaker = ctx.spoken[-1][1] if ctx.spoken else None
    f: dict[str, float] = {f"type:{kind}": 1.0, f"mentions:{_bucket(len(art.by_ref[ref]), COUNTS)}": 1.0,
                           f"cue_word:{q.cue.word}&type:{kind}": 1.0}
    if kind == "body" and entity is not None and entity.kind_label:
        f[f"body_kind:{entity.kind_label}"] = 1.0
    if ref == last_speaker:
        f["last_speaker"] = 1.0
        f[f"last_speaker&cue:{q.cue.where}"] = 1.0
    elif any(r == ref for _, r in ctx.spoken):
        f["spoke_before"] = 1.0
    if ref in holders:
        f["has_role"] = 1.0
    f.update(_reported(ctx, art, ref, q.open_at, q.after))
    f.update(_subject_of_cue(art, q.cue, ref, q.before, q.behind))
    if q.previous is not None:
        named_there = [n for n in art.named if q.previous[0] <= n.start < q.previous[1]]
        colon = "&colon" if q.colon else ""
        if any(n.ref == ref for n in named_there):
            f[f"opens_paragraph&in_previous{colon}"] = 1.0
            if named_there[0].ref == ref:
                f[f"opens_paragraph&first_in_previous{colon}"] = 1.0
        if ref == last_speaker:
            f["opens_paragraph&last_speaker"] = 1.0
    if q.cue.word in ("he", "she") and kind == "person":
        f[f"cue_pronoun&sex:{_agreement(person_sex(ctx, ref), q.cue.word)}"] = 1.0
    if DOCUMENT_ANAPHOR.search(q.near_text):
        f[f"document_anaphor&type:{kind}"] = 1.0
    body_anaphor = _BODY_ANAPHOR.search(q.near_text) if kind == "body" else None
    if body_anaphor is not None:
        kinds = BODY_ANAPHORS[body_anaphor.group("noun").lower()]
        fits = entity is not None and (None in kinds or entity.kind_label in kinds)
        f[f"body_anaphor&{'fits' if fits else 'other'}"] = 1.0
    if kind == "person" and ROLE_ANAPHOR.search(q.near_text):
        f[f"role_anaphor&{'holder' if ref in holders else 'other'}"] = 1.0
    return f


def _named_before(ctx: SpeakerContext, art: _Article, q: _Quote, b: _Named) -> Features:
    """Where the candidate's last name before the quote stands: in the quote's sentence, as a possessive, opening
    its sentence; and what stands between it and the quote."""
    f: dict[str, float] = {}
    body = ctx.body
    if b.end > q.before[0]:
        f["in_sentence_before"] = 1.0
        if _POSSESSIVE.match(body, b.end):
            f["possessive_before"] = 1.0
        if not _WORD.search(body, q.sentence_start, b.start) or b.start - q.sentence_start < 4:
            f["sentence_initial_before"] = 1.0
    if (b.start, b.ref) in art.initial:
        f["subject_before"] = 1.0
    f.update(_between(ctx, art, b.end, q.open_at, b.ref))
    return f


def _unnamed(ctx: SpeakerContext, q: _Quote, near: int) -> dict[str, float]:
    """The features of "unnamed": the quote's cue, how many candidates are named in its sentence, its length, and
    whether the verb's subject is indefinite ("one manager said")."""
    words = len(ctx.body[q.open_at:q.after].split())
    f = {UNNAMED: 1.0, f"{UNNAMED}&cue:{q.cue.where}": 1.0, f"{UNNAMED}&cue_word:{q.cue.word}": 1.0,
         f"{UNNAMED}&named_near:{_bucket(near, COUNTS)}": 1.0, f"{UNNAMED}&words:{_bucket(words, (3, 8, 30))}": 1.0}
    if q.previous is not None:
        f[f"{UNNAMED}&opens_paragraph"] = 1.0
    if q.cue.where != "none":
        body = ctx.body
        subject = body[q.behind[0]:q.behind[1]].lstrip(" ,") if q.cue.where.startswith("after") \
            else body[q.before[0]:q.cue.start].split(",")[-1]
        if UNNAMED_SOURCE.match(subject):
            f[f"{UNNAMED}&indefinite_subject"] = 1.0
    return f


def _agreement(sex: str | None, pronoun: str) -> str:
    return "same" if sex == pronoun else "unknown" if sex is None else "other"


def _reported(ctx: SpeakerContext, art: _Article, ref: EntityRef, open_at: int, after: int) -> Features:
    """How many sentences before or after the quote the entity is last or next a reporting verb's subject."""
    f: dict[str, float] = {}
    at = art.reporting.get(ref, [])
    i = bisect_left(at, open_at)
    starts = ctx.sentences.starts
    if i > 0:
        gap = bisect_right(starts, open_at) - bisect_right(starts, at[i - 1])
        f[f"reported_before:sentences{_bucket(gap, COUNTS)}"] = 1.0
    j = bisect_left(at, after)
    if j < len(at):
        gap = bisect_right(starts, at[j]) - bisect_right(starts, after)
        f[f"reported_after:sentences{_bucket(gap, COUNTS)}"] = 1.0
    return f


def _kind(ref: EntityRef, art: _Article) -> str:
    if ref in art.governments:
        return "government"
    if ref.kind == "person":
        return "person"
    return "document" if ref.kind in DOCUMENT_KINDS else "body"


def _side(ctx: SpeakerContext, art: _Article, side: str, start: int, end: int, rank: int) -> Features:
    """How far a name stands from the quote on one side: characters, sentences, paragraphs, and its rank among
    the names on that side."""
    sentences = bisect_right(ctx.sentences.starts, end) - bisect_right(ctx.sentences.starts, start)
    paragraphs = bisect_left(art.paragraph_breaks, end) - bisect_left(art.paragraph_breaks, start)
    return {f"{side}:chars{_bucket(end - start, CHARS)}": 1.0,
            f"{side}:sentences{_bucket(sentences, COUNTS)}": 1.0,
            f"{side}:paragraphs{_bucket(paragraphs, COUNTS)}": 1.0,
            f"{side}:rank{_bucket(rank, COUNTS)}": 1.0}


def _between(ctx: SpeakerContext, art: _Article, start: int, end: int, ref: EntityRef) -> Features:
    """What stands between a name and the quote after it: other names, pronouns (agreeing or not with the name's
    sex), descriptions ("the report", "the charity")."""
    i = bisect_left(art.named, (start,), key=lambda n: (n.start,))
    others = {n.ref for n in art.named[i:] if n.start < end and n.ref != ref}
    f: dict[str, float] = {f"others_between:{_bucket(len(others), COUNTS)}": 1.0}
    if end - start > 2 * WINDOW:
        return f
    text = ctx.body[start:end]
    sex = person_sex(ctx, ref) if ref.kind == "person" else None
    for m in _PRONOUN.finditer(text):
        if not art.outside(start + m.start()):
            continue
        word = m.group().lower()
        if word in ("he", "she"):
            f[f"pronoun_between&sex:{_agreement(sex, word)}"] = 1.0
        else:
            f[f"pronoun_between:{word}&type:{ref.kind == 'person'}"] = 1.0
    if DOCUMENT_ANAPHOR.search(text):
        f["document_anaphor_between"] = 1.0
    if _BODY_ANAPHOR.search(text):
        f["body_anaphor_between"] = 1.0
    return f


def _subject_of_cue(art: _Article, cue: _Cue, ref: EntityRef, before: tuple[int, int], behind: tuple[int, int]
                    ) -> Features:
    """Whether the name is the one next to the quote's reporting verb on its subject side: "…,” said X" / "…,” X
    said" / "X said: “…”" / "according to X: “…”", with no other name between."""
    if cue.where == "none":
        return {}
    if cue.where == "after_verb_first":
        lo, hi = cue.end, min(cue.end + NEAR, behind[1])
        i = bisect_left(art.named, (lo,), key=lambda n: (n.start,))
        first = next((n for n in art.named[i:] if n.start < hi), None)
        return {"cue_subject": 1.0, f"cue_subject&{cue.where}": 1.0} if first is not None and first.ref == ref else {}
    lo = behind[0] if cue.where == "after_subject_first" else before[0]
    i = bisect_left(art.named, (cue.start,), key=lambda n: (n.start,)) - 1
    while i >= 0 and art.named[i].end > cue.start:
        i -= 1
    last = art.named[i] if i >= 0 and art.named[i].start >= max(lo, cue.start - NEAR) else None
    if last is not None and last.ref == ref:
        return {"cue_subject": 1.0, f"cue_subject&{cue.where}": 1.0}
    if cue.where == "before":
        i = bisect_left(art.named, (cue.end,), key=lambda n: (n.start,))
        first = art.named[i] if i < len(art.named) and art.named[i].start < min(cue.end + NEAR, before[1]) else None
        if first is not None and first.ref == ref:
            return {"cue_object": 1.0}
    return {}


class Quoted(Protocol):
    """A passage in quotation marks (`quotes.Passage`): where its marks stand."""

    open_at: int

    @property
    def after(self) -> int: ...


def decide(ctx: SpeakerContext, passage: Quoted, found: Attribution) -> Attribution:
    """The rules' attribution; where they found none at all (no speaker and no reporting verb: a speaker they
    declined, "…,” said one manager", "described as “…”", stays unnamed), the model's best candidate, unless that is
    "unnamed", below the model's threshold or `unlikely`. The quote keeps its own evidence sentence and offsets."""
    if found.speaker is not None or found.cue is not None:
        return found
    model = load(MODEL)
    found_here = candidates(ctx, passage.open_at, passage.after)
    scored = [(model.probability(f), i, ref, f) for i, (ref, f) in enumerate(found_here)]
    _, _, best, features = max(scored, key=lambda t: (t[0], -t[1]))
    if best is None or not model.accepts(features) or unlikely(best, features, found_here[-1][1]):
        return found
    return Attribution(best, found.cue, found.start, found.end, found.spokesperson)


def unlikely(best: EntityRef, features: Features, unnamed: Features) -> bool:
    """Picks the model may not make (`features` the pick's, `unnamed` those of "unnamed", which describe the
    quote): a person for words inside a sentence with no reporting verb (a person's words without one stand as a
    paragraph of their own; "There is now a plan to “end the care cliff for good”" is no one's), or anyone but the
    subject of a reporting verb next to the quote ("…, according to Jo Ade" is never the document named before,
    when the rules did not know Jo Ade)."""
    return best.kind == "person" and f"{UNNAMED}&opens_paragraph" not in unnamed \
        or f"{UNNAMED}&cue:none" not in unnamed and "cue_subject" not in features
