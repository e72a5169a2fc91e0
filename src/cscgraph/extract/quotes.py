"""Passages in quotation marks and who said them.

What counts as a quote: a passage in curly or straight double quotes, or curly single quotes used as quotation
marks, of at least `MIN_QUOTE_WORDS` words; shorter ones of two words or more right after a label cue ("described it
as “window dressing”") or in reported speech ("BASW warned this could create a “postcode lottery”"), never a quoted
term with neither ("relying on a few ‘super foster families’"); outside headings
(short paragraphs without closing punctuation: subheads, captions), and not a title ("a report titled “…”",
"so-called “project teams”"). Other short fragments are scare quotes.

Quote text and span are the words inside the marks, without a trailing comma, colon or semicolon that belongs to
the attribution ("“…a positive step,” said X" → "…a positive step"); `evidence` is the sentence(s) from the
quote to its attribution.

Multi-paragraph quotes: news copy opens each continuing paragraph with a quotation mark and closes only the last.
Each paragraph's piece is its own Quote, with the speaker, role and cue of the piece that opened it; likewise a
paragraph that is wholly a quote with no attribution of its own continues the previous paragraph's speaker.

Speakers are found by `speakers` (see there for the order of rules).

Stance: "supports" when the evidence sentence (the quote included) carries a support cue (welcomed, backed,
praised, hailed, "positive step", pleased…) and no opposition cue; "opposes" when it carries an opposition cue
(criticised, warned, disappointed, urged, called on, slammed, concerned, "falls short"…) and no support cue;
None when it carries neither or both. It is the speaker's stance towards what the quote is `about`.

`about`: the policies, measures, statutes, programmes and bodies named in the evidence, except the speaker, the
speaker's organisation and anything inside the attribution phrase ("told Community Care").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from cscgraph.extract.found import Found
from cscgraph.extract.governments import government_references
from cscgraph.extract.patterns.attribution import (BULLET, CLOSING_MARK, CURLY_CLOSE, CURLY_OPEN, DOUBLE_OPEN,
                                                   INTRODUCES_NEXT_PARAGRAPH, LABEL_MODIFIER_AFTER,
                                                   LABEL_MODIFIER_BEFORE, MISSING_CLOSE_ATTRIBUTION, PARAGRAPH_REOPENS,
                                                   NEXT_PARAGRAPH_SPEAKER, ORPHAN_CLOSE_INTRO, QUOTE_MARK,
                                                   SPLIT_QUOTE_INVERTED, LABEL_CUE_BEFORE, MIN_QUOTE_WORDS,
                                                   OPPOSE_CUES, SINGLE_CLOSE, SINGLE_OPEN, POSSESSIVE_OR_CLOSE, SURE_SINGLE_CLOSE, SPEECH_VERB_RE, STRAIGHT,
                                                   SUPPORT_CUES, TITLE_OR_LABEL_BEFORE,
                                                   TRAILING_ATTRIBUTION_PUNCTUATION, CLOSING_PUNCTUATION,
                                                   QUOTED_STRETCH, STRAIGHT_SINGLE_CONTINUES, UNNAMED_SOURCE, SENTENCE_GOES_ON,
                                                   REPORTED_MODIFIER_BEFORE, STRAIGHT_SINGLE_ENDS, SINGLE_CLOSE_AT_END,
                                                   DOUBLE_CLOSE_AT_END, COORDINATED_QUOTE,
                                                   WRONG_WAY_OPEN, WRONG_WAY_OPEN_LATER, DETERMINER_BEFORE, PASSIVE_AGENT, SIGNED_QUOTE,
                                                   PAGE_FURNITURE, FURNITURE_WORDS, CREDIT_LINE_WORDS, RELATED_LINK,
                                                   BLOCK_QUOTE_INTRO, FIRST_PERSON,
                                                   RUN_ON_QUOTE_INTRO, DOCUMENT_ANAPHOR, REPUBLISHED_FROM,
                                                   INSPECTION_GRADE, CITATION_PARAGRAPH)
from cscgraph.extract.patterns.documents import TITLE_ACTS_AFTER
from cscgraph.extract.sentences import SentenceIndex
from cscgraph.extract.speaker_ranker import decide
from cscgraph.extract.speakers import (Attribution, SpeakerContext, after_quote, before_quote, joint_speakers,
                                      last_reported_speaker, named_after, office_holder, relative_document,
                                      subject_of, words_owner)
from cscgraph.models import DOCUMENT_KINDS, Article, EntityRef, Evidence, Membership, Quote, Span

__all__ = ["attribute_quotes", "quoted_passages", "Passage"]

ABOUT_KINDS = frozenset({"policy", "measure", "statute", "programme", "organisation"})


@dataclass(frozen=True)
class Passage:
    """Text between quotation marks: `start`/`end` of the words, `open_at`/`close_at` of the marks."""

    start: int
    end: int
    open_at: int
    close_at: int | None
    paragraph: int
    block: bool = False
    """A paragraph of a block quote set without marks (see `_block_quotes`)."""

    @property
    def after(self) -> int:
        return self.close_at + 1 if self.close_at is not None else self.end


def attribute_quotes(article: Article, sentences: SentenceIndex, found: Found) -> tuple[Quote, ...]:
    """Quotes with speakers, roles, cues, topics and stance, in text order.

    >>> from cscgraph.extract.sentences import split_sentences
    >>> a = Article(title="t", paragraphs=("“We need more money now,” she said.",), source="x")
    >>> [q.text for q in attribute_quotes(a, split_sentences(a.body), Found())]
    ['We need more money now']
    """
    body = article.body
    passages = quoted_passages(article)
    ctx = SpeakerContext(body, sentences, list(found.mentions), {e.ref: e for e in found.entities},
                         government_references(article), [(p.open_at, p.after) for p in passages], [],
                         found.memberships)
    quotes: list[Quote] = []
    previous: tuple[Passage, Attribution] | None = None
    headline = _headline_paragraph(article)
    for passage in passages:
        if _is_furniture(article.paragraphs[passage.paragraph].strip()):
            continue  # a link to another story, "READ MORE: Minister hits out at ‘charter for greed’", quotes none here
        continuing = _own_speaker_first(ctx, sentences, passage, _continues(article, passage, previous))
        if _is_heading(article, passage.paragraph) and (
                continuing is None or len(body[passage.start:passage.end].split()) < MIN_QUOTE_WORDS) \
                and (passage.paragraph != headline or _repeated(body, passage, passages)) \
                and not _continues_sentence(article, passage) and not _runs_off_the_page(body, passage):
            continue  # a short last piece of a quote over several paragraphs is no subhead, unless a mere stub

        if continuing is None and (not _is_speech(body, passage) or _names_a_document_or_measure(ctx, passage)):
            continue
        attribution = continuing or decide(ctx, passage, office_holder(ctx, _attribute(article, sentences, ctx, passage,
                                                                                       passages)))
        if passage.block and attribution.speaker is not None and attribution.speaker.kind in DOCUMENT_KINDS:
            continue  # a document's text set as a block is left to the document rules
        if attribution.speaker is not None:
            ctx.spoken.append((passage.start, attribution.speaker))
        quotes.append(_quote(body, sentences, found, passage, attribution))
        quotes += [_quote(body, sentences, found, passage, replace(attribution, speaker=other))
                   for other in joint_speakers(ctx, attribution)]
        previous = (passage, attribution)
    return tuple(_echo_speakers(article, headline, quotes))


def quoted_passages(article: Article) -> list[Passage]:
    """Every passage in quotation marks, per paragraph; an unclosed one runs to its paragraph's end."""
    out: list[Passage] = []
    body = article.body
    for index, (start, text) in enumerate(zip(article.paragraph_starts, article.paragraphs)):
        doubles = _double_quoted(text)
        out += [Passage(start + s, start + e, start + o, None if c is None else start + c, index)
                for o, s, e, c in doubles]
        for m in SINGLE_OPEN.finditer(text):
            if any(o <= m.start() < (c if c is not None else len(text)) for o, _, _, c in doubles):
                continue
            close = _single_close(text, m)
            if close and not any(o <= close.start() < (c or len(text)) for o, _, _, c in doubles):
                out.append(Passage(start + m.end(), start + close.start(), start + m.start(), start + close.start(),
                                   index))
            elif close is None and (not text[:m.start()].strip()
                                    or INTRODUCES_NEXT_PARAGRAPH.search(text, 0, m.start())):
                # British copy: a quote paragraph, or a quote after "said:", opened with ‘ and closed only at the
                # quote's last paragraph.
                out.append(Passage(start + m.end(), start + len(text), start + m.start(), None, index))
        if out and out[-1].paragraph == index - 1 and out[-1].close_at is None and out[-1].open_at >= 0 \
                and not any(p.paragraph == index and p.open_at == start for p in out) \
                and body[out[-1].open_at] == "‘" and STRAIGHT_SINGLE_CONTINUES.match(text):
            # The same quote continued with a straight mark, as copy typed on two keyboards has it: ‘… / '…'
            close = STRAIGHT_SINGLE_ENDS.search(text)
            end = close.start() if close else len(text)
            out.append(Passage(start + 1, start + end, start, start + end if close else None, index))
    out = _spanning(article, out) + _block_quotes(article)
    return sorted((_trimmed(article.body, p) for p in out), key=lambda p: p.open_at)


def _block_quotes(article: Article) -> list[Passage]:
    """Block quotes set without marks after a reporting verb and a colon, as republished releases lose the marks
    with the page's styling ("Jo Ade, chief executive of the charity, said:" / "We are delighted …"; "…, said:This
    grant is …"): the words run on after the colon, with closing punctuation and MIN_QUOTE_WORDS or more, then each
    paragraph after it in the speaker's own voice (FIRST_PERSON), with closing punctuation, no quotation marks and no
    colon of its own at its end nor words of its own run on after one, up to the first that is not, or to one that
    ends with the closing mark the block's opening lost (DOUBLE_CLOSE_AT_END). Not after a document ("The review
    said:")."""
    out: list[Passage] = []
    paragraphs = article.paragraphs
    for index, text in enumerate(paragraphs):
        run_on = RUN_ON_QUOTE_INTRO.search(text)
        if QUOTE_MARK.search(text) or _is_label(text) or not (BLOCK_QUOTE_INTRO.search(text) or run_on) \
                or DOCUMENT_ANAPHOR.match(text.lstrip()):
            continue
        if run_on is not None:
            words = text[run_on.end():].rstrip()
            if len(words.split()) < MIN_QUOTE_WORDS or not CLOSING_PUNCTUATION.search(words):
                continue
            start = article.paragraph_starts[index] + run_on.end()
            out.append(Passage(start, start + len(words), start, None, index, block=True))
        for j in range(index + 1, len(paragraphs)):
            piece = paragraphs[j].strip()
            close = DOUBLE_CLOSE_AT_END.search(paragraphs[j])
            if close is not None and FIRST_PERSON.search(piece) and not QUOTE_MARK.search(paragraphs[j], 0,
                                                                                         close.start()):
                # the block's last paragraph keeps the closing mark its opening lost: "… build on that.”"
                start = article.paragraph_starts[j]
                out.append(Passage(start, start + close.start(), start, start + close.start(), j, block=True))
                break
            if not FIRST_PERSON.search(piece) or QUOTE_MARK.search(piece) or SINGLE_OPEN.match(piece) \
                    or BULLET.match(piece) or INTRODUCES_NEXT_PARAGRAPH.search(piece) or _is_heading(article, j) \
                    or RUN_ON_QUOTE_INTRO.search(piece):
                break  # (another speaker's words run on: "Hayley (aged 18) said: I always feel …")
            start = article.paragraph_starts[j]
            out.append(Passage(start, start + len(paragraphs[j]), start, None, j, block=True))
    return out


def _single_close(text: str, opening: re.Match[str]) -> re.Match[str] | None:
    """The ’ closing a quote opened with ‘: the first one, except that a quote opening its paragraph or following a
    colon passes over a plural possessive ("‘We will keep pushing ministers’ offices to act.’") for a mark that can
    only close, before the next opening one; a quote opened mid-sentence does so only for a mark that closes within a
    word or two ("‘put ahead of youngsters’ wellbeing’, …")."""
    close = SINGLE_CLOSE.search(text, opening.end())
    if close is None or not POSSESSIVE_OR_CLOSE.match(text, close.start()):
        return close
    reopen = SINGLE_OPEN.search(text, close.end())
    stop = reopen.start() if reopen else len(text)
    if text[:opening.start()].strip() and not INTRODUCES_NEXT_PARAGRAPH.search(text, 0, opening.start()):
        # mid-sentence, only a closing mark right after the next word or two: "‘measures put ahead of youngsters’
        # wellbeing’, social workers…"
        stop = min(stop, close.end() + _POSSESSIVE_REACH)
    sure = SURE_SINGLE_CLOSE.search(text, close.end(), stop)
    return sure or close


_POSSESSIVE_REACH = 24
"""How far after a plural possessive inside a quote opened mid-sentence its closing mark may stand."""


def _spanning(article: Article, passages: list[Passage]) -> list[Passage]:
    """Quotes opened once and closed paragraphs later, with no mark at the inner paragraphs' starts (“… / … / …"):
    each inner paragraph becomes a piece continuing the quote, when a closing mark does come before any opening one;
    a straight mark taken for an opening there is the close. A quote opened with a single mark (‘… or '…) closes
    at a paragraph's end (SINGLE_CLOSE_AT_END: "… to us all.’"), its inner paragraphs holding no marks."""
    out = list(passages)
    unclosed = {p.paragraph: p for p in sorted(passages, key=lambda p: p.open_at) if p.close_at is None}
    for index, opened in sorted(unclosed.items()):
        single = article.body[opened.open_at] in "‘'"
        pieces: list[Passage] = []
        for j in range(index + 1, min(index + 9, len(article.paragraphs))):
            start, text = article.paragraph_starts[j], article.paragraphs[j]
            if not text.strip() or text.lstrip()[:1] in (CURLY_OPEN, "‘", "'", STRAIGHT):
                break  # an empty paragraph, or the usual mark at each paragraph's start (see `_continues`)
            mark = QUOTE_MARK.search(text)
            if single and mark is None:
                close = SINGLE_CLOSE_AT_END.search(text)
                end = close.start() if close else len(text)
                pieces.append(Passage(start, start + end, start, start + end if close else None, j))
                if close:
                    out += pieces
                    break
                continue
            if mark is None:
                pieces.append(Passage(start, start + len(text), start, None, j))
                continue
            if not single and CLOSING_MARK.match(text, mark.start()) and text[:mark.start()].strip():
                pieces.append(Passage(start, start + mark.start(), start, start + mark.start(), j))
                out = [p for p in out if not (p.paragraph == j and p.open_at == start + mark.start())] + pieces
            break
    return out


def _double_quoted(text: str) -> list[tuple[int, int, int, int | None]]:
    """(open, start, end, close) of each double-quoted passage in one paragraph."""
    out = []
    i = 0
    first_open, first_close = text.find(CURLY_OPEN), text.find(CURLY_CLOSE)
    if first_close != -1 and (first_open == -1 or first_close < first_open):
        intro = list(ORPHAN_CLOSE_INTRO.finditer(text, 0, first_close))
        close = text.find(CURLY_CLOSE, first_close + 1)
        wrong_way = WRONG_WAY_OPEN.match(text, first_close) is not None
        if wrong_way and close != -1 and (first_open == -1 or close < first_open):
            # a closing mark typed for the opening one: "The report said: ”Children benefit…”"
            out.append((first_close, first_close + 1, close, close))
            i = close + 1
        elif wrong_way and close == -1 and first_open == -1 and not text[:first_close].strip():
            # the same mark opening a quote paragraph that runs on ("Jo Ade said;" / "”We were heard at last. …")
            out.append((first_close, first_close + 1, len(text), None))
            i = len(text)
        elif intro:
            out.append((intro[-1].start(), intro[-1].end(), first_close, first_close))
            i = first_close + 1
    while True:
        mark, wrong = DOUBLE_OPEN.search(text, i), _wrong_way_later(text, i)
        if wrong is not None and (mark is None or wrong < mark.start()):
            # a closing mark typed for the opening one mid-paragraph: "it was”not a given” that…"
            j = text.find(CURLY_CLOSE, wrong + 1)
            out.append((wrong, wrong + 1, j, j))
            i = j + 1
            continue
        if mark is None:
            break
        i = mark.start()
        ch = text[i]
        closer = CURLY_CLOSE if ch == CURLY_OPEN else STRAIGHT
        j = text.find(closer, i + 1)
        if ch == STRAIGHT and j == -1:
            j = text.find(CURLY_CLOSE, i + 1)  # a straight mark closed with a curly one: "a quick return”
        elif ch == STRAIGHT and text[j + 1:j + 2].isupper() and (gap := PARAGRAPH_REOPENS.search(text, i + 1, j)):
            # the next mark stands after a sentence's end and before a capital: it opens the quote's next paragraph,
            # run into this line with its break lost ("…on child protection. "Work will begin at once."), so this
            # piece ends there unclosed and the next continues it
            out.append((i, i + 1, gap.start(), None))
            i = j
            continue
        if ch == CURLY_OPEN:
            # a curly quote closed with a straight mark, as copy typed on two keyboards has it:
            # “…utterly shaming".
            straight = CLOSING_MARK.search(text, i + 1, j if j != -1 else len(text))
            if straight is not None and straight.group() == STRAIGHT \
                    and STRAIGHT not in text[i + 1:straight.start()]:  # not the close of a nested "…"
                j = straight.start()
        reopen = text.find(CURLY_OPEN, i + 1) if ch == CURLY_OPEN else -1
        if reopen != -1 and (j == -1 or reopen < j):
            cut = MISSING_CLOSE_ATTRIBUTION.search(text, i + 1, reopen)
            if cut is not None:
                out.append((i, i + 1, cut.start(), cut.start()))
                i = reopen
                continue
            gap = PARAGRAPH_REOPENS.search(text, i + 1, reopen)
            if gap is not None:
                # one piece a paragraph, as if the break were there; the next piece continues it
                out.append((i, i + 1, gap.start(), None))
                i = reopen
                continue
            after = text.find(CURLY_CLOSE, j + 1) if j != -1 else -1
            if after != -1 and CURLY_OPEN not in text[j + 1:after]:
                # words quoted within the quote in double marks too: “The word “adequate” does not … so good.”
                out.append((i, i + 1, after, after))
                i = after + 1
                continue
            if ch == CURLY_OPEN and _closes_like_a_closer(text, reopen):
                # an opening mark typed for the closing one, right after the last word: “not fit for purpose“. In …
                out.append((i, i + 1, reopen, reopen))
                i = reopen + 1
                continue
            if ch == CURLY_OPEN:
                # a closing mark left out before the next quote opens: “… anybody else “Where we have …”
                out.append((i, i + 1, len(text[:reopen].rstrip()), None))
                i = reopen
                continue
        out.append((i, i + 1, j if j != -1 else len(text), j if j != -1 else None))
        if j == -1:
            break
        i = j + 1
    return out


def _closes_like_a_closer(text: str, at: int) -> bool:
    """True when the opening mark at `at` stands where a closing one does: after a word or punctuation with no space,
    and before a space, punctuation or the end ("…for purpose“. In …")."""
    return at > 0 and not text[at - 1].isspace() and (at + 1 >= len(text) or text[at + 1] in " \t.,;:!?)")


def _wrong_way_later(text: str, i: int) -> int | None:
    """Where a ” after `i` opens a passage (`WRONG_WAY_OPEN_LATER`) that a later ” closes before any “ opens, if
    one does."""
    m = WRONG_WAY_OPEN_LATER.search(text, i)
    if m is None:
        return None
    close, reopen = text.find(CURLY_CLOSE, m.end()), text.find(CURLY_OPEN, m.end())
    return m.start() if close != -1 and (reopen == -1 or close < reopen) else None


def _trimmed(body: str, p: Passage) -> Passage:
    start, end = p.start, p.end
    while start < end and body[start].isspace():
        start += 1
    while end > start and (body[end - 1].isspace() or body[end - 1] in TRAILING_ATTRIBUTION_PUNCTUATION):
        end -= 1
    return replace(p, start=start, end=end)


def _is_heading(article: Article, index: int) -> bool:
    """Subheads and captions: short, one line, no closing full stop (‘We will crack down…’ as a subhead), and no
    signed sentence (“We felt heard.” – Jo Ade)."""
    text = article.paragraphs[index].rstrip(" ”’\"'")
    return len(text.split()) <= 20 and not CLOSING_PUNCTUATION.search(text) and not SIGNED_QUOTE.search(text)


def _runs_off_the_page(body: str, p: Passage) -> bool:
    """True when `p` is never closed and runs, MIN_QUOTE_WORDS words or more, into the end of a text cut short, which
    no subhead does: "Jo Ade said:" / "“We look forward to working again with" (not a stub: "“The growin")."""
    return p.close_at is None and not body[p.end:].strip() and len(body[p.start:p.end].split()) >= MIN_QUOTE_WORDS


def _continues_sentence(article: Article, p: Passage) -> bool:
    """True when `p` is a quotation set as its own paragraph in the middle of a sentence, as Hansard sets them: the
    paragraph before ends without a stop and the quote opens in lower case ("…described by the review as" /
    "“a once in a generation opportunity”" / "the delivery of care.")."""
    index = p.paragraph
    return index > 0 and p.open_at == article.paragraph_starts[index] and article.body[p.start:p.start + 1].islower() \
        and SENTENCE_GOES_ON.search(article.paragraphs[index - 1]) is not None


def _headline_paragraph(article: Article) -> int | None:
    """The paragraph that repeats the article's title, as a page's text opens (after any page furniture)."""
    title = _folded(article.title)
    return next((i for i, text in enumerate(article.paragraphs[:HEADLINE_WITHIN]) if title and _folded(text) == title),
                None)


HEADLINE_WITHIN = 8
"""How many paragraphs from the top the headline may stand after page furniture ("Skip to main content", a caption)."""


def _repeated(body: str, p: Passage, passages: list[Passage]) -> bool:
    """True when the words in `p` are, word for word, a quote of another paragraph: one quote, not two (a headline's
    ‘held to ransom’ that the copy quotes again as “held to ransom”)."""
    words = _folded(body[p.start:p.end])
    return any(q.paragraph != p.paragraph and _folded(body[q.start:q.end]) == words for q in passages)


def _folded(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower().replace("’", "'")).split())


def _echo_speakers(article: Article, headline: int | None, quotes: list[Quote]) -> list[Quote]:
    """A quote that names no speaker of its own takes the speaker of another quote that holds its words: a lead's
    fragment echoing the quote given in full below (“described as a ‘huge amount of money’” … Jo Ade said: “It is
    a huge amount of money.”), the later quote first, else the nearest earlier one. A headline's quote takes only a
    later quote's speaker, and also one whose words, HEADLINE_FRAGMENT_WORDS or more, it holds (headline ‘Councils
    cannot keep paying these prices’; body: she said councils “cannot keep paying these prices”)."""
    start = article.paragraph_starts[headline] if headline is not None else -1
    end = start + len(article.paragraphs[headline]) if headline is not None else -1
    out = []
    for q in quotes:
        words = _folded(q.text)
        if q.speaker is None and start <= q.span.start < end:
            source = next((o for o in quotes if o.span.start >= end and o.speaker is not None
                           and _one_holds_the_other(words, _folded(o.text))), None)
        elif q.speaker is None and len(words.split()) >= 2:
            holders = [o for o in quotes if o is not q and o.speaker is not None and o.span.start >= end
                       and f" {words} " in f" {_folded(o.text)} "]
            source = next((o for o in holders if o.span.start > q.span.start), holders[-1] if holders else None)
        else:
            source = None
        if source is not None:
            q = replace(q, speaker=source.speaker, role=source.role, organisation=source.organisation)
        out.append(q)
    return out


HEADLINE_FRAGMENT_WORDS = 4
"""How many words a later quote needs for a headline quote that holds them to be the same words."""


def _one_holds_the_other(headline: str, later: str) -> bool:
    """True when one folded quote holds the other, the shorter a later quote of HEADLINE_FRAGMENT_WORDS or more."""
    return f" {headline} " in f" {later} " or (len(later.split()) >= HEADLINE_FRAGMENT_WORDS
                                               and f" {later} " in f" {headline} ")


def _is_speech(body: str, p: Passage) -> bool:
    """False for scare quotes, terms and titles; True for reproduced words."""
    before = body[max(0, p.open_at - 60):p.open_at]
    if TITLE_OR_LABEL_BEFORE.search(before) or INSPECTION_GRADE.fullmatch(body, p.start, p.end) \
            or CITATION_PARAGRAPH.match(body, body.rfind("\n", 0, p.open_at) + 1):
        return False
    if body[p.start:p.start + 1].isupper() and body[p.end - 1:p.end] not in ".!?," and TITLE_ACTS_AFTER.match(
            body, p.after):
        return False  # "“A plan for childhood vulnerability” argues for …": a title acting as its document
    words = body[p.start:p.end].split()
    if LABEL_MODIFIER_BEFORE.search(before) and LABEL_MODIFIER_AFTER.match(body[p.after:p.after + 12]) \
            and not (REPORTED_MODIFIER_BEFORE.search(before) and body[p.start:p.start + 1].islower()) \
            and LABEL_CUE_BEFORE.search(before) is None:
        return False
    if len(words) >= MIN_QUOTE_WORDS:
        return not _title_case(words)
    if len(words) < 2:
        return False  # a single quoted word is a label, whatever cue stands before it (ANNOTATION.md)
    if LABEL_CUE_BEFORE.search(before) is not None:
        return True
    return not _title_case(words) and _reported(body, p)


def _names_a_document_or_measure(ctx: SpeakerContext, p: Passage) -> bool:
    """True when the passage is a document's title the article names there, in whatever case the copy writes it:
    "the strategy, ‘Stable homes built on love’, …" (a title is no quote, ANNOTATION.md), or the name of a measure or
    programme it names there: "the emphasis on ‘family help’" is a label."""
    text = ctx.body[p.start:p.end].strip(" ,.;:")
    return any((m.entity.kind in DOCUMENT_KINDS or m.entity.kind in ("measure", "programme"))
               and ctx.body[m.span.start:m.span.end].strip(" ,.;:") == text
               for m in ctx.within(p.start, p.end))


def _reported(body: str, p: Passage) -> bool:
    """True when the quote stands in reported speech: a reporting verb in its sentence, outside quotation marks,
    before it ("BASW warned this could create a “postcode lottery”") or after it ("Ministers must “rocket boost”
    fostering, the commissioner said")."""
    stop = body.rfind(". ", 0, p.open_at)
    start = max(stop + 2 if stop != -1 else 0, body.rfind("\n", 0, p.open_at) + 1)  # "According to…" opening the text
    stops = [i for i in (body.find(". ", p.after), body.find("\n", p.after)) if i != -1]
    end = min(stops) if stops else len(body)
    clause = QUOTED_STRETCH.sub(" ", body[start:p.open_at] + " " + body[p.after:end])
    return SPEECH_VERB_RE.search(clause) is not None


def _title_case(words: list[str]) -> bool:
    """Document titles: every word of four letters or more capitalised ("Keeping Children Safe"; a year or number
    in it is no word: "State of the Sector 2024")."""
    long_words = [w for w in words if len(w.strip("‘’'\",.:;")) >= 4 and not w.strip("‘’'\",.:;")[:1].isdigit()]
    return bool(long_words) and len(words) <= 12 and all(w.strip("‘’'\"")[:1].isupper() for w in long_words)


def _continues(article: Article, p: Passage, previous: tuple[Passage, Attribution] | None) -> Attribution | None:
    """The previous piece's attribution when `p` opens its paragraph and continues an unclosed quote, also across
    page furniture between them ("Advertisement", "Most Read")."""
    if previous is None or p.open_at != article.paragraph_starts[p.paragraph]:
        return None
    last, attribution = previous
    if last.paragraph == _story_paragraph_before(article, p.paragraph) and last.close_at is None:
        return attribution
    return None


def _own_speaker_first(ctx: SpeakerContext, sentences: SentenceIndex, p: Passage,
                       continuing: Attribution | None) -> Attribution | None:
    """No continuation when the piece names another speaker right after its close: an unclosed quote, then
    “…,” said treasurer Jo Ade."""
    if continuing is None or p.close_at is None:
        return continuing
    own = after_quote(ctx, p.after, sentences.at(p.close_at).end)
    if own is not None and own.speaker is not None and own.cue and own.speaker != continuing.speaker \
            and _verb_first(ctx.body, p.after, own):
        return None
    return continuing


def _story_paragraph_before(article: Article, index: int) -> int:
    """The paragraph before paragraph `index`, past page furniture ("Advertisement", "Most Read"): a page's own
    words set between paragraphs of a story, a few words with no punctuation, or a link to another story ("READ MORE:
    …"); -1 before the first paragraph."""
    previous = index - 1
    while previous > 0 and _is_furniture(article.paragraphs[previous].strip()):
        previous -= 1
    return previous


def _is_furniture(paragraph: str) -> bool:
    return len(paragraph.split()) <= FURNITURE_WORDS and PAGE_FURNITURE.fullmatch(paragraph) is not None \
        or RELATED_LINK.fullmatch(paragraph) is not None


def _relative_document_before(ctx: SpeakerContext, passages: list[Passage], p: Passage, sentence_start: int
                              ) -> Attribution | None:
    """The document of an earlier quote of the sentence whose relative clause it was, when no reporting verb stands
    between that quote and this one: "the report which stated there had “…” and cases of “…”" are both the report's."""
    earlier = [q for q in passages if sentence_start <= q.open_at and q.after <= p.open_at]
    if not earlier or SPEECH_VERB_RE.search(ctx.body, earlier[-1].after, p.open_at):
        return None
    return relative_document(ctx, sentence_start, earlier[-1].open_at)


def _attribute(article: Article, sentences: SentenceIndex, ctx: SpeakerContext, p: Passage,
               passages: list[Passage]) -> Attribution:
    body = article.body
    first, last = sentences.at(p.open_at), sentences.at(max(p.open_at, p.after - 1))
    clause_start = max([first.start] + [q.after for q in passages if first.start <= q.after <= p.open_at])
    following = [q.open_at for q in passages if p.after <= q.open_at <= last.end]
    post_end = min(following) if following else last.end
    if _continues_sentence(article, p):
        # the sentence the quotation continues is the paragraph before's last: its attribution is there
        end = article.paragraph_starts[p.paragraph - 1] + len(article.paragraphs[p.paragraph - 1].rstrip())
        found = before_quote(ctx, sentences.at(end - 1).start, end)
        if found is None or found.speaker is None:
            found = subject_of(ctx, sentences.at(end - 1).start, end)
        if found is not None and found.speaker is not None:
            return found
    owned = words_owner(ctx, first.start, p.open_at) or relative_document(ctx, clause_start, p.open_at) \
        or _relative_document_before(ctx, passages, p, first.start)
    if owned is not None:
        # "Nicky Morgan’s assertion that ‘…’": hers, whoever reports it; "the report which concludes, ‘…’": the report's
        return owned
    own = before_quote(ctx, clause_start, p.open_at)
    if p.close_at is not None:
        found = after_quote(ctx, p.after, post_end)
        if found is not None and found.speaker is not None and found.cue and _verb_first(body, p.after, found):
            return found
    split = [q for q in passages if first.start <= q.after <= p.open_at and q.close_at is not None
             and SPLIT_QUOTE_INVERTED.match(body[q.after:p.open_at])]
    if split:
        found = after_quote(ctx, split[-1].after, p.open_at)
        if found is not None and found.speaker is not None:
            return found
    if own is not None and own.speaker is not None:
        return own
    # a sentence the splitter began inside an earlier quote ("Jo Ade said: “We wait. It hurts,” adding: “…”") is
    # read from the sentence that quote opened in
    opened = min([first.start] + [sentences.at(q.open_at).start for q in passages if q.open_at < first.start < q.after])
    before = before_quote(ctx, opened, p.open_at)
    if before is not None and before.speaker is not None:
        return before
    if p.close_at is not None:
        found = after_quote(ctx, p.after, post_end)
        if found is not None and found.speaker is not None:
            return found
        if found is not None and found.cue is not None and UNNAMED_SOURCE.match(body, found.start):
            return found  # “…,” said one manager: an unnamed source, never the person named before
        found = _shared_attribution(ctx, passages, p, last.end)
        if found is not None:
            return found
    if before is not None:
        # A reporting word used as an adjective ("One of the stated aims of the Bill is to “…”"): the actor or
        # document named between it and the quote; a verb that names nobody leaves the quote unnamed (its object
        # is no speaker: "Sarah, who asked not to be named, told the BBC: “…”").
        if DETERMINER_BEFORE.search(body, max(clause_start, before.end - 12), before.end):
            return subject_of(ctx, before.end, p.open_at) or before
        agent = PASSIVE_AGENT.match(body, p.after, post_end)
        if agent is not None:
            # "The plans were welcomed as “a step forward” by the Sector Forum": the agent speaks
            found = named_after(ctx, agent.end(), post_end)
            return Attribution(found.speaker, before.cue, found.start, found.end) if found is not None else before
        return before
    found = _paragraph_intro(article, sentences, ctx, p)
    if found is not None:
        return found
    found = _next_paragraph_speaker(article, ctx, p)
    if found is not None:
        return found
    found = _continuation(article, ctx, p)
    if found is not None:
        return found
    earlier = [q for q in passages if q.paragraph == p.paragraph and q.after <= p.open_at]
    opener = ctx.opening_thing(first.start, p.open_at) if earlier else None
    if opener is not None:
        # the sentence's own subject, a body or document, before the paragraph's earlier speaker ("Jo Ade said:
        # “…” The association's evidence shows how … creating a “stealth tax”")
        return Attribution(opener, None, p.open_at, p.open_at)
    if earlier and ctx.spoken and ctx.spoken[-1][0] == earlier[-1].start:
        return Attribution(ctx.spoken[-1][1], None, p.open_at, p.open_at)
    found = subject_of(ctx, clause_start, p.open_at)
    if found is not None:
        return found
    # "Cllr Jo Ade agreed. “We have a carer on the team who …” with short notice.": the last speaker of the paragraph
    found = last_reported_speaker(ctx, article.paragraph_starts[p.paragraph], first.start)
    return Attribution(found.speaker, None, p.open_at, p.open_at) if found is not None \
        else Attribution(None, None, p.open_at, p.open_at)


def _shared_attribution(ctx: SpeakerContext, passages: list[Passage], p: Passage, end: int) -> Attribution | None:
    """The attribution after the next quote of the sentence, when a few lower-case words and no reporting verb join
    the two (COORDINATED_QUOTE): "Children “make exceptional progress” and it “enhances their life chances”,
    inspectors have found."."""
    later = [q for q in passages if p.after <= q.open_at < end]
    if not later or later[0].close_at is None or not COORDINATED_QUOTE.fullmatch(ctx.body, p.after, later[0].open_at):
        return None
    following = [q.open_at for q in later[1:]]
    found = after_quote(ctx, later[0].after, following[0] if following else end)
    return found if found is not None and found.speaker is not None and found.cue is not None else None


def _verb_first(body: str, after: int, found: Attribution) -> bool:
    return found.start > after and not body[after:found.start].strip(" ,.").count(" ") > 0


def _paragraph_intro(article: Article, sentences: SentenceIndex, ctx: SpeakerContext, p: Passage
                     ) -> Attribution | None:
    """A quote opening its paragraph after one ending in a colon: "In a statement, the ADCS said:", also across
    section labels ("On funding:") between them."""
    index = p.paragraph
    if BULLET.match(article.paragraphs[index]):
        while index > 0 and BULLET.match(article.paragraphs[index - 1]):
            index -= 1
    elif p.open_at != article.paragraph_starts[index]:
        return None
    if index == 0:
        return None
    intro_end = article.paragraph_starts[index - 1] + len(article.paragraphs[index - 1].rstrip())
    owned = words_owner(ctx, sentences.at(intro_end - 1).start, intro_end)
    if owned is not None:
        return owned  # "Her response was blunt:" is the owner's intro, no section label
    source = REPUBLISHED_FROM.match(article.paragraphs[index - 1])
    if source is not None:
        # "From the LGA website." / “…”: the republished text is the body's
        at = article.paragraph_starts[index - 1]
        named = [m.entity for m in ctx.within(at + source.start("source"), at + source.end("source"))
                 if m.entity.kind == "organisation"]
        if named:
            return Attribution(named[0], None, p.open_at, p.open_at)
    labels = index - 1
    while labels > 0 and _is_label(article.paragraphs[labels]):
        labels -= 1
    if labels < index - 1:
        # A speech in sections ("On child poverty:"): the section continues the speaker of the quote before it.
        start = article.paragraph_starts[labels]
        if ctx.spoken and start <= ctx.spoken[-1][0] < article.paragraph_starts[labels + 1]:
            return Attribution(ctx.spoken[-1][1], None, p.open_at, p.open_at)
    prior = article.paragraphs[labels]
    if not INTRODUCES_NEXT_PARAGRAPH.search(prior):
        return None
    end = article.paragraph_starts[labels] + len(prior)
    return before_quote(ctx, sentences.at(end - 1).start, end)


def _is_label(paragraph: str) -> bool:
    """A section label introducing what follows, with no reporting verb: "On child poverty:"."""
    return len(paragraph.split()) <= 8 and INTRODUCES_NEXT_PARAGRAPH.search(paragraph) is not None \
        and SPEECH_VERB_RE.search(paragraph) is None


def _next_paragraph_speaker(article: Article, ctx: SpeakerContext, p: Passage) -> Attribution | None:
    """A paragraph that is wholly a quote, named by the next one: “…” / "Those were the words of Nadia Hussain, …"."""
    index = p.paragraph
    start = article.paragraph_starts[index]
    if p.open_at != start or p.after < start + len(article.paragraphs[index].rstrip()) \
            or index + 1 >= len(article.paragraphs):
        return None
    following = article.paragraph_starts[index + 1]
    m = NEXT_PARAGRAPH_SPEAKER.match(article.paragraphs[index + 1])
    if m is None:
        return _credit_line(article.paragraphs[index + 1], following, ctx, p)
    return named_after(ctx, following + m.end(), following + len(article.paragraphs[index + 1]))


def _credit_line(paragraph: str, start: int, ctx: SpeakerContext, p: Passage) -> Attribution | None:
    """The speaker a credit line names under a quote set as its own paragraph: "Jo Ade, chair of the Northby Forum"
    (a person's name opening a short line that ends no sentence)."""
    if len(paragraph.split()) > CREDIT_LINE_WORDS or CLOSING_PUNCTUATION.search(paragraph.rstrip()):
        return None
    opener = [m for m in ctx.within(start, start + len(paragraph)) if m.span.start == start]
    if not opener or opener[0].entity.kind != "person":
        return None
    return Attribution(opener[0].entity, None, p.open_at, p.open_at)


def _continuation(article: Article, ctx: SpeakerContext, p: Passage) -> Attribution | None:
    """A paragraph that is wholly an unattributed quote continues the previous paragraph's speaker: the one who
    spoke there, else the subject of its last reporting verb ("Wardell says she is excited…"), else the first person
    named in its last sentence that names one. Page furniture between the two ("Advertisement") is skipped."""
    start = article.paragraph_starts[p.paragraph]
    previous = _story_paragraph_before(article, p.paragraph)
    if p.open_at != start or previous < 0:
        return None
    previous_start = article.paragraph_starts[previous]
    if ctx.spoken and previous_start <= ctx.spoken[-1][0] < start:
        return Attribution(ctx.spoken[-1][1], None, p.open_at, p.open_at)
    previous_end = previous_start + len(article.paragraphs[previous])
    found = last_reported_speaker(ctx, previous_start, previous_end)
    if found is not None:
        return Attribution(found.speaker, None, p.open_at, p.open_at)
    people = [m for m in ctx.before(previous_end) if m.span.start >= previous_start and m.entity.kind == "person"]
    if not people:
        return None
    # the subject of the last sentence naming a person, not a person it names later: "Starmer gave in response to a
    # question from Stephen Flynn …" / "“…,” the prime minister replied" is Starmer's
    last = ctx.sentences.at(people[0].span.start)
    subject = min((m for m in people if m.span.start >= last.start), key=lambda m: m.span.start)
    return Attribution(subject.entity, None, p.open_at, p.open_at)


def _quote(body: str, sentences: SentenceIndex, found: Found, p: Passage, a: Attribution) -> Quote:
    lo, hi = min(p.open_at, a.start), max(p.after, a.end)
    evidence = sentences.covering(lo, hi)
    role, organisation = _capacity(found.memberships, a, evidence)
    return Quote(text=body[p.start:p.end], span=Span(p.start, p.end, body[p.start:p.end]), evidence=evidence,
                 speaker=a.speaker, role=role, organisation=organisation,
                 about=_about(found, evidence, a, organisation), stance=_stance(evidence.text), cue=a.cue)


def _capacity(memberships: tuple[Membership, ...], a: Attribution, evidence: Evidence
              ) -> tuple[str | None, EntityRef | None]:
    """The role and body the speaker holds as the article gives it: stated in the quote's evidence, else the first
    one the article states (its introduction of the speaker, usually the capacity they speak in)."""
    if a.speaker is None:
        return None, None
    if a.spokesperson and a.speaker.kind == "organisation":
        return "spokesperson", a.speaker
    held = [m for m in memberships if m.person == a.speaker and m.evidence.start <= evidence.end]
    if not held:
        held = [m for m in memberships if m.person == a.speaker]
    if not held:
        return None, None
    here = [m for m in held if evidence.start <= m.evidence.start <= evidence.end]
    if not here:
        # The introduction: the sentence that first gives a role, read the same way as a stated one, so every quote
        # of one speaker gets one capacity ("The study's lead author, Jo Ade, a professor of social work, …").
        first = min(m.evidence.start for m in held)
        here = [m for m in held if m.evidence.start == first]
    pick = here[-1]
    return pick.role, pick.organisation


def _about(found: Found, evidence: Evidence, a: Attribution, organisation: EntityRef | None) -> tuple[EntityRef, ...]:
    out: list[EntityRef] = []
    for m in found.mentions:
        if m.entity.kind not in ABOUT_KINDS or m.entity in (a.speaker, organisation) or m.entity in out:
            continue
        if a.cue and m.span.text.lower() in a.cue.lower():
            continue
        if evidence.start <= m.span.start and m.span.end <= evidence.end and not (a.start <= m.span.start < a.end):
            out.append(m.entity)
    return tuple(out)


def _stance(text: str):
    supports, opposes = SUPPORT_CUES.search(text) is not None, OPPOSE_CUES.search(text) is not None
    if supports == opposes:
        return None
    return "supports" if supports else "opposes"
