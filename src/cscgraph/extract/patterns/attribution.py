"""Patterns that find quoted passages and the words that attribute them to a speaker.

Each constant carries an example of the copy it matches. `quotes` and `speakers` hold the logic; nothing there
spells a regex or a cue word.
"""

from __future__ import annotations

from cscgraph.extract.patterns import fast_re as re

from cscgraph.extract.patterns import compiled
from cscgraph.extract.patterns.people import BODY_ANAPHORS, PARTICIPLE, ROLE_PHRASE, TITLE

# ---------------------------------------------------------------------------------------------------------------
# Quotation marks

# Curly double quotes, the house style of the corpus: “We will crack down on…,” she added.
CURLY_OPEN, CURLY_CLOSE = "“", "”"
# Straight double quotes, used by some feeds and by hand-written copy: "It is a positive step," said Smith.
STRAIGHT = '"'
# A mark that may open a double-quoted passage (the scan of a paragraph skips to the next one).
DOUBLE_OPEN = re.compile(f"[{CURLY_OPEN}{STRAIGHT}]")
# Curly single quotes used as quotation marks (‘tried and tested’) rather than apostrophes (children’s): an
# opening ‘ after a space, bracket or line start, and a closing ’ not followed by a letter.
# Straight single marks serve as quotation marks in the same places, in copy typed without curly ones ("said: 'We
# are delighted…'", "Children's services 'stuck in crisis mode'"): an opening ' before a letter, a closing one after
# a letter or punctuation; an apostrophe inside a word (children's, don't) is neither.
SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))(?:‘|'(?=[A-Za-z]))")
SINGLE_CLOSE = re.compile(r"’(?![A-Za-z])|(?<=[\w.,!?;:…])'(?![A-Za-z0-9])")
# A closing ’ that may be a plural possessive inside the quote ("We’ll keep pushing ministers’ offices to act.’"),
# and one that can only close: after punctuation, or before punctuation or the paragraph's end.
POSSESSIVE_OR_CLOSE = re.compile(r"(?<=s)[’'](?=\s+[a-z])")
SURE_SINGLE_CLOSE = re.compile(r"(?<=[.,!?;:…])[’']|(?<=\S)[’'](?=[.,!?;:…)]|\s*$)")
# A paragraph continuing a quote opened with ‘ in the paragraph before, with a straight mark instead: "said:
# ‘Services are stuck in crisis." / "'Costs keep rising.'" — its opening mark, and its closing one at the end.
STRAIGHT_SINGLE_CONTINUES = re.compile(r"^'(?=[A-Z])")
STRAIGHT_SINGLE_ENDS = re.compile(r"(?<=[.!?,…])'\s*$")
# A single mark closing a quote at its paragraph's end, after the sentence's closing punctuation: "… to us all.’"
# (an apostrophe inside the words never stands there).
SINGLE_CLOSE_AT_END = re.compile(r"(?<=[.!?…])[’']\s*$")
# The same for a double mark: "… build on that.”"
DOUBLE_CLOSE_AT_END = re.compile(r"(?<=[.!?…])[”\"]\s*$")
# A closing curly mark typed where the opening one belongs: after a space or colon and before a word ("The report
# said: ”Children benefit…”").
WRONG_WAY_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(]))”(?=[A-Za-z0-9‘'])")
# The same mark later in a paragraph, once the passages before it are closed, glued to the word before it or not
# ("it had a “very good relationship”, it was”not a given” that…"): it opens a passage where another ” closes it.
WRONG_WAY_OPEN_LATER = re.compile(r"(?<=[\sA-Za-z(])”(?=[A-Za-z0-9‘'])")
# Any double quotation mark, and one that closes: a ” or a straight " after a word or punctuation and before a space,
# punctuation or the end ("…for all children." ends a quote opened paragraphs earlier).
QUOTE_MARK = re.compile(r"[“”\"]")
CLOSING_MARK = re.compile(r"”|(?<=[\w.,!?;:…])\"(?=[\s.,;:!?)]|$)")

# Trailing punctuation that belongs to the attribution sentence, not the speaker: “…a positive step,” said X.
TRAILING_ATTRIBUTION_PUNCTUATION = ",;:"

# ---------------------------------------------------------------------------------------------------------------
# Reporting verbs and cues

# Reporting verbs, in every tense the copy uses: said, says, added, told, warned, urged… "she added",
# "Smith urged ministers to set out…", "the report found a “systemic flaw”".
SPEECH_VERBS = (
    "said", "says", "say", "saying", "added", "adds", "adding", "told", "tells", "telling", "warned", "warns",
    "warning", "explained", "explains", "stated", "states", "wrote", "writes", "writing", "argued", "argues",
    "claimed", "claims", "insisted", "insists", "stressed", "stresses", "noted", "notes", "commented", "comments",
    "responded", "replied", "continued", "continues", "concluded", "concludes", "urged", "urges", "urging",
    "called for", "calls for", "calling for", "called on", "calls on", "calling on", "pledged", "pledges",
    "promised", "promises", "described", "describes", "describing", "welcomed", "welcomes", "welcoming", "criticised",
    "criticises", "acknowledged", "acknowledges", "admitted", "admits", "announced", "announces", "suggested",
    "suggests", "highlighted", "highlights", "found", "finds", "revealed", "reveals", "confirmed", "confirms",
    "agreed", "agrees", "cautioned", "predicted", "branded", "dubbed", "labelled", "hailed", "praised",
    "slammed", "condemned", "questioned", "asked", "believes", "believed", "recommended", "recommends",
    "committed", "commits", "vowed", "vows", "accused", "expressed", "raised concerns", "set out", "sets out",
    "states", "declared", "reported", "reports", "estimated", "pointed out", "recognised", "acknowledging",
    "emphasised", "emphasises", "indicated", "indicates", "proposed", "proposes", "according to",
    # the bare form after "to" or a modal, or of a plural subject: "leading him to warn", "will argue", "did not
    # say", "the charities call for"
    "warn", "tell", "argue", "claim", "insist", "stress", "urge", "explain", "admit", "suggest", "describe",
    "call for", "call on",
    # the -ing form after "with" or a comma: "…, with the council insisting it had “moved quickly”", "…, arguing
    # that" (not "reassuring", an adjective as often: "this information is reassuring:")
    "insisting", "arguing", "claiming", "stressing", "explaining", "admitting", "noting", "stating", "conceding",
    "emphasising", "reassured", "reassures",
    # the -ing form of "reassure" only before what is said, never the adjective: "…, with council chiefs reassuring
    # they “moved quickly”" (not "this information is reassuring:")
    "reassuring that", "reassuring they", "reassuring residents", "reassuring parents",
    # a point granted or a memory told: "He conceded there are still “…”", "“…,” Jo Ade recounted", "she recalls:"
    "conceded", "concedes", "recalled", "recalls", "recounted", "recounts",
    # a claim made firmly: "Phillipson asserted that the government was “going further”"
    "asserted", "asserts", "asserting",
    # "the National Children's Bureau has issued the following statement:"
    "issued", "issues",
    # reasons someone gives: "resigned from her post, citing “personal reasons”"
    "citing", "cited", "cites",
    # "Jo Ade has called out private providers for making “excessive profits”", "hit out at the “shambolic” rollout"
    "called out", "calls out", "calling out", "hit out at", "hits out at", "hitting out at",
    # "Dr Jo Hill spoke of the ‘massive risk’ posed by…"
    "spoke of", "spoke about", "speaks of", "speaks about", "talked of", "talked about", "talks of", "talks about",
    # a course argued for: "The report advocates help for councils to ‘take back control’", "advocating a new
    # system “based primarily on …”"
    "advocated", "advocates", "advocating", "advocate",
    # a speaker's next point, the subject before "went on": "Jo Ade went on to add that it was “…”", "he went on to
    # say that the agencies were “…”" ("went on to add a “second storey”" adds no words)
    "went on to say", "goes on to say", "went on to add that", "goes on to add that",
    # cues whose speaker follows: "to quote again from the report:", "quoting the minister", "in the words of Jo Ade"
    "to quote", "quoting", "in the words of",
)
SPEECH_VERB = r"(?<![\w-])(?:" + "|".join(re.escape(v).replace(r"\ ", r"\s+")
                                         for v in sorted(SPEECH_VERBS, key=len, reverse=True)) + r")(?![\w-])"
# Any reporting verb in a clause: "Phillipson said the care system was “bankrupting councils…”".
SPEECH_VERB_RE = re.compile(SPEECH_VERB, re.IGNORECASE)
# What joins two quotes of one sentence that share the attribution after the second: "“…” and it “…”,
# inspectors found", "“…” and “…”, she said", "“…” in the home, which also “…”": a few lower-case words, no
# reporting verb.
COORDINATED_QUOTE = re.compile(rf"(?!.*(?i:{SPEECH_VERB}))[\s,]*(?:[a-z][\w’'-]*[\s,]+){{0,8}}")

# The attribution right after a closing quote, inverted: “…,” said ADCS president Andy Smith.
# / “…,” added chief executive Sarah Thomas. / “…,” according to Ravi Bhatt, a family law barrister. / “…,”
# admitted the minister. / “…?” asked Jo Ade.
AFTER_QUOTE_VERB_FIRST = re.compile(
    rf"^\s*[,.?!]?\s*(?P<cue>said|says|added|adds|continued|continues|went\s+on|warned|warns|explained|explains|"
    rf"argued|argues|concluded|insisted|insists|wrote|writes|stressed|urged|noted|notes|commented|replied|responded|"
    rf"admitted|admits|asked|asks|claimed|claims|conceded|acknowledged|agreed|recalled|recalls|remarked|observed|"
    rf"suggested|confirmed|pointed\s+out|according\s+to)\s+(?P<who>[^.;:“”\"]*)")
# A document named at the end of the quote's sentence as its source: "… are in a “worsening doom-spiral” when it comes
# to children’s social care, according to a new report." (group `who` to the end of the sentence; read only when it
# names a document).
AFTER_QUOTE_ACCORDING = re.compile(r"^[^.;:“”\"\n]{0,120}?,\s+according\s+to\s+(?P<who>[^.;:“”\"\n]*)")
# The attribution of a testimonial, after a dash: “We felt listened to for the first time.” – Jo Ade, kinship carer
# / “…” — Sam Lee, Northby Council. A name, then nothing or a comma and a description, to the end of the sentence.
AFTER_QUOTE_DASH = re.compile(r"^\s*(?:[–—]|-(?=\s))\s*(?P<who>[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|de|van|von|of|for|"
                              r"the|and|&))*(?:,[^;:“”\"\n]*)?)[\s.]*$")
# A paragraph that is a whole sentence in quotation marks signed after a dash is a quote, not a subhead: “We felt
# listened to for the first time.” – Jo Ade
SIGNED_QUOTE = re.compile(r"[.!?…][”’\"]\s*(?:[–—]|-\s)\s*[A-Z]")
# Cues whose speaker follows them even before the quote: "According to Dr Ann Lee, a lecturer at Kent, the
# change “will not save money”.", "to quote from the report:", "in the words of the minister, “…”".
SPEAKER_AFTER_CUE = re.compile(r"^(?:according\s+to|to\s+quote|quoting|in\s+the\s+words\s+of)$", re.IGNORECASE)
# An attribution set in commas with its verb first, between an opening phrase and the quote: "Worse, says the report,
# “…”", "As a result, adds the charity, “…”" (group `who`; matched from the verb's end to the opening mark, the text
# before the verb ending in a comma).
INVERTED_BEFORE_QUOTE = re.compile(r"\s+(?P<who>[^,.;:“”\"]{2,80}?),\s*$")
COMMA_BEFORE_VERB = re.compile(r",\s*$")
INVERTING_VERBS = frozenset({"said", "says", "added", "adds", "warned", "warns", "noted", "notes", "argued", "argues",
                             "continued", "continues", "concluded", "concludes", "stated", "states"})
# The words between two pieces of one split quote, an inverted attribution: “Nobody wants this,” said Hussain,
# “but here we are.” The second piece has the first one's speaker.
SPLIT_QUOTE_INVERTED = re.compile(r"^\s*,?\s*(?:said|says|added|adds|continued|went\s+on)\s+[^.;:“”\"]{1,120},\s*$")
# The end of a paragraph whose sentence goes on in the next one, a quotation set apart: "…described by the review
# as" / "“a once in a generation opportunity”" (a lower-case word or a comma, no stop).
SENTENCE_GOES_ON = re.compile(r"[a-z,]\s*$")
# A paragraph that is wholly a quote, whose speaker the next paragraph names: “We are running to stand still.”
# / Those were the words of Nadia Hussain, … ; “…” / That is the view of Ade Bankole, … ;
# So says (said) Jo Reed.
# / an attribution set as its own paragraph: “…” / "said Cathy Ashley, chief executive of Family Rights Group."
# The noun that makes a quote someone's, with its "of": "the words of", "the view of", "the verdict of".
WORDS_OF = r"(?:words|view|views|verdict|message|warning|assessment|conclusion|plea|opinion|experience)\s+of"
NEXT_PARAGRAPH_SPEAKER = re.compile(
    rf"^(?:(?:Those|These|That|This|Such)\s+(?:are|were|is|was)\s+(?:the\s+)?{WORDS_OF}|So\s+(?:says|said)|"
    r"Or\s+so\s+(?:says|said)|(?:said|says|added|adds|explained|warned|according\s+to))\s+")
# The same naming in the quote's own sentence, after a comma or dash: “There is a lot of work to be done,” - the
# words of councillor Jo Ade yesterday as … / “…”, the verdict of the chief inspector, Sam Lee.
AFTER_QUOTE_WORDS_OF = re.compile(rf"^\s*[,.]?\s*(?:[–—-]\s*)?(?:(?:those|these|that|this)\s+(?:are|were|is|was)\s+)?"
                                  rf"the\s+{WORDS_OF}\s+(?P<who>[^.;:“”\"]*)", re.IGNORECASE)
# Who a speaker tells: a name in capitals ("Community Care", "the BBC", "Sky News"), the House or its members, a
# meeting or hearing, or a pronoun. The name must be capitalised even where the pattern ignores case.
AUDIENCE = (r"(?-i:(?:the\s+)?[A-Z][\w&’'.-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&’'.-]*){0,4})|MPs|peers|us|me|reporters|"
            r"journalists|inspectors|the\s+(?:committee|meeting|inquiry|conference|audience|court|hearing|tribunal|"
            r"panel|chamber)")
# The attribution right after a closing quote, subject first: “…,” she added. / “…,” the Children's
# Charities Coalition said. / “…,” Phillipson told MPs. / “…,” she told Community Care.
# A conjunction opening the words after the quote starts a clause of its own, which attributes nothing before it:
# "Jo Ade said the cuts were “reckless”, while Sam Lee said they were “overdue”", "Ofsted is considering a “full
# criminal investigation” after the council admitted …".
AFTER_QUOTE_SUBJECT_FIRST = re.compile(
    rf"^\s*[,.]?\s*(?![,.\s]|(?:while|whilst|whereas|but|and|although|though|yet|after|before|because|since|until|"
    rf"unless|once|if)\b)"
    rf"(?P<who>[^.;:“”\"]{{1,160}}?)\s+(?:has\s+|have\s+|had\s+|also\s+)?(?P<cue>{SPEECH_VERB})"
    rf"(?P<object>(?<=told)\s+(?:{AUDIENCE}))?",
    re.IGNORECASE)
# The attribution that ends the quote's sentence after a clause of its own, opened by a conjunction that
# AFTER_QUOTE_SUBJECT_FIRST does not read as a subject: "she will use her story to “speak up for carers” and urge
# others to apply, the Home Office said." (group `who`: the last comma's subject, whose verb ends the sentence).
AFTER_QUOTE_CLOSING_CLAUSE = re.compile(
    r"^[^“”\"\n]{1,200}?,\s+(?![^,]*,)(?P<who>[^,.;:“”\"\n]{1,80}?)\s+(?:has\s+|had\s+|also\s+)?"
    r"(?P<cue>said|says|added|adds|confirmed|confirms|explained|announced|stated)\s*[.!]?\s*$")
# Words quoted as what someone proposed, named after them as the agent: "the ‘radical reset’ proposed by the
# Independent Review of Children’s Social Care", "the “whole system change” called for by the commission" (the
# agent, named in group `who`, spoke them; not "set out in", which places a label in a document).
AFTER_QUOTE_PROPOSED_BY = re.compile(
    r"^,?\s+(?:(?:first|originally|once|long)\s+)?(?:proposed|recommended|called\s+for|demanded|urged|advocated|"
    r"promised|pledged|championed|envisaged|envisioned)\s+by\s+(?P<who>[^.;:“”\"]{1,160})")
# Quoted words as the subject of a passive whose agent or source follows: "‘Widespread and serious weaknesses’ in
# children’s services have been criticised in a damning Ofsted report", "“…” was highlighted by the review" (a
# short modifier of the words may stand before the verb; the agent or document is named in group `who`, `by`
# empty for "in").
AFTER_QUOTE_PASSIVE_AGENT = re.compile(
    r"^(?:\s+(?!(?:which|that|who|and|but|as)\b)[^\s.;:,“”\"]+){0,8}?"
    r"\s+(?:(?:has|have|had)\s+been|was|were|is|are)\s+"
    r"(?:criticised|highlighted|identified|found|described|reported|flagged|noted|raised|exposed|uncovered|"
    r"revealed|condemned)\s+(?:(?P<by>by)|in)\s+(?P<who>[^.;:“”\"]{1,160})")
# A colon ending a paragraph hands the quote to the next paragraph: "In a statement, the ADCS said:".
INTRODUCES_NEXT_PARAGRAPH = re.compile(r":\s*$")
# A line saying where the republished text after it comes from: "From the Local Government Association website.",
# "From Northby Council's newsroom" (group `source`: where the body is named).
REPUBLISHED_FROM = re.compile(r"^\s*From\s+(?P<source>(?:the\s+)?[A-Z][^.:\n]*?)(?:['’]s)?\s+"
                              r"(?:website|web\s+site|blog|site|newsroom|press\s+release|news\s+release)[.:]?\s*$")
# A paragraph handing an unmarked block quote to the paragraphs after it, as republished government and charity
# releases set them (the marks lost with the page's block-quote styling): "Children's minister Jo Ade, who met
# families last week, said:" / "I am delighted that we will be giving …".
BLOCK_QUOTE_INTRO = re.compile(rf"{SPEECH_VERB}\s*:\s*$", re.IGNORECASE)
# The same quote run on in the introducing paragraph, its marks lost likewise: "Chief executive Jo Ade said:This
# grant is a welcome addition …" (a capital after the colon; a mark there is an ordinary quote).
RUN_ON_QUOTE_INTRO = re.compile(rf"{SPEECH_VERB}\s*:\s*(?=[A-Z])", re.IGNORECASE)
# The speaker's own voice, which every paragraph of an unmarked block quote carries: "I’m delighted", "the families
# we support", "our meeting" (capitalised only at a sentence's start; "US" is a country).
FIRST_PERSON = re.compile(r"\b(?:I|[Mm]y|me|[Ww]e|[Oo]ur|us)\b")
# Page furniture that splits a quote over paragraphs ("Advertisement", "Most Read"): letters only, a few words.
PAGE_FURNITURE = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")
FURNITURE_WORDS = 3
# A credit line under a quote set as its own paragraph is at most this many words: "Jo Ade, chair of the Northby Forum".
CREDIT_LINE_WORDS = 15
# A link to another story set between paragraphs: "READ MORE: Council approves new home", "Read more: …".
RELATED_LINK = re.compile(r"(?:(?:READ(?: MORE)?|Read more|RELATED|SEE ALSO|See also)\s*:\s+[^“”\"]{1,150}?)+")

# The audience of "told": kept in the cue ("told Community Care", "told the BBC", "told the meeting", "told us") and
# never taken as the speaker or the topic.
TOLD_AUDIENCE = re.compile(rf"^told\s+(?P<audience>{AUDIENCE})", re.IGNORECASE)

# Words before a quote that make it a title or a label, not speech: a report titled “Left behind”, the
# strategy, called “Stable Homes, Built on Love”, the so-called “project teams”.
TITLE_OR_LABEL_BEFORE = re.compile(r"(?:titled|entitled|called|named|headlined|dubbed\s+the|so-called|the\s+term|"
                                   r"the\s+phrase|the\s+word|known\s+as|badged\s+as|\()\s*$", re.IGNORECASE)
# A quoted phrase used as a name before its noun: a “keeping children safe” ministerial board.
LABEL_MODIFIER_BEFORE = re.compile(r"\b(?:a|an|the|its|their|this)\s*$", re.IGNORECASE)
# (a participle after the quote makes it a noun phrase, not a modifier: "the ‘massive risk’ posed by…", "a “cycle of
# crisis” costing the country…" (an -ing form only before its object: "a “family first” funding model" is a label);
# so does a determiner or pronoun, which no modifier stands before: "a ‘valuable service,’ the report explains", "the
# ‘once in a lifetime opportunity’ this element of the bill presents"; or a preposition: "a “phenomenal job” under
# “extreme pressure”")
LABEL_MODIFIER_AFTER = re.compile(r"^\s+(?![a-z]+ed\b)(?![a-z]{2,}ing\s+(?:the|a|an|its|their|them|it|us|our|this|"
                                  r"these|those|some|many|more)\b)(?!(?:the|a|an|this|these|those|its|their|it|they|"
                                  r"he|she|we|between|of|was|were|is|are|and|or|that|which|in|on|for|to|with|from|"
                                  r"by|as|at|has|had|will|would|could|should|can|may|might|must|than|among|amongst|"
                                  r"toward|towards|into|after|because|but|so|while|whilst|when|where|if|unless|despite|"
                                  r"since|"
                                  r"through|under|over|amid|without|within|across|against|about|around|during|"
                                  r"until|like|per|via|including)\b)[a-z]")
# A reporting verb right before the noun phrase a quoted modifier in lower case opens makes the modifier the speaker's
# words, not a label: "warning of a “very real” crisis", "hit out at the “wholly shambolic” rollout" (not a name:
# "announced the ‘Stable homes, Built on Love’ strategy").
REPORTED_MODIFIER_BEFORE = re.compile(rf"{SPEECH_VERB}\s+(?:(?:of|about|at|to|on|against)\s+)?(?:a|an|the|its|their|this)"
                                      rf"\s*$", re.IGNORECASE)
# A closing mark with no opening one, after a colon: "…Yvette Stanley, saying: The proposed powers will…”".
ORPHAN_CLOSE_INTRO = re.compile(r":\s+(?=[A-Z])")
# A bullet-list paragraph: "• Reducing demands on officers’ time…"; its quotes belong to the list's introduction.
BULLET = re.compile(r"^\s*[•·▪‣◦*–-]\s")
# Words just before a short quote that make a label a quoted judgement: "described the plans as “wholly reckless”",
# "describes the rising costs of transport as the “single biggest pressure” facing councils" (a judgement, though a
# participle follows it as after a label), "branded it “a disgrace”", "calling them “cowboy firms”", "called the
# shortage of places “shameful and avoidable”", "welcomed as a ‘pivotal moment’", "what it terms “long overdue”" (a
# single quoted word is a label whatever stands before it).
LABEL_CUE_BEFORE = re.compile(r"(?:(?:described|describes|describe|describing|welcomed|hailed|praised|greeted|"
                              r"criticised|dismissed|condemned|seen|regarded)\s+(?:\w+\s+){0,6}as(?:\s+(?:a|an|the))?|"
                              r"branded|branding|labelled|called\s+(?:it|them|this|the(?:\s+[\w’'-]+){1,4})|"
                              r"calling\s+(?:it|them|this|the(?:\s+[\w’'-]+){1,4})|"
                              r"what\s+(?:it|they|he|she)\s+(?:terms|termed|calls|called)|"
                              r"(?:raised|raises|raising|voiced|voices|voicing|expressed|expresses|expressing))"
                              r"\s*$", re.IGNORECASE)
# A quote of fewer words than this, with no label cue right before it and no reporting verb in its sentence, is a
# scare quote or a term: Labour’s proposed reforms to tackle “profiteering” / a “postcode lottery” / relying on a few
# ‘super foster families’ / its most serious grade of “priority action needed”.
MIN_QUOTE_WORDS = 4

# Definite descriptions of a document that speak: "the policy paper said", "the report found", "the strategy
# claims to “put families at the heart of reform”", "the government's draft guidance states", "Ofsted's annual
# report said", "the inspectors’ report said", "the act requires", "Her report states" (any possessive, a plural's
# too, and up to two lower-case modifiers before the noun).
DOCUMENT_ANAPHOR = re.compile(r"\b(?:the|its|this|that|their|his|her)\s+(?:[\w’'-]+['’]s\s+|[\w-]+s['’]\s+)?"
                              r"(?:[a-z][\w-]*\s+){0,2}?"
                              r"(?P<noun>paper|report|strategy|review|document|guidance|consultation|plan|"
                              r"framework|bill|act|legislation|study|analysis|research|response|statement|briefing|"
                              r"survey|budget|letter|evaluation|manifesto|standards|blog(?:\s+post)?)\b",
                              re.IGNORECASE)
# A clause set off by commas between a document and its verb, naming who made it: "The damning report, which was
# released by the safeguarding board on Friday, revealed …", "The report, compiled after a two-day visit, concluded
# …" (the report speaks, not the board).
DOCUMENT_SET_OFF_CLAUSE = re.compile(r",\s+(?:which|published|released|compiled|written|commissioned|produced|by)\b"
                                     r"[^,;:“”\"]*,\s*(?:also\s+)?")
# A relative clause on a document that runs on to the quote, its verb the document's: "… one of the agencies
# involved in the report which concludes, ‘the death … could not have been predicted’" (Welsh Icons), "its Plan for
# Change, which aims to ‘put children's futures at the centre …’" (Journal of Family and Child Health), "the guidance
# that says councils must “…”" (the pronoun right after the document, with or without a comma, then a reporting verb
# or one of purpose; never a clause with a subject of its own: "the report which Jo Ade called “…”", "which is “…”").
DOCUMENT_RELATIVE_CLAUSE = re.compile(rf",?\s+(?:which|that)\s+(?:also\s+)?(?P<verb>{SPEECH_VERB}|aims?|aimed|"
                                      rf"seeks?|sought|requires?|required)(?![\w-])[^.;:“”\"]{{0,120}}$",
                                      re.IGNORECASE)
# What may stand before a document that heads a speaker phrase, once the names of its owners are taken out: "The
# [Ofsted] report said", "[Ofsted]’s annual report warns", "A new [LGA] report found" (a verb or a comma there
# makes the owner the subject: "[Ofsted], in its report, said").
DOCUMENT_OWNER_LEFT = re.compile(r"(?:\s|[’'](?:s\b)?|\b(?:[Tt]he|[Aa]n?|[Aa]nother|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|latest|"
                                 r"new|recent|damning|highly|critical|(?:19|20)\d\d|and)\b)*")
# Between a document and the body that wrote it, the two one subject: "A report by the LGA warned", "a study from
# the University of Eastbridge found", "new research commissioned by the charity shows", "A report published today
# by the Kinwell Trust found".
DOCUMENT_AUTHOR_LINK = re.compile(r"\s+(?:(?:published|commissioned|written|produced|compiled|carried\s+out|"
                                  r"released|conducted)(?:\s+(?:today|yesterday|(?:this|last)\s+(?:week|month|year)))?"
                                  r"\s+)?(?:by|from|for)\s+(?:the\s+)?")
# Between a council paper and the body it goes to, and after that body its committee and when: "A report due to go
# before the council’s children’s scrutiny committee next week says", "A report to the council’s cabinet on Monday
# warns" (the paper heads the subject; the council only receives it).
DOCUMENT_RECIPIENT_LINK = re.compile(r"\s+(?:(?:due\s+to\s+go|going|to\s+go|which\s+went|that\s+went)\s+before|"
                                     r"(?:presented|submitted|tabled|sent|going)\s+to|to)\s+")
DOCUMENT_RECIPIENT_TAIL = re.compile(r"[’']s\s+(?:[\w’'-]+\s+){0,6}?(?:committee|cabinet|board|panel|meeting)\b"
                                     r"(?:\s+(?:next|last|this)\s+(?:week|month)|\s+on\s+\w+day)?(?:\s*\([^()]{0,40}\))?",
                                     re.IGNORECASE)
# The same when the body is the council's committee itself, named with its council's possessive before it: "A report
# due to go before [the council’s children’s scrutiny committee] next week says" (DOCUMENT_RECIPIENT_LINK, then
# this up to the committee's name; RECIPIENT_WHEN after it).
RECIPIENT_OWNER = re.compile(r"(?:the\s+)?(?:(?:county|city|borough|district)\s+)?(?:council|authority)[’']s\s+",
                             re.IGNORECASE)
RECIPIENT_WHEN = re.compile(r"(?:\s+(?:next|last|this)\s+(?:week|month)|\s+on\s+\w+day)?(?:\s*\([^()]{0,40}\))?")
# Between a body and the document it owns: a possessive and up to three modifiers ("Labour’s manifesto", "Ofsted’s
# annual social care report").
OWNER_BEFORE_DOCUMENT = re.compile(r"[’']s?\s+(?:[\w-]+\s+){0,3}")
# Document nouns that name a statute: "the bill", "the act", "the legislation".
STATUTE_NOUNS = frozenset({"bill", "act", "legislation"})

# ---------------------------------------------------------------------------------------------------------------
# Stance

# Reporting verbs and wording that carry support, towards what the quote or its sentence is about:
# "The ADCS welcomed the decision", "Foundations … welcomed the move", "backed the plans", "hailed the bill".
SUPPORT_CUES = re.compile(r"\b(?:welcom(?:ed|es|ing|e)|back(?:ed|s|ing)|prais(?:ed|es|ing)|hail(?:ed|s|ing)|"
                          r"applaud(?:ed|s|ing)|endors(?:ed|es|ing)|support(?:ed|s|ive)|celebrat(?:ed|es)|"
                          r"(?:hugely\s+)?positive\s+step|step\s+in\s+the\s+right\s+direction|pleased|delighted)\b",
                          re.IGNORECASE)
# Reporting verbs and wording that carry opposition: "criticised the funding", "warned this could create…",
# "said she was “extremely disappointed…”", "urged ministers", "called on the government", "slammed".
OPPOSE_CUES = re.compile(r"\b(?:criticis(?:ed|es|ing)|warn(?:ed|s|ing)|disappoint(?:ed|ing|ment)|urg(?:ed|es|ing)|"
                         r"call(?:ed|s|ing)\s+on|slamm(?:ed|ing)|slams|condemn(?:ed|s|ing)|concern(?:ed|s)?|"
                         r"attack(?:ed|s)|reject(?:ed|s)|lambast(?:ed|s)|falls?\s+(?:far\s+)?short|"
                         r"deeply\s+worried|alarmed|dismay(?:ed)?|regret(?:s|table)?)\b", re.IGNORECASE)

# A quote whose closing mark the copy forgot, seen when another opening mark follows in the same paragraph: the
# quote ends where an attribution clause starts. “…a local authority endeavour, he said. “It has to…” /
# “…a ‘good’ Ofsted rating. However, she added: “At the same time…”.
MISSING_CLOSE_ATTRIBUTION = re.compile(
    r"[,.]\s+(?:[A-Z]\w*,?\s+)?(?:he|she|they|it|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:said|says|added|adds)\b"
    r"[^“”]*$")
# A quote's next paragraph run into the same line, its break lost with the page's layout, opens with a mark of its
# own right after a sentence's end: “… and children. “During the consultation …” (matched up to that mark; the
# piece before ends with its punctuation).
PARAGRAPH_REOPENS = re.compile(r"(?<=[.!?…])[ \t\n]+$")


# ---------------------------------------------------------------------------------------------------------------
# The text around a match: what the step reads next to it

# Punctuation that closes a sentence or clause; a subhead has none at its end: "We will act on costs".
CLOSING_PUNCTUATION = re.compile(r"[.!?:;,]$")
# A stretch in quotation marks, blanked before looking for a reporting verb outside it: BASW warned this
# could create a “postcode lottery”.
QUOTED_STRETCH = re.compile(r"[“‘\"][^”’\"]*[”’\"]")
# What makes a role description after it not a speaker: a possessive ("the minister's comments") or a body of
# its own ("the chief executive of Become").
ROLE_NOT_SPEAKER_AFTER = re.compile(r"['’]s\b|\s+(?:of|at)\s+[A-Z]")
# ", who" or ", which" closing a subject: "…appointed a commissioner, who found".
RELATIVE_PRONOUN_AT_END = re.compile(r",\s+(?:who|which)\s*$")
# A relative clause whose own subject speaks, right before the verb: "…profit caps, which the association argues
# are…", "…as the charity warned", "…that Ofsted says…" (the subject: a definite description, a capitalised
# name or a pronoun).
OBJECT_RELATIVE_SUBJECT = re.compile(
    r"\b(?:which|that|whom|as)\s+(?P<subject>(?:the|its|their|this)\s+[\w’'-]+(?:\s+[\w’'-]+)?|"
    r"[A-Z][\w’'&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'&-]*){0,5}|he|she|it|they|we)\s+(?:also\s+)?$")
# A photo credit, which makes its paragraph a caption: "… after years of cruelty Credit: Jo Reed/PA",
# "Photograph: Dominic Lipinski/PA".
CAPTION_CREDIT = re.compile(r"\b(?:Credit|Photograph|Photo|Picture|Image)(?:\s+credit)?:\s")
# A determiner right before a reporting word makes it an adjective: "the stated aims", "its declared purpose".
DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|his|her|a|an)\s+$", re.IGNORECASE)
# The agent of a passive reporting verb, right after the quote: "…were welcomed as “a step forward” by the
# Sector Forum".
PASSIVE_AGENT = re.compile(r"[,”’\"']?\s+by\s+")
# "with" opening the subject of an -ing reporting verb, as an absolute clause has it: "Praise went to its work with
# other agencies, with the inspectors saying: “…”" (the subject is what follows the last "with" not followed by a
# comma).
WITH_BEFORE_SUBJECT = re.compile(r"\bwith\s+(?=[^,;:]*$)")
# An aside set off by dashes right before a reporting verb, naming the subject's members or saying more of it:
# "the Children's Charities Coalition – Action for Children, Barnardo's, The Children's Society – said:" (the
# subject is before it).
DASH_ASIDE_BEFORE_VERB = re.compile(r"\s[-–—]\s[^–—\n]+?\s[-–—]\s*$")
# A form of "be" right before a reporting verb makes it passive, its subject what was reported on: "the plans were
# originally welcomed as…", "it is described as…".
PASSIVE_BEFORE_VERB = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
# A clause opening the words before a reporting verb that is not its subject: the person it names is the one spoken
# to or after, not the speaker. "Responding to Jo Ade, the minister said", "Asked by Jo Ade about the delay, Sam Lee
# said", "In response to a question from Jo Ade, Sam Lee said", "Following Jo Ade's speech, Sam Lee said", "As
# reported by the Local Democracy Reporting Service this week, Ofsted is considering a “…”" (the news source) (a
# participle with its preposition, "asked", or a prepositional opener, up to its comma).
# The cue of an opening clause that names who asked or was answered, or whom the speaker addressed ("Asked by Jo
# Ade", "Quizzed by Jo Ade", "When questioned by Jo Ade about …", "Responding to Jo Ade", "In reply to Jo Ade", "In
# a letter to Jo Ade", and a participle with its object: "Answering Jo Ade", "Praising Jo Ade", "Thanking Jo Ade",
# but only when it governs a name, see `speakers._opening_clause`: "Housing minister Jo Ade, who …, said" opens with
# no participle), one list for both patterns below.
_ASKING_CUE = (rf"Asked|Pressed|Questioned|Challenged|Quizzed|When\s+(?:asked|pressed|questioned|challenged|quizzed)|"
               rf"(?P<participle>{PARTICIPLE})|"
               r"In\s+(?:response|reply|answer|an?\s+(?:open\s+)?letter)\s+to")
LEADING_ADVERBIAL = re.compile(
    r"[\s“‘\"']*(?P<cue>[A-Z][a-z]{2,}ing\s+(?:to|on|at|about|after|before|in|from|with|for|alongside|beside)\b|"
    rf"Following\b|After\b|As\s+(?:first\s+|previously\s+)?reported\s+by\b|(?:{_ASKING_CUE})\b|"
    r"(?:Led|Co-led|Written|Authored|Co-authored|Commissioned|Funded|Conducted|Carried\s+out|Produced|Published)"
    r"\s+by\b)[^,“”\"]*,\s*")
# The end of an opening clause's object, a thing responded to, right before a name that lost its comma: "Responding
# to the report Jo Ade, chief executive of the charity, said" (the name opens the subject; not "Responding to
# children’s minister Jo Ade, Sam Lee said", whose name is the object).
LEADING_OBJECT_BEFORE_NAME = re.compile(r"\b(?:report|review|strategy|announcement|news|findings|plans?|consultation|"
                                        r"budget|statement|publication|figures|data|decision|judgment|ruling|"
                                        r"inquiry|survey|research)\s+$")
# The same opening clause when it names who asked or was answered: "Asked by Jo Ade whether …, she said", "Responding
# to Jo Ade, he said" (not "After Jo Ade spoke, she said", whose "she" may be Jo Ade).
ASKING_OPENER = re.compile(rf"[\s“‘\"']*(?P<cue>{_ASKING_CUE})\b[^,“”\"]*,\s*")
# The words before the person a letter or appeal is addressed to, who never speaks its words: "In an open letter to
# children’s minister Pat Moss, the charities said: “…”", "signed a letter to the prime minister warning that …",
# "have written to Jo Ade urging …" (the verb or noun, "to", and up to four words of office or description).
ADDRESSED_BEFORE = re.compile(r"\b(?:letters?|wr(?:ote|itten|iting|ites?)|appeal(?:ed|ing|s)?|message|plea|petition)\s+"
                              r"to\s+(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)
# A group of people opening a sentence as its subject, whom a "they" in the next sentence stands for together: "Both
# co-chairs stressed that …", "In the letter the five chief executives emphasise …", "But the two directors said"
# (a plural office or description, after an optional connective or "In the letter"-like phrase).
PEOPLE_GROUP_SUBJECT = re.compile(
    r"[\s“‘\"']*(?:(?:But|And|However|Meanwhile|Separately|Together|In\s+(?:the|their|a|an)\s+[\w-]+),?\s+)?"
    r"(?:[Bb]oth|[Aa]ll|[Tt]he|[Tt]hese|[Tt]hose)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?(?i:chief\s+executives|co-presidents|presidents|co-chairs|chairs|directors|leaders|"
    r"ministers|MPs|councillors|campaigners|signatories|authors|executives|founders|trustees)\b")
# An inspection grade quoted as a name, not anyone's words: "rated ‘requires improvement to be good’", "judged
# “requiring improvement”", "its ‘good’ rating" (the whole passage, any case).
INSPECTION_GRADE = re.compile(r"(?:outstanding|good|inadequate|(?:requires?|requiring)\s+improvement(?:\s+to\s+be\s+"
                              r"good)?)[.,]?", re.IGNORECASE)
# A paragraph listing sources or further reading, whose quoted passages are the titles of the works it cites:
# "Sources: TheGuardian.com, 12 February 2020, ‘Ministers propose a ban …’".
CITATION_PARAGRAPH = re.compile(r"[ \t]*(?:Sources?|References?|Further\s+reading|Bibliography)\s*:", re.IGNORECASE)
# A possessive ending right after a name: "Jo Ade’s deputy", "Fianna Fáil's councillor", "Sam Jones’ deputy".
POSSESSIVE_S = re.compile(r"['’](?:s\b|(?=\s))")
# A definite description of a person by sex, as local copy refers back to someone named: "The Blacklion man stated",
# "the mother-of-two said", "the 45-year-old grandmother told the court". The group "she" or "he" says which.
PERSON_BY_SEX = re.compile(r"\b(?:the|this)\s+(?:[\w’'-]+\s+){0,2}?(?:(?P<she>woman|mother(?:-of-\w+)?|grandmother|"
                           r"grandma|mum|daughter|wife|girl|lady)|(?P<he>man|father(?:-of-\w+)?|grandfather|"
                           r"grandad|dad|son|husband|boy))\s*$", re.IGNORECASE)
# A definite description of a person by party or seat, as local copy refers back to a councillor or politician it
# named: "The Tory said", "the Liberal Democrat added", "The Osbaston member said" (never "the Conservatives", a party).
PERSON_BY_AFFILIATION = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+(?:[\w’'-]+\s+){0,2}?(?:Tory|Conservative|Liberal\s+Democrat|"
                                   r"Lib\s+Dem|member|politician)\s*$")
# A definite description of a person by where they live, as local copy refers back to someone it named: "The
# Kidlington resident said" (a place's name before the noun: "the resident" alone may be anyone).
PERSON_BY_PLACE = re.compile(r"\b[Tt]he\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+"
                             r"(?:resident|campaigner|pensioner)\s*$")
# The owner, by pronoun or possessive, and up to two modifiers: "his ‘", "Nicky Morgan’s firm ", "the charities’ ".
OWNER = r"(?:\b(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)|(?P<possessive>['’]s|(?<=s)['’]))\s+(?:[a-z][\w-]*\s+){0,2}?"
# Words introduced as someone's own, right before the quote: "education secretary Nicky Morgan’s assertion that ‘…’",
# "his ‘assurance’ that ‘…’", "the minister’s claim that “…”", "Her response was blunt:", "His message to ministers
# was clear:" (the owner, by possessive or pronoun, speaks); never a description the sentence's subject gives them
# ("Ofsted rejected Mr Ade’s suggestion as “…”").
POSSESSED_WORDS = re.compile(
    OWNER + r"[‘'“\"]?"
    r"(?:assertions?|claims?|assurances?|promises?|pledges?|warnings?|insistence|suggestions?|belief|arguments?|"
    r"remarks?|comments?|words|description|plea|verdict|response|reply|answer|message)[’'”\"]?"
    r"(?:\s+(?:to|for|on|about)(?:\s+[\w’'-]+){1,3}?)?(?:\s+(?:was|is)(?:\s+[a-z]+)?)?(?:\s+that|\s*:)\s*$")
# An aim introduced as someone's own, its words in quotation marks after "to" and a few words: "the Prime Minister’s
# ambition to ‘put families at the heart of every town’", "the government’s plan for change to give every child ‘a
# fair chance’", "her pledge to “end the care cliff”" (the owner, by possessive or pronoun, speaks; a plan nobody owns
# names no one: "a plan to ‘…’").
POSSESSED_AIM = re.compile(
    OWNER + r"(?:ambitions?|aims?|plans?|pledges?|promises?|commitments?|missions?|vows?|bid|determination|intention)"
    r"(?:\s+for\s+[\w’'-]+)?\s+to(?:\s+[a-z][\w’'-]*){0,4}\s*$")
# A body that is one person's office, whose words are its holder's: "the Children’s Commissioner for England has
# said", "the Local Government Ombudsman", "the Chief Social Worker", "the Mayor of Northby" (not "the Office of…").
OFFICE_BODY = re.compile(r"^(?!Office\b)(?:[\w’'-]+\s+){0,3}?(?:Commissioner|Ombudsman|Chief\s+Social\s+Worker|"
                         r"Chief\s+Inspector|Mayor)\b(?!['’]s\s+Office)", re.IGNORECASE)
# An article opening a noun phrase: "a commissioner", "the Children's Homes Association".
ARTICLE_WORD = re.compile(r"\b(?:the|a|an)\s", re.IGNORECASE)
# The staff of a body as the subject that speaks for it, with no body named: "Inspectors found “…”", "the inspector
# stated" when no one holds that role (the inspectorate named before), "Council officers said", "the department’s
# officials warned" (the body of that kind named before), the subject after an opening clause: "Despite new homes
# opening, inspectors say".
_STAFF = r"(?:(?P<kind>[a-z]+)(?:['’]s)?\s+)?(?P<staff>inspectors?|watchdogs|officials|officers|chiefs|bosses)"
STAFF_SUBJECT = re.compile(rf"(?:^|,\s*|\b(?:the|its|their)\s+){_STAFF}(?:\s+(?:also|have|had|then|later))*[\s,]*$",
                           re.IGNORECASE)
# A council named as one of several before a plural "councils": "alongside Halton and Northby councils", "Halton,
# Northby and Eastby councils" (matched from the council's name's end): no antecedent of a singular "the council".
ONE_OF_COUNCILS = re.compile(r"(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)*(?:,?\s+and\s+[A-Z][\w’'-]*"
                             r"(?:\s+[A-Z][\w’'-]*)*)?\s+councils\b")
# The same staff opening a clause whose verb a participle after it follows: "County council chiefs have defended the
# costs, claiming …" (the participle's subject is theirs).
STAFF_OPENING = re.compile(rf"^\s*(?:(?:the|its|their)\s+)?(?:[a-z]+\s+)?{_STAFF}\s+(?:have\s+|has\s+|had\s+)?"
                           r"(?:also\s+)?[a-z]+ed\b[^,;:“”\"]*,?\s*$", re.IGNORECASE)
# The kind of body whose staff a noun names on its own: "inspectors" work for an inspectorate, as "watchdogs" speak
# for one ("watchdogs said progress was “too slow”" after an inspection).
STAFF_BODY_KINDS = {"inspectors": ("regulator",), "inspector": ("regulator",), "watchdogs": ("regulator",)}
# One of those nouns on its own in a sentence: "Adoption was praised by inspectors."
STAFF_NOUN = re.compile(r"\b(?:" + "|".join(STAFF_BODY_KINDS) + r")\b", re.IGNORECASE)
# One of them ending the subject after an opening clause that has no comma: "whilst highlighting some improvements
# watchdogs said" (group `staff`).
BARE_STAFF_SUBJECT = re.compile(r"\b(?P<staff>" + "|".join(STAFF_BODY_KINDS) + r")(?:\s+(?:also|have|had|then|later))*"
                                r"\s*$", re.IGNORECASE)
# What joins two speakers of one reporting verb, between the first's name and the second's: "and", a comma, "&",
# after an acronym or party in brackets and an appositive, before "the" and a title ("The Ministry of Housing,
# Communities and Local Government (MHCLG) and Ministry of Defence confirmed", "Jo Reed, leader of Northby Council,
# and Cllr Sam Hale wrote").
_NAME_TAIL = r"(?:\s*\([^()\n]{1,20}\))?(?:,\s+[^,;:“”\"\n]{1,80},)?"
JOINT_SPEAKER_LINK = re.compile(rf"{_NAME_TAIL}(?P<join>,\s*|,?\s+and\s+|\s+&\s+)(?:the\s+)?(?:{TITLE}\s+)?")
# What may follow the last joint speaker's name in the attribution: its bracket or appositive, not a possessive or a
# noun it modifies ("Led by Jo Reed and Sam Hale, the study reveals": the study speaks).
JOINT_SPEAKERS_END = re.compile(rf"{_NAME_TAIL}\s*")
# The words naming a partner, right before a body: "worked with the", "in partnership with", "alongside" (the body
# after them is not the subject of the verb that follows).
COMPANION_BEFORE = re.compile(r"\b(?:(?:work(?:s|ed|ing)?|partner(?:s|ed|ing)?|team(?:s|ed|ing)?\s+up|together|jointly|"
                              r"in\s+partnership|in\s+collaboration|collaborat(?:es|ed|ing))\s+with|alongside)\s+"
                              r"(?:the\s+)?$", re.IGNORECASE)
COMPANION_REACH = 40
# A noun phrase opened by an indefinite article, up to where a name starts: "A budget " before "report from the
# council" brings in a new document, which an earlier "the report" cannot be.
INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
# A speaker phrase that leaves the speaker unnamed, opening with an indefinite word: "“…,” said one manager", "“…,”
# a senior social worker told us", "“…,” another carer added" (not "a DfE spokesperson", who speaks for the DfE).
UNNAMED_SOURCE = re.compile(r"\s*(?:a|an|one|another|some|several|many|two|three|four|five|other)\s+"
                            r"(?![^,.;]*\bspokes)", re.IGNORECASE)
# A subordinate clause opening a sentence, up to its comma: the person it names is not the sentence's subject ("As
# Mr Hunt prepares his statement, Cllr Brown appealed…", "While the minister was speaking, Jo Ade left").
LEADING_SUBORDINATE = re.compile(r"[\s“‘\"']*(?:As|While|Whilst|When|Although|Though|Before|After|Since|Because|If|"
                                 r"Once|Until|Unless)\s[^,.;:“”\"]{3,150},\s*")
# A role named with a word that tells which holder it is, a portfolio, a body or the kind of body: "the First
# Minister said", "the Home Secretary added", "the council leader said", "the Ofsted chief inspector warned". The
# word must match the role or body of the person the article gave that office (see `speakers._role_holder`).
QUALIFIED_ROLE_ANAPHOR = re.compile(
    rf"(?<![\w-])(?i:the)\s+(?P<qualifier>(?-i:[A-Z][a-z]+)|(?i:council|county|borough|city|charity|trust|party|"
    rf"union|board))\s+(?P<role>(?i:{ROLE_PHRASE}))(?![\w-])")
# Offices no shorter title stands for: "the minister said" is not the prime minister, "the president said" not the
# vice president, "the secretary said" not the shadow secretary.
OFFICES_NOT_SHORTENED = frozenset({"prime minister", "vice president", "shadow secretary"})
# Parties whose name qualifies a role as the holder's affiliation, not the speaker: "the Labour councillor for
# Wigton said" is the councillor, "the Conservative MP added" the MP.
PARTY_QUALIFIERS = frozenset({"Labour", "Conservative", "Tory", "Green", "Reform", "Independent", "Liberal"})
# Offices a role anaphor names besides its own and its longer titles: a Secretary of State is "the minister" and,
# with the portfolio's word, "the education secretary".
OFFICES_ALSO_NAMED = {"minister": frozenset({"secretary of state"}), "secretary": frozenset({"secretary of state"})}
# A word before a title that makes it another office than the one named: "deputy First Minister Jo Reed" is not
# "the First Minister" (matched at the end of the text before the title, lower-cased).
OTHER_OFFICE_BEFORE_TITLE = re.compile(r"(?:^|[^\w-])(?:deputy|vice|shadow|former)\s*$|[\w-]$")
# A sentence whose subject is "it", reporting: "It also states that…", "Furthermore, it says…" (not "It is clear…").
IT_REPORTS = re.compile(rf"[\s“‘\"']*(?:(?:But|And|However|Meanwhile|Furthermore|Moreover|Separately|Crucially),?\s+)?"
                        rf"[Ii]t\s+(?:also\s+|further\s+|then\s+)?{SPEECH_VERB}")
# What joins a document named by its kind to the document it is part of: "The final report [of the] Independent
# Review…", "the summary [from the] Spending Review" (the named document starts where this ends).
DOCUMENT_PART_OF = re.compile(r"\s+(?:of|from)\s+(?:the\s+|its\s+|their\s+)?")
# A sentence whose subject belongs to "it": "Its conclusion is that…", "Its authors found…". Like a sentence that
# reports with "it", it goes on about the thing meant, which is named further back.
ITS_OPENING = re.compile(r"[\s“‘\"']*(?:(?:But|And|However|Meanwhile|Furthermore|Moreover|Crucially),?\s+)?Its\s+[a-z]")
# A sentence or clause opened by a person described by office, with no name beside it: "The council leader had written
# to Jeremy Hunt, urging…", "However, the minister told Jo Ade…". Its subject is that person, not a person it names
# later ("The council leader, Jo Ade, said", "The minister for children and families, Jo Ade, said" and "The review's
# chair Josh Ade said" name their subject in apposition).
PERSON_DESCRIPTION = re.compile(r"[\s“‘\"']*(?:(?:But|And|However|Meanwhile|Separately|Later),?\s+)?(?:[Tt]he|[Tt]his|"
                                r"[Tt]hat)\s+(?:[\w’'-]+\s+){0,3}?(?i:leader|minister|secretary|director|chair|chairman|"
                                r"chairwoman|chief\s+executive|president|commissioner|councillor|mayor|head|boss|"
                                r"campaigner|MP|peer|founder|author)\b(?![’']s|\s+of\b|\s*,|\s+[A-Z]|"
                                r"\s+(?:for|at|in|on)\s[^,.;:“”\"]{1,60},\s*[A-Z])")
# A person described by a post in a body and not named, opening the subject: "The director of children’s services at
# Rochdale council recognised that…", "A senior manager at the trust said", "a former employee of the home claimed"
# (group `post`; unnamed unless the article named the holder of that post in that body: the body only places them,
# and its spokesperson speaks for it).
UNNAMED_POST_HOLDER = re.compile(r"[\s“‘\"']*(?:(?:But|And|However|Meanwhile|Separately|Then|Later|Now|Yesterday|"
                                 r"Today),?\s+)?(?:[Tt]he|[Aa]n?|[Oo]ne|"
                                 r"[Aa]nother)\s+(?P<post>(?:(?:former|senior|current|acting|interim|deputy|assistant|"
                                 r"new)\s+)*(?:director|manager|officer|employee|worker|social\s+worker|staff\s+member|"
                                 r"member\s+of\s+staff|insider|headteacher|teacher|nurse|doctor)"
                                 r"(?:\s+of(?:\s+[\w’'-]+){1,3}?)?)\s+(?:at|of|for|from|with)\s+")
# A body's office in the subject, its holder unnamed there: "THE CHIEF executive of Sandwell Council hailed …", "The
# leader of Northby Council said" (OFFICE_OF_BODY, from the subject's start), "Bradford Council chief exec says", "the
# council’s leader said" (OFFICE_AFTER_BODY, from the body's end to the verb); group `post`: the person the article
# places in that office, before or after (a lead names by office, the story by name), else the body speaks as before.
_OFFICE_POST = (r"(?P<post>(?i:(?:(?:interim|acting|deputy)\s+)?(?:chief\s+exec(?:utive)?|leader|chair(?:man|woman)?|"
                r"president|(?:executive|cabinet|lead)\s+member|portfolio\s+holder)))")
OFFICE_OF_BODY = re.compile(rf"[\s“‘\"']*(?:(?:But|And|However|Meanwhile),?\s+)?(?i:the)\s+{_OFFICE_POST}"
                            rf"\s+(?:of|at)\s+")
OFFICE_AFTER_BODY = re.compile(rf"(?:[’']s)?\s+{_OFFICE_POST}\s+(?:(?:has|have|had)\s+)?")
# A cue that answers a question, and the words right before the person a question was put to: "Jo Ade asked Sam
# Lee when the money would come. He replied: …" (the reply is Sam Lee's), "pressed the minister, Sam Lee, on…".
REPLY_CUE = re.compile(r"(?:replied|replies|responded|responds|answered|answers)\b", re.IGNORECASE)
ASKED_BEFORE = re.compile(r"\b(?:asked|asks|questioned|pressed|challenged|quizzed|urged)\s+(?:(?:the|a)\s+[\w’' -]{1,40}?,?\s+)?"
                          r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Baroness|Cllr)\.?\s+)?$")
# The agent of a passive reporting verb before the quote, right after the verb: "The home was criticised by Ofsted
# for placing children “at risk of harm”", "a time described by the review as “…”".
AGENT_AFTER_VERB = re.compile(r"\s+by\s+(?=(?:the\s+)?[A-Z])")
# The same agent as a body described by its kind: "In a statement issued by the council today, “…”", "a move
# criticised by the charity as “…”" (the body of that kind named before, as for "the council said").
DESCRIBED_AGENT_AFTER_VERB = re.compile(r"\s+by\s+(?=the\s+(?:[a-z][\w’'-]*\s+){0,2}?(?:" + "|".join(
    re.escape(word) for word in BODY_ANAPHORS) + r")\b)")
# A spokesperson with no body or person named: "“…,” a spokesperson said." speaks for the body named last.
BARE_SPOKESPERSON = re.compile(r"\s*(?:a|an|the)\s+(?:spokesperson|spokesman|spokeswoman)[\s,]*$", re.IGNORECASE)
# A lead that names its speaker by office alone, before naming them: "A councillor said …", "a Redbridge Council
# director has claimed" (the office word last; a body's name may stand before it).
INDEFINITE_OFFICE = re.compile(r"(?:^|,)\s*(?:[Aa]n?|AN?)\s+(?:[\w’'&-]+\s+){0,3}?(?P<role>(?i:councillor|director|"
                               r"minister|leader|chief\s+executive|chair|head|boss|commissioner|mayor|MP))\s*"
                               r"(?:has\s+|have\s+)?$")
# A councillor's title at a name: "Cllr Jo Ade".
COUNCILLOR_TITLE = re.compile(r"\b(?:Cllr|Councillor|Coun)\b\.?\s*")
# A speaker the copy leaves unnamed: "a spokesperson for the minister", "a senior council source".
INDEFINITE_SPOKESPERSON = re.compile(r"\b(?:a|an)\s+(?:[\w’'-]+\s+){0,3}(?:spokes|source)", re.IGNORECASE)


def definite_description(noun: str) -> re.Pattern[str]:
    """`noun` after the, this or that and up to two modifiers, in any case: "the charity", "This association",
    "the county council", "the political group".

    >>> charity = definite_description("charity")
    >>> bool(charity.search("This charity said")), bool(charity.search("the national charity said"))
    (True, True)
    >>> bool(charity.search("a charity said"))
    False
    """
    return compiled(rf"\b(?:the|this|that)\s+(?:[a-z][\w’'-]*\s+){{0,2}}?{noun}\b", re.IGNORECASE)
