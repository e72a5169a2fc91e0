"""A synthetic corpus of children's social care news, at any size, deterministic by seed.

    python bench/generate.py --articles 10000 --seed 1 --out bench/out/corpus-10k

Writes the formats `cscgraph ingest` reads, in many files, one file at a time (the corpus is never held in memory):

- flattened Community Care RSS dumps like `corpus/000_*.txt` (channel line, marker, item headers with link,
  comments link, RFC-822 date and `?p=` guid, excerpt, `]]>`, body, `]]>`, trailer line);
- RSS 2.0 XML feeds with `content:encoded` bodies;
- plain-text articles with a `Title:/URL:/Published:/Publisher:` header block.

Every sentence comes from the templates below (our own wording), filled with invented but real-looking people,
roles and bodies, the curated bodies, documents and measures of `ontology/reference/`, quotes in several house
styles, money amounts with periods and purposes, and lineage sentences between the care review, Stable Homes,
Keeping Children Safe, Helping Families Thrive, the Children's Wellbeing and Schools Bill and their measures, so
that extraction does real work. About 1% of articles appear twice (the same text in two feeds), and about 0.5%
appear again later with revised text, which exercises the pipeline's duplicate rule.

Article `i` depends only on (seed, i), so any article can be regenerated alone (`article(seed, i)`), which the
query benchmark uses to pick parameters.
"""

from __future__ import annotations

import argparse
import html
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

# --- the cast --------------------------------------------------------------------------------------------------

FIRST_NAMES = (
    "Andy", "Sarah", "Rachael", "Josh", "Annie", "Isabelle", "Mark", "Jess", "Bridget", "Janet", "Nigel", "Ruth",
    "Katharine", "Dame Rachel", "Steve", "Helen", "John", "Anne", "Lucy", "Kevin", "Jenny", "Alison", "Matthew",
    "Claire", "Imran", "Priya", "Olusegun", "Siobhan", "Gareth", "Fiona", "Tom", "Harriet", "Nadia", "Carl",
    "Deborah", "Yvonne", "Marcus", "Aisha", "Hannah", "Lord", "Patrick", "Eleanor", "Rob", "Margaret", "Dylan",
    "Chloe", "Ravi", "Bernadette", "Sean", "Gemma", "Ian", "Zoe", "Mohammed", "Alan", "Naomi", "Derek", "Sian",
)
SURNAMES = (
    "Smith", "Thomas", "Wardell", "MacAlister", "Hudson", "Trowler", "Phillips", "Phillipson", "Daby", "Jones",
    "Kirkman", "Oldfield", "Williams", "Ahmed", "Patel", "Okafor", "Murphy", "Hughes", "Campbell", "Bennett",
    "Clarke", "Edwards", "Fletcher", "Gallagher", "Hamilton", "Iqbal", "Jackson", "Kaur", "Lawrence", "Morgan",
    "Nolan", "O'Brien", "Price", "Quinn", "Rahman", "Shaw", "Turner", "Underwood", "Vaughan", "Walsh", "Young",
    "Barker", "Chowdhury", "Doyle", "Ellis", "Foster", "Grant", "Holloway", "Ibrahim", "Jenkins", "Kemp", "Lowe",
    "Mensah", "Newton", "Osei", "Parry", "Reid", "Sullivan", "Taylor", "Webb", "Adeyemi", "Booth", "Crane",
)
# Councils named in the copy; "Surrey County Council", "Leeds City Council".
COUNCILS = (
    "Surrey County Council", "Leeds City Council", "Kent County Council", "Essex County Council",
    "Birmingham City Council", "Manchester City Council", "Lincolnshire County Council", "Hertfordshire County Council",
    "Norfolk County Council", "Devon County Council", "Hackney Council", "Camden Council", "Wigan Council",
    "Stockport Council", "North Yorkshire Council", "Cornwall Council", "Hampshire County Council",
    "Nottinghamshire County Council", "Bristol City Council", "Sheffield City Council", "Derbyshire County Council",
    "Tower Hamlets Council", "Croydon Council", "Lambeth Council", "Sunderland City Council",
)
# Curated bodies (ontology/reference/bodies.ttl) with the acronym the copy uses where it has one.
BODIES = (
    ("the Association of Directors of Children's Services", "ADCS"),
    ("the Local Government Association", "LGA"),
    ("the British Association of Social Workers", "BASW"),
    ("Social Work England", None),
    ("the National Association of Fostering Providers", "NAFP"),
    ("the Children's Homes Association", "CHA"),
    ("Become", None),
    ("Adoption UK", None),
    ("the Family Rights Group", None),
    ("Action for Children", None),
    ("the NSPCC", None),
    ("Barnardo's", None),
    ("The Children's Society", None),
    ("the National Children's Bureau", "NCB"),
    ("Foundations", None),
    ("the Child Safeguarding Practice Review Panel", None),
    ("Unison", None),
    ("the Social Workers Union", "SWU"),
    ("the Children's Charities Coalition", None),
    ("the Competition and Markets Authority", "CMA"),
    ("the National Audit Office", "NAO"),
    ("Ofsted", None),
)
# Roles at bodies and councils: "ADCS president Andy Smith", "chief executive of Become".
BODY_ROLES = ("president", "chief executive", "director of policy", "chair", "head of policy",
              "vice-president", "policy lead", "national director", "professional officer", "chief social worker")
COUNCIL_ROLES = ("director of children's services", "principal social worker", "cabinet member for children",
                 "assistant director for safeguarding", "head of children's social care")
MINISTER_ROLES = ("children's minister", "education secretary", "safeguarding minister", "shadow education secretary")

# Documents, statutes and measures in reference data, with the short names the copy uses.
REVIEW = ("the Independent Review of Children's Social Care", "the care review", "the 2021-22 care review",
          "the MacAlister review")
STABLE_HOMES = ("Stable Homes, Built on Love", "the Stable Homes, Built on Love strategy", "Stable Homes")
KCSHFT = ("Keeping Children Safe, Helping Families Thrive", "the Keeping Children Safe, Helping Families Thrive "
          "policy paper")
BILL = ("the Children's Wellbeing and Schools Bill", "the bill")
MEASURES = ("family help", "multi-agency child protection teams", "regional care co-operatives", "Staying Close",
            "kinship allowances", "regional fostering recruitment hubs", "family group decision making",
            "the profit cap", "the financial oversight regime", "the unique child identifier",
            "the Early Career Framework", "the Child Protection Authority", "agency social work rules",
            "lead child protection practitioners", "the corporate parenting duty", "kinship care leave")
TOPICS = ("kinship care", "foster care", "children's homes", "care leavers", "child protection",
          "early help", "the social work workforce", "residential care", "adoption", "youth justice",
          "special educational needs", "family hubs", "unaccompanied children", "agency staffing")

# --- sentence templates ------------------------------------------------------------------------------------------
# Slots: {person} full name, {surname}, {role}, {org}, {acronym}, {council}, {measure}, {topic}, {amount},
# {period}, {purpose}, {review}, {stable}, {kcshft}, {bill}, {n}, {pct}, {year}.

LEADS = (
    "The government has announced plans to overhaul {topic}, in reforms set out today.",
    "Councils in England have warned that spending on {topic} is outstripping their budgets.",
    "{org_cap} has called for urgent action on {topic} after a rise in referrals.",
    "Ofsted has raised concerns about {topic} in its latest annual report.",
    "Ministers have confirmed that {measure} will be rolled out across England from next year.",
    "A report has found that {pct}% of councils are struggling to recruit staff for {topic}.",
)
CONTEXT = (
    "The number of children in care in England rose to {n} last year, according to official figures.",
    "The Department for Education (DfE) said the changes would be introduced through {bill}.",
    "Councils have faced rising demand for {topic}, with many reporting overspends.",
    "Practitioners said the pressures on {topic} had grown since the pandemic.",
    "The plans also include changes to {measure} and to how councils commission {topic}.",
    "Social workers responding to a survey said caseloads in {topic} remained too high.",
    "The reforms will be tested in {n_small} areas before being rolled out nationally.",
    "The consultation on the proposals closes in {month}.",
    "{council} said it had already begun work on {measure}.",
    "Sector bodies have long argued that investment in {topic} would reduce costs later on.",
)
LINEAGE = (
    "This continues the agenda set out in {stable}, which was itself based on the recommendations of {review}.",
    "{measure_cap} was proposed by {review} and set out in {stable}.",
    "{bill_cap} builds on {kcshft}.",
    "{kcshft} draws on {stable}.",
    "{measure_cap} was first proposed in {review}.",
    "{measure_cap} was set out in {kcshft}.",
    "{review_cap} recommended {measure}.",
    "{measure_cap} came out of {stable}.",
    "The government is adopting {review_possessive} recommendation of {measure}.",
    "{measure_cap}, as recommended by {review}, will be legislated for in {bill}.",
)
FUNDING = (
    "The DfE has allocated {amount} for {purpose} in {period}.",
    "The government will invest {amount} over the next {years} years to {purpose_verb}.",
    "{council} received {amount} in {period} for {purpose}.",
    "Ministers said {amount} would be provided to {purpose_verb}, backed by {org}.",
    "{review_cap} called for {amount} to be invested in {purpose} over four years.",
    "Councils would need an extra {amount} a year to {purpose_verb}, {org} said.",
    "The spending review set aside {amount} for {measure} from 2026 to 2028.",
    "The programme is funded by {amount} from the Treasury in {period}.",
)
QUOTE_TEXTS = (
    "We welcome the government's commitment to {topic}, but the funding falls far short of what is needed",
    "Children and families cannot wait any longer for the reforms they were promised",
    "This is a positive step, and we look forward to working with ministers on {measure}",
    "Councils are doing everything they can, but demand for {topic} is rising faster than our budgets",
    "We are deeply concerned that {measure} will not reach the families who need it most",
    "The evidence is clear that early support for families keeps children safe and at home",
    "Social workers tell us every day that caseloads are unmanageable",
    "Without sustained investment in {topic}, these plans risk becoming another missed opportunity",
    "We urge the government to set out a clear timetable for {measure}",
    "It is vital that the voices of children in care are heard as these changes are made",
    "There is a real risk of a postcode lottery unless {measure} is properly funded",
    "We are pleased that ministers have listened to the sector on {topic}",
)
# Attribution house styles. {q} is the quoted text without closing punctuation.
QUOTE_STYLES = (
    "“{q},” said {org_short} {role} {person}.",
    "“{q},” {person}, {role} at {org}, said.",
    "{person}, {role} of {org}, said: “{q}.”",
    "“{q},” {pronoun} added.",
    "{org_cap} said in a statement: “{q}.”",
    "{person} told Community Care: “{q}.”",
    "\"{q},\" said {person}, {role} at {org}.",
    "Speaking to MPs, {person} said: “{q}.”",
    "“{q},” warned {person}, {role} at {council}.",
    "{minister_role_cap} {person} told the House of Commons: “{q}.”",
)
HEADLINES = (
    "{org_short} warns over {topic} funding gap",
    "Government unveils plans for {measure}",
    "Councils call for clarity on {measure} as demand for {topic} rises",
    "Ofsted raises concerns over {topic} in {council} area",
    "Sector divided over {measure} in {bill_short}",
    "{pct}% of councils struggling to recruit for {topic}, survey finds",
    "Ministers confirm {amount} for {purpose}",
    "What {kcshft_short} means for {topic}",
)
BACKGROUND = (
    "The latest figures show that {pct}% of referrals to children's social care were re-referrals within a year.",
    "Councils spent more on children's social care last year than at any point in the past decade, the figures show.",
    "The workforce census found that the vacancy rate for children's social workers stood at {pct_small}%.",
    "Inspectors judged {n_small} councils' children's services inadequate over the past year.",
    "The number of children placed more than 20 miles from home has also risen, the data shows.",
    "Practitioners have told Community Care that thresholds for support have risen in many areas.",
    "The proportion of children's homes run by private providers has grown steadily since 2015.",
    "Family hubs are now open in {n_small} council areas, according to the DfE.",
)
SUBHEADINGS = ("Funding concerns", "What the plans mean for councils", "Sector reaction", "Next steps",
               "Workforce pressures", "Reaction from charities")
CLOSERS = (
    "The DfE said it would publish its response later this year.",
    "{org_cap} will set out its own proposals in the coming months.",
    "A DfE spokesperson said the department was working closely with councils.",
    "The legislation is expected to complete its passage through Parliament next year.",
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
PURPOSES = ("kinship and foster care", "family help services", "the recruitment of foster carers",
            "children's homes", "care leavers' support", "multi-agency child protection teams",
            "early intervention", "the social work workforce")
PURPOSE_VERBS = ("recruit more foster carers", "expand family help", "support kinship carers",
                 "roll out family hubs", "train social workers", "open new children's homes")

START = datetime(2019, 1, 1, tzinfo=timezone.utc)
SPAN_DAYS = 6 * 365
PUBLISHERS = (("Community Care", "https://www.communitycare.co.uk"),
              ("Children & Young People Now", "https://www.cypnow.co.uk"),
              ("Professional Social Work", "https://www.basw.co.uk/psw"))
DUPLICATE_EVERY = 97      # article i with i % 97 == 0 is written again, unchanged, in a later file
REVISED_EVERY = 199       # article i with i % 199 == 0 is written again later with revised text and a later date


@dataclass(frozen=True)
class Person:
    name: str
    surname: str
    role: str
    org: str          # as the copy names it, e.g. "the Association of Directors of Children's Services"
    org_short: str    # "ADCS", or the name without "the"
    pronoun: str


@dataclass(frozen=True)
class SyntheticArticle:
    index: int
    headline: str
    url: str
    guid: str
    published: datetime
    publisher: str
    excerpt: str
    paragraphs: tuple[str, ...]
    people: tuple[str, ...]   # speakers quoted, by name


def cast(seed: int, size: int = 3000) -> list[Person]:
    """The people the corpus quotes: the same for a seed, whatever the corpus size."""
    rng = random.Random(f"cast-{seed}")
    people: dict[str, Person] = {}
    while len(people) < size:
        first, last = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
        name = f"{first} {last}"
        if name in people:
            name = f"{first} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
            if name in people:
                continue
        pronoun = "she" if first in ("Sarah", "Rachael", "Annie", "Isabelle", "Jess", "Bridget", "Janet", "Ruth",
                                     "Katharine", "Dame Rachel", "Helen", "Anne", "Lucy", "Jenny", "Alison",
                                     "Claire", "Priya", "Siobhan", "Fiona", "Harriet", "Nadia", "Deborah",
                                     "Yvonne", "Aisha", "Hannah", "Eleanor", "Margaret", "Chloe", "Bernadette",
                                     "Gemma", "Zoe", "Naomi", "Sian") else "he"
        kind = rng.random()
        if kind < 0.55:
            org, acronym = rng.choice(BODIES)
            role = rng.choice(BODY_ROLES)
            short = acronym or org.removeprefix("the ")
        elif kind < 0.95:
            org = short = rng.choice(COUNCILS)
            role = rng.choice(COUNCIL_ROLES)
        else:
            org, short, role = "the Department for Education", "DfE", rng.choice(MINISTER_ROLES)
        people[name] = Person(name, last, role, org, short, pronoun)
    return list(people.values())


def _amount(rng: random.Random) -> str:
    style = rng.random()
    if style < 0.4:
        return f"£{rng.choice((2, 5, 12, 15, 27, 36, 44, 45, 82, 120, 200, 250, 500))}m"
    if style < 0.6:
        return f"£{rng.choice((1.2, 2, 2.6, 3.4, 5))}bn"
    if style < 0.85:
        return f"£{rng.choice((10, 16, 45, 200, 300))} million"
    return f"£{rng.randrange(100, 999)},000"


def _period(rng: random.Random, year: int) -> str:
    y = rng.choice((year - 1, year, year + 1))
    return f"{y}-{(y + 1) % 100:02d}"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def article(seed: int, index: int, people: list[Person], revision: int = 0) -> SyntheticArticle:
    """Article `index` of the corpus for `seed` (`revision` 1 is its later, revised copy)."""
    rng = random.Random(f"{seed}-{index}")
    first_published = START + timedelta(days=rng.randrange(SPAN_DAYS), seconds=rng.randrange(86_400))
    published = first_published + timedelta(days=2, hours=3) if revision else first_published
    year = published.year
    # A Zipf-like pick of speakers: a few people are quoted in many articles, most in few.
    speakers = [people[min(len(people) - 1, int(rng.paretovariate(1.1)) - 1)] if rng.random() < 0.3
                else rng.choice(people) for _ in range(rng.randint(2, 6))]
    topic, measure = rng.choice(TOPICS), rng.choice(MEASURES)
    council = rng.choice(COUNCILS)
    org_name, org_acr = rng.choice(BODIES)

    def fill(template: str, **extra: str) -> str:
        review = rng.choice(REVIEW)
        values = dict(
            topic=topic, measure=measure, measure_cap=_cap(measure), council=council, org=org_name,
            org_cap=_cap(org_name), review=review, review_cap=_cap(review),
            review_possessive=f"{review}’s" if not review.endswith("review") else f"{review}’s",
            stable=rng.choice(STABLE_HOMES), kcshft=rng.choice(KCSHFT), bill=BILL[0], bill_cap=_cap(BILL[0]),
            n=f"{rng.randrange(80_000, 84_000):,}", n_small=str(rng.randrange(3, 20)), month=rng.choice(MONTHS),
            pct=str(rng.randrange(20, 90)), pct_small=str(rng.randrange(8, 25)), org_short=org_acr or org_name,
            bill_short="the Children's Wellbeing and Schools Bill", kcshft_short="Keeping Children Safe", amount=_amount(rng), period=_period(rng, year),
            years=rng.choice(("two", "three", "four")), purpose=rng.choice(PURPOSES),
            purpose_verb=rng.choice(PURPOSE_VERBS))
        values.update(extra)
        return template.format(**values)

    paragraphs = [fill(rng.choice(LEADS))]
    for _ in range(rng.randint(3, 6)):
        paragraphs.append(fill(rng.choice(CONTEXT)) + " " + fill(rng.choice(BACKGROUND)))
    paragraphs.append(fill(rng.choice(LINEAGE)) + " " + fill(rng.choice(CONTEXT)))
    for number, speaker in enumerate(speakers):
        if number == 1:
            paragraphs.append(rng.choice(SUBHEADINGS))
        style = rng.choice(QUOTE_STYLES if number else QUOTE_STYLES[:3] + QUOTE_STYLES[4:])
        quote = fill(rng.choice(QUOTE_TEXTS))
        if revision:
            quote = quote.replace("We ", "We strongly ", 1) if quote.startswith("We ") else "Again, " + quote
        paragraphs.append(fill(style, q=quote, person=speaker.name, role=speaker.role, org=speaker.org,
                               org_short=speaker.org_short, pronoun=speaker.pronoun,
                               minister_role_cap=_cap(speaker.role)))
        if rng.random() < 0.5:
            paragraphs.append(fill(rng.choice(FUNDING)))
        if rng.random() < 0.6:
            paragraphs.append(fill(rng.choice(BACKGROUND)) + " " + fill(rng.choice(CONTEXT)))
    if rng.random() < 0.5:
        paragraphs.append(fill(rng.choice(LINEAGE)))
    paragraphs.append(fill(rng.choice(CLOSERS)))
    if revision:
        paragraphs.append("This article was updated to include a response from the DfE.")
    headline = _cap(fill(rng.choice(HEADLINES)))
    slug = "-".join("".join(c for c in w if c.isalnum()) for w in headline.lower().split())[:80].strip("-")
    publisher, site = PUBLISHERS[0] if index % 10 else PUBLISHERS[1]
    date_path = first_published.strftime("%Y/%m/%d")  # a revised copy keeps its URL
    url = f"{site}/{date_path}/{slug}-{index}/"
    return SyntheticArticle(index=index, headline=headline, url=url, guid=f"{site}/?p={100000 + index}",
                            published=published, publisher=publisher, excerpt=paragraphs[0][:200] + "…",
                            paragraphs=tuple(paragraphs), people=tuple(s.name for s in speakers))


# --- writers ---------------------------------------------------------------------------------------------------

FLAT_MARKER = "极速赛车168最新开奖号码"


def write_flat_rss(items: list[SyntheticArticle], tag: str) -> str:
    """A flattened Community Care tag feed (see corpus/README.md) holding `items`."""
    built = format_datetime(max(i.published for i in items))
    lines = [f"{FLAT_MARKER} {tag} Archives - Community Care http://www.communitycare.co.uk/tag/"
             f"{tag.lower().replace(' ', '-')}/ Social Work News & Social Care Jobs {built} en-GB hourly 1 "
             f"https://wordpress.org/?v=6.7.2 "]
    for n, item in enumerate(items):
        comments = f" {item.url}#comments" if n % 3 else ""
        header = f"{FLAT_MARKER} {item.headline} {item.url}{comments} {format_datetime(item.published)} {item.guid}"
        if n == 0:
            lines[0] += header
        else:
            lines.append(header)
        lines.append(item.excerpt)
        lines.append("]]>")
        lines.append("")
        lines.append("\n\n".join(item.paragraphs))
        lines.append("]]>")
        lines.append(f"{item.url}feed/ {n % 7} https://www.communitycare.co.uk/files/2024/11/image-{item.index}.jpg "
                     f"Community Care Picture of a family at home (photo: Adobe Stock)")
    return "\n".join(lines) + "\n"


def write_rss_xml(items: list[SyntheticArticle], tag: str) -> str:
    """An RSS 2.0 feed with full `content:encoded` bodies."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/">',
           f"<channel><title>{html.escape(tag)} Archives - Children &amp; Young People Now</title>",
           "<link>https://www.cypnow.co.uk/</link><description>News</description><language>en-GB</language>"]
    for item in items:
        body = "".join(f"<p>{html.escape(p)}</p>" for p in item.paragraphs)
        out.append(f"<item><title>{html.escape(item.headline)}</title><link>{item.url}</link>"
                   f"<pubDate>{format_datetime(item.published)}</pubDate>"
                   f'<guid isPermaLink="false">{item.guid}</guid>'
                   f"<description><![CDATA[{item.excerpt}]]></description>"
                   f"<content:encoded><![CDATA[{body}]]></content:encoded></item>")
    out.append("</channel></rss>")
    return "\n".join(out) + "\n"


def write_plain_text(item: SyntheticArticle) -> str:
    """One article with a `Title:/URL:/Published:/Publisher:` header block."""
    return (f"Title: {item.headline}\nURL: {item.url}\nPublished: {item.published.isoformat()}\n"
            f"Publisher: {item.publisher}\n\n" + "\n\n".join(item.paragraphs) + "\n")


def corpus_items(seed: int, articles: int) -> Iterator[SyntheticArticle]:
    """Every item in file order: each article once, plus its duplicate and revised copies a little later."""
    people = cast(seed)
    later: list[tuple[int, SyntheticArticle]] = []
    for i in range(articles):
        yield article(seed, i, people)
        if i and i % DUPLICATE_EVERY == 0:
            later.append((i + 40, article(seed, i, people)))
        if i and i % REVISED_EVERY == 0:
            later.append((i + 60, article(seed, i, people, revision=1)))
        while later and later[0][0] <= i:
            yield later.pop(0)[1]
    for _, item in later:
        yield item


def generate(out: Path, articles: int, seed: int = 1, per_feed: int = 25) -> int:
    """Write the corpus under `out` (created); returns the number of files written."""
    out.mkdir(parents=True, exist_ok=True)
    files = 0
    batch: list[SyntheticArticle] = []
    kind = 0

    def flush() -> None:
        nonlocal files, kind, batch
        if not batch:
            return
        folder = out / f"{files // 1000:04d}"
        folder.mkdir(exist_ok=True)
        tag = TOPICS[files % len(TOPICS)]
        if kind % 3 == 0:
            (folder / f"{files:06d}_flat.txt").write_text(write_flat_rss(batch, tag), encoding="utf-8")
            files += 1
        elif kind % 3 == 1:
            (folder / f"{files:06d}_feed.xml").write_text(write_rss_xml(batch, tag), encoding="utf-8")
            files += 1
        else:
            for item in batch:
                folder = out / f"{files // 1000:04d}"
                folder.mkdir(exist_ok=True)
                (folder / f"{files:06d}_article.txt").write_text(write_plain_text(item), encoding="utf-8")
                files += 1
        kind += 1
        batch = []

    for item in corpus_items(seed, articles):
        batch.append(item)
        # plain-text batches are short: one file per article
        if len(batch) >= (per_feed if kind % 3 != 2 else 5):
            flush()
    flush()
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, required=True, help="distinct articles to write")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True, help="folder to write (created)")
    parser.add_argument("--per-feed", type=int, default=25, help="items per feed file")
    args = parser.parse_args(argv)
    files = generate(args.out, args.articles, args.seed, args.per_feed)
    print(f"wrote {args.articles} articles in {files} files under {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
