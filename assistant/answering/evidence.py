"""Whether the passages found carry the question's topic: its specific words, or its topic in
other words, in one passage. A question whose most specific words occur in no passage near
the top ("What did inspectors say about knife crime?" over a report that never mentions knives)
is not answered, however close in meaning a sentence about crime may be.

Generic words of the genre ("children", "services", "council", "inspectors") say nothing of
the topic and are left out; so are the place and year that chose the report.

Example:
    >>> topic_words("What did inspectors say about knife crime in Luton?", {"luton"})
    ['knife', 'crime']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from assistant.genre_words import HYPHENATED, PHRASE_MODIFIERS, genre_phrases, phrase_stems
from assistant.paraphrases import phrase_words
from assistant.passages import QUESTION_NOISE, Passage
from assistant.search import terms

#: Words of the genre that every report uses: they carry no topic.
GENERIC = frozenset(terms(
    "child children childrens young people person persons kid kids family families "
    "service services council councils local authority authorities area areas "
    "social care work worker workers working staff practice practitioner practitioners "
    "support supported supporting help helped helping provide provided provision "
    "inspector inspectors inspection ofsted report reported say said find found "
    "what which who whom how why when where is are was were be been being do does did done "
    "the a an of for in on at to about and or with by from into than as its it their there "
    "this that these those they them have has had get got make made any some all "
    "good well better best poor weak strong effective effectively quality "
    "improve improved improving improvement improvements need needs needed "
    "strength strengths weakness weaknesses problem problems issue issues wrong right "
    "going happen happened happening doing like according per time current currently "
    # words that frame what is asked rather than what it is about
    "proportion percentage share number numbers rate rates many much long often frequently "
    "frequency quickly "
    # how a figure moved ("has the volume of referrals risen?") frames it, like "fell" below
    "volume volumes rise rises rose risen rising increase increased increases increasing "
    "decrease decreased decreases decreasing "
    # how sound something was, how people reacted to it ("how did managers react?")
    "sound react reacts reacted reacting "
    # when, as a frame ("later returned", "in the previous year", "when circumstances shift")
    "later previous prior shift shifts shifted "
    # the period a figure covers ("over the preceding twelve months")
    "preceding eleven twelve "
    "amount total average level levels figure figures "
    "praise praised praising criticise criticised criticism comment comments commented "
    "mention mentioned note noted describe described highlight highlighted identify "
    "identified view views think thought feel felt tell told explain explained "
    "deal dealt dealing handle handled handling manage managed come came hold held "
    "receive received receiving use used using take taken taking give given giving "
    "concern concerns concerned worry worries worried go goes gone going went "
    "way ways approach arrangements happen compare compared comparing comparison versus "
    "between both never ever fall falls fell falling short inside within far lacking "
    "anything something anyone someone somebody lot lots arrive arrived arrival rather "
    "mention mentions ask asking asked worse worst bad badly quick gap gaps first "
    "reliant reliance rely relies relied relying overall period "
    "grumble grumbles grumbling moan moans moaning gripe gripes among amongst toward towards "
    "heading hard harder tighten tightened kick kicked wherever whenever whatever "
    "biggest largest past age ages tend tends tended list lists reckon reckons brand fair "
    "secret secrets hit hits "
    # where people came from frames who they are ("kids who came to the UK on their own")
    "uk united kingdom britain "
    # how a question frames what it asks ("the one thing that still needs fixing", "which bit
    # stood out", "did Derby lean on agency staff", "a real say", "16- and 17-year-olds")
    "one two three four five six seven eight nine ten still bit bits stood stand stands "
    "real really whose different trouble properly proper lean leans leaned leant leaning "
    "fix fixed fixes fixing actual actually enough publish published publication "
    "youngster youngsters end ends ended ending beginning stuck late earlier part parts "
    "chance proper thin lag lagged lagging behind caught flag flags flagged headcount "
    "struggle struggles struggled final drag dragged decent even ship shipped spot spots "
    "old olds verdict bottom nutshell gist headline headlines "
    # how typical or how big something was ("a typical social worker", "how big a backlog",
    # "which inspection was kinder") frames the figure or the comparison asked for
    "typical typically usual usually mainly mostly generally big bigger size kinder harsher "
    "busy soon supposed eye ring rang version heavy heavier named "
    # "sorted", "up to scratch", "how did that stack up", "hoping to", "mixing up"
    "sort sorted scratch stack stacks hope hoped hoping mix mixing afterwards "
    "stuff laid lay lays hear hears heard somewhere fast faster "
    # "did inspectors reckon", "how did they sum up", "how far along", "any therapy-type
    # support", "formally stepping in"
    "reckon reckoned sum summed summing along type types kind kinds formally "
    # hedges on a figure ("roughly how many")
    "roughly approximately around nearly almost exactly precisely "
    # how a figure was arrived at ("how many were formally counted as in need")
    "count counted counting classed classified "
    # what a question calls the report's own parts ("how does the report's summary describe
    # the town?"), a slur on quality ("dodgy housing") and "had they spotted everything?"
    # frame what is asked
    "summary summaries dodgy everything rundown lowdown please "
    # what is left of a contraction ("isn't") and of a council's formal name
    "isn aren wasn weren don doesn didn hasn haven hadn won couldn shouldn wouldn "
    "year years fully thing things royal borough city county metropolitan district "
    # common verbs: a question's topic is what they act on ("the homes the council runs")
    "run runs ran running operate operates operated set sets setting put puts keep keeps "
    "kept carry carries carried bring brings brought start starts started began begin "
    "stop stops stopped seem seems seemed become becomes became show shows showed shown "
    "know knows knew known see sees saw seen meet meets met look looks looked looking "
    "want wants wanted try tries tried call calls called work works lead leads led "
    "turn turns turned serve serves served enter enters entered open opens opened "
    "draw draws drew drawn live lives lived living change changes changed "
    # how a thing went, and idioms of the frame ("how were care leavers faring", "who keeps
    # managers on their toes", "rope in the wider family", "apart from X, what else?")
    "fare fares fared faring toe toes rope roped roping apart else besides win wins winning "
    "nutshell headline headlines briefly pick picks picked picking bother bothered "
    "knock extra concentrate concentrated concentrating control back away whether occasion "
    "occasionally standout single singled catch caught sit sits sat sitting send sends sent "
    "sending couple round side affect affected affecting push pushed pushing enjoy enjoyed "
    "picture downside downsides without let lets letting handful already gave quickest "
    "sudden suddenly fine treat treated treating town easily always suit suited reach "
    "reached realise realised realize realized nobody fewer judged rated "
    # degrees of the genre's verdict words ("where are they strongest?")
    "stronger strongest weaker weakest poorer poorest "
    # how people said things ("how did workers talk about the families?"), what they noticed,
    # and idioms of the frame ("still hanging around", "stick by them", "chew
    # over a case", "how sharp was the panel", "sped up", "straight after")
    "talk talks talked talking speak speaks spoke spoken notice notices noticed hang hanging "
    "stick sticking chew chewing sharp sharper speed sped straight "
    # quantifiers and places of the frame ("did everyone get a say?", "anywhere else", "were
    # they OK?", "make sure")
    "everyone everybody every anywhere elsewhere ok okay sure "
    # what a question says of its topic rather than names ("what caused the delays?", "a
    # fresh push on tackling neglect", "did the inspection cover home education?", "which
    # groups did Ofsted explore?", "what results did the board get?", "a plus point", "going
    # ahead with checks", "the team they work alongside", "where it originally came from")
    "cause causes caused causing tackle tackles tackled tackling fresh cover covers covered "
    "covering explore explores explored exploring result results plus ahead alongside "
    "originally curious"))

#: How short an answer should be ("Newham 2019 in a sentence – what had happened?") frames
#: the question, it names no topic.
_BREVITY = re.compile(r"\bin (?:a|one|two|a few) (?:sentences?|lines?|words?|breaths?)"
                      r"(?: or two)?\b"
                      # "Herts 2023 – short answer: had the council spotted the problems?"
                      r"|\b(?:short|quick|brief|simple|one-word|one-line) (?:answer|verdict"
                      r"|summary|version)\b|\bin plain (?:terms|english|words)\b"
                      r"|\byes or no\b"
                      # "how many children in need did it have on its books?"
                      r"|\bon (?:its|their|the|[\w'’-]+['’]s?) books\b", re.IGNORECASE)

#: Months and seasons date what is asked ("at the March 2022 inspection"), they are not its
#: topic; a figure's sentence is still chosen by them ("at the end of March 2014"). ("May" is
#: left out: it is more often the verb.)
DATE_WORDS = frozenset(terms("spring summer autumn winter january february march april june "
                             "july august september october november december"))

#: A missing word is carried in other words when taking it out of the question makes the
#: question less like the passage's closest sentence by less than this (cosine): "extremism"
#: pulls "children at risk of extremism" towards "... at risk of radicalisation"; "knife"
#: pushes "knife crime" away from a sentence about crime in general. (Over every tuning
#: set, -0.04 against -0.025 answers 11 more answerable questions and 3 unanswerable ones;
#: -0.033 answers 5 and 2.)
MIN_PULL = -0.04
#: When a passage holds less than this share of the topic, the missing word must pull the
#: question towards it, not merely not push it away.
LOW_SHARE = 0.25
MIN_PULL_LOW_SHARE = 0.0
#: With none of its specific words in any passage, a question is answered only when a
#: sentence is at least this close in meaning.
MIN_SIMILARITY_WITHOUT_WORDS = 0.7
#: The two most specific words may both be the asker's own when the passage that holds the
#: most of the rest is this close in meaning and holds at least this share of the topic
#: ("remote access for partners to child protection conferences": "virtual" and "agencies").
#: (Chosen over every tuning set, where it answers 38 answerable questions the check refused
#: and 6 unanswerable ones.)
CLOSE_WITHOUT_SPECIFIC = 0.55
SHARE_WITHOUT_SPECIFIC = 0.3
#: Generic words ("young people", "county council", "local authority", "social care") that
#: narrow any other word they stand before ("young carers" are not foster carers).
NARROWING = PHRASE_MODIFIERS
#: The generic word that narrows most: "young carers" are people of their own.
STRONGEST = "young"
#: A narrowed word weighs this much more than its IDF: it is the most specific thing asked.
NARROWED_WEIGHT = 2.0
#: Passages, best first, searched for the one that carries the topic.
PASSAGES_CHECKED = 8
#: Passages, best first, whose best sentences a missing word's pull is measured against.
PASSAGES_PULLED = 5
#: A question about at most this many reports has their whole text searched for a missing
#: word (see ``shows_absence``).
WHOLE_TEXT_REPORTS = 3
#: A word in fewer passages of the index than this is the asker's own, not the genre's (see
#: ``shows_absence``). (Over every tuning set, 2 against 1 refuses 7 fewer answerable
#: questions and as many unanswerable ones; 6 refuses 2 fewer, 12 loses 3 unanswerable.)
KNOWN_PASSAGES = 2

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


@dataclass(frozen=True)
class Carried:
    """The passage that holds most of the question's topic, and what it lacks."""

    passage: Passage | None
    share: float  # of the topic's weight, the words the passage holds
    missing: tuple[str, ...]  # topic words the passage lacks, in any wording
    answered: bool  # whether the passages carry the topic


def topic_words(question: str, place_words: set[str] = frozenset()) -> list[str]:
    """The question's specific words (stemmed), in order, once each."""
    return [t for t in dict.fromkeys(terms(_joined(_BREVITY.sub(" ", question))))
            if t not in GENERIC and t not in DATE_WORDS and t not in QUESTION_NOISE
            and t not in place_words
            and not t.isdigit() and len(t) > 1]


def carried(question: str, passages: list[Passage], idf, embedder,
            place_words: set[str] = frozenset(),
            glosses: dict[str, list[frozenset[str]]] | None = None,
            known=None, report_words: frozenset[str] | None = None,
            optional: frozenset[str] = frozenset()) -> Carried:
    """Whether the first few passages carry the question's topic, and which one does most.

    Words weigh by their IDF. The rarest word names the topic: when the passage lacks it, it
    must be there in other words (see ``MIN_PULL``). A question none of whose specific words
    is in any passage needs a sentence close in meaning. ``glosses`` (see
    ``assistant.paraphrases.glosses``) give words that stand for a question word. An
    ``optional`` word counts where a passage holds it and is not missed where it does not
    ("positive" in "anything positive about the hub?").
    """
    wanted = topic_words(question, place_words)
    wanted += [t for t in phrase_words(question) if t not in wanted and t not in place_words]
    if not passages:
        return Carried(None, 0.0, tuple(wanted), False)
    if not wanted:
        return Carried(passages[0], 1.0, (), True)
    narrowed = _narrowed(question, wanted)
    weights = {t: idf(t) + NARROWED_WEIGHT * (t in narrowed) for t in wanted}
    required = {t: w for t, w in weights.items() if t not in optional} or weights
    optional = frozenset(weights) - frozenset(required)
    rarest = max(required, key=required.get)
    # (each side by its topic words, if it has any: "trafficked or exploited kids" asks no
    # kids; "work or college" is held by "work")
    alternatives = [tuple(side & set(wanted) or side for side in found)
                    for found in _alternatives(question)]
    # A gloss that is a term of the genre ("young carers" for "kids who look after a parent")
    # is held where its two words stand together, not by "young people" and "foster carers".
    glosses = _as_terms(glosses)

    def holds(word: str, present: set[str], text: str) -> bool:
        if word in narrowed and not any(o <= present for o in (glosses or {}).get(word, ())):
            return bool(narrowed[word][0].search(text))
        return held(word, present, glosses)

    def knows(word: str) -> bool:
        # a word the paraphrase table glosses ("jabs" / "immunisations") is the genre's too
        return known is None or known(word) or bool((glosses or {}).get(word))

    best = None
    for passage in passages[:PASSAGES_CHECKED]:
        present = _words_and_pairs(passage.paragraph.text)
        # "knives or other weapons": one of the alternatives is enough, held whole ("sexual
        # health or teenage pregnancy" is not held by "health" alone).
        present |= {t for sides in alternatives if any(side <= present for side in sides)
                    for side in sides for t in side}
        absent = tuple(t for t in wanted if not holds(t, present, passage.paragraph.text))
        counted = {t: w for t, w in weights.items() if t not in optional or t not in absent}
        share = sum(w for t, w in counted.items() if t not in absent) / sum(counted.values())
        absent = tuple(t for t in absent if t not in optional)
        if best is None or share > best.share:
            best = Carried(passage, share, absent, True)
        if not absent:
            return best
    similarity = max(p.similarity for p in passages[:PASSAGES_CHECKED])
    # None of its words near the top, and nothing close in meaning: not there, unless the
    # report uses every one of them elsewhere (the search missed them).
    if best.share == 0 and similarity < MIN_SIMILARITY_WITHOUT_WORDS and any(
            shows_absence(t, None, report_words, glosses) for t in wanted):
        return replace(best, answered=False)
    # One specific word may be there in other words; the two most specific, both absent
    # from every passage near the top, mean the topic is not there ("forced marriage and
    # honour-based abuse" over a report on domestic abuse).
    most_specific = sorted(required, key=required.get, reverse=True)[:2]
    if len(wanted) > 2 and all(t in best.missing and not any(
            holds(t, _words_and_pairs(p.paragraph.text), p.paragraph.text)
            for p in passages[:PASSAGES_CHECKED]) for t in most_specific) and any(
            shows_absence(t, knows, report_words, glosses) for t in most_specific) and not (
            best.passage.similarity >= CLOSE_WITHOUT_SPECIFIC
            and best.share >= SHARE_WITHOUT_SPECIFIC):
        return replace(best, answered=False)
    # A narrowed term ("young carers") is named so wherever a report speaks of it: "foster
    # carers" near "young people" is not it, however close in meaning.
    # "Young" narrows most of all (young carers, young parents, young offenders are people of
    # their own): such a word missing means the topic is not there, whatever else is.
    # (A term the report writes elsewhere was missed by the search, as above.)
    def absent(t: str) -> bool:
        term = narrowed[t][1]
        return term is None or report_words is None or term not in report_words

    if (rarest in narrowed and rarest in best.missing and absent(rarest)) or any(
            t in best.missing and t not in GENERIC and _term_of_its_own(narrowed[t][1])
            and absent(t) for t in narrowed) or any(
            t in best.missing and narrowed[t][0].pattern.startswith(rf"\b{STRONGEST}(")
            and absent(t) for t in narrowed):
        return replace(best, answered=False)
    # (A rarest word the report uses elsewhere was missed by the search, as above.)
    if rarest in best.missing and shows_absence(rarest, knows, report_words, glosses) and _pull(
            question, rarest, passages, embedder) < (
            MIN_PULL if best.share >= LOW_SHARE else MIN_PULL_LOW_SHARE):
        return replace(best, answered=False)
    return best


#: Generic words that make a term of their own with the word after them ("county lines",
#: "social media"; "young carers" too, see ``STRONGEST``); "local" only places what it narrows
#: ("local community groups" are community groups).
_OWN_TERM_MODIFIERS = frozenset(terms("county social"))


def _term_of_its_own(term: str | None) -> bool:
    """Whether a narrowed ``term`` ("counti line") names a thing of its own, which a report
    that never writes it does not speak of."""
    return bool(term) and term.split()[0] in _OWN_TERM_MODIFIERS


def shows_absence(word: str, known=None, report_words: frozenset[str] | None = None,
                  glosses: dict[str, list[frozenset[str]]] | None = None) -> bool:
    """Whether a question word missing from the passages found shows that the topic is not in
    the report. A word no report uses is the asker's own ("kids swept up in police raids",
    "families passed from pillar to post"): the report says it in other words, if at all. A
    word the report uses elsewhere ("therapist", "written") was missed by the search, not
    absent. A word of the genre the report never uses ("radicalisation", "guardianship" in a
    report with neither) is what shows it.

        >>> shows_absence("raid", known=lambda w: False)
        False
        >>> shows_absence("guardianship", lambda w: True, frozenset({"adopt", "foster"}))
        True
    """
    if known is not None and not known(word):
        return False
    # (A gloss of one word counts, "grown-ups" / "adults"; the words of a longer one can be
    # anywhere in a whole report.)
    return report_words is None or not (held(word, report_words) or any(
        len(option) == 1 and option <= report_words for option in (glosses or {}).get(word, ())))


def _narrowed(question: str, wanted: list[str]) -> dict[str, tuple[re.Pattern, str | None]]:
    """Topic words narrowed by the word before them into a term of the genre ("young carers",
    "county lines", "local offer", "social media", "self-harm", "honour-based"): stem → the
    pattern of the two words together, and the term as ``genre_words`` writes it ("self
    harm"). A pair the genre never writes ("local pubs", "top-rated") is the asker's own: its
    words are read as they are."""
    out = {}
    phrases = genre_phrases()
    for modifier, word in re.findall(rf"\b({'|'.join(NARROWING)})\s+([A-Za-z][\w’'-]*)",
                                     question, re.IGNORECASE):
        stem = next(iter(terms(word)), None)
        pair = phrase_stems(modifier, word)
        if stem in wanted and pair in phrases:
            start = re.escape(word[:max(3, len(word) - 2)])
            # ("local multidisciplinary teams" / "a localised, multidisciplinary approach")
            out[stem] = (re.compile(rf"\b{modifier.lower()}(?:ised|ized|ity|ities)?\W+{start}",
                                    re.IGNORECASE), " ".join(pair))
    # A compound that ends its phrase names the topic ("kids self-harming?"); one before a
    # noun only describes it ("long-term neglect", "short-term safety plans").
    for first, second, after in _HYPHENATED.findall(question):
        pair = phrase_stems(first, second)
        if pair and pair[1] in wanted and pair[1] not in out and pair in phrases \
                and not (after and terms(after)):
            start = re.escape(second[:max(3, len(second) - 3)])
            out[pair[1]] = (re.compile(rf"\b{re.escape(first)}\W?{start}", re.IGNORECASE),
                            " ".join(pair))
    # "the Prevent duty" is held by the duty, not by the verb every report uses ("to prevent").
    if "prevent" in wanted and _PREVENT_DUTY.search(question):
        out["prevent"] = (_PREVENT_DUTY, None)
    return out


#: A hyphenated compound ("self-harming") and the word after it, if any.
_HYPHENATED = re.compile(HYPHENATED.pattern + r"(?:\s+([A-Za-z]+))?")


#: The counter-extremism duty, capitalised as its name (mid-sentence) or named as a duty.
_PREVENT_DUTY = re.compile(r"(?<=[a-z,;] )Prevent\b|\b[Pp]revent duty\b|‘Prevent’|'Prevent'")


def carries(found: Carried) -> bool:
    return found.passage is not None and found.answered


def _alternatives(question: str) -> list[tuple[frozenset[str], ...]]:
    """The stems of the phrases a question offers as alternatives, "X or (other) Y", "X and/or
    Y": each side is the run of words next to "or" ("sexual health or teenage pregnancy among
    care leavers" → {sexual, health} / {teenag, pregnanc}).

        >>> [sorted(map(sorted, sides)) for sides in _alternatives("knives or other weapons?")]
        [[['knive'], ['weapon']]]
    """
    words = re.findall(r"[A-Za-z][\w’'-]*|[^\sA-Za-z]+",
                       re.sub(r"\band/or\b", "or", question, flags=re.IGNORECASE))
    out = []
    for at, word in enumerate(words):
        if word.lower() != "or":
            continue
        left = _run(reversed(words[:at]))
        right = _run(words[at + 1:])
        if left and right:
            out.append((frozenset(left), frozenset(right)))
    return out


#: Words skipped after "or" ("knives or other weapons").
_OR_FILLERS = frozenset({"other", "any", "another"})
#: Words that end a side ("teenage pregnancy among care leavers").
_OR_ENDS = frozenset(terms("among amongst including within across between during after before "
                           "like such use used using"))
#: At most this many words make one side of an alternative.
ALTERNATIVE_WORDS = 2


def _run(words) -> list[str]:
    """The stems of the content words that stand together at the start of ``words``."""
    out = []
    for word in words:
        if not out and word.lower() in _OR_FILLERS:
            continue
        stems = terms(word)
        if not stems or len(out) >= ALTERNATIVE_WORDS or set(stems) & _OR_ENDS:
            break
        out.extend(stems)
    return out


#: Irregular verbs: a stem held as any of its forms ("paid" / "pay", "left care" / "leaving").
_IRREGULAR = [frozenset(terms(forms)) for forms in (
    "pay paid", "leave left", "teach taught", "spend spent", "send sent", "lose lost",
    "choose chose chosen choice", "buy bought", "seek sought", "fall fell fallen",
    "rise rose risen", "grow grew grown", "write wrote written", "speak spoke spoken", "build built",
    "break broke broken", "drive drove driven", "sell sold", "fight fought", "catch caught",
    "forget forgot forgotten", "understand understood", "steal stole stolen",
    # nouns in -acy of adjectives and nouns in -ate ("advocacy" is what advocates give)
    "advocacy advocate advocates", "accuracy accurate", "literacy literate")]
_FORMS = {stem: forms for forms in _IRREGULAR for stem in forms}


#: The second halves of the genre's closed compounds ("caseload", "workforce", "timescale",
#: "letterbox"), stemmed.
_COMPOUND_TAILS = ("load", "forc", "scal", "work", "box")


def held(word: str, present: set[str],
         glosses: dict[str, list[frozenset[str]]] | None = None) -> bool:
    """A stem held as is, as its other English form ("knives" / "knife"), or in the words
    that stand for it ("courts" / "proceedings", "FGM" / "female genital mutilation")."""
    if word in present or present & _FORMS.get(word, frozenset()):
        return True
    if word.endswith("ve") and (word[:-2] + "f" in present or word[:-2] + "fe" in present):
        return True
    # "registered" is asked about wherever a report speaks of "unregistered" homes
    if "un" + word in present:
        return True
    # an adjective in -y and its noun: "risky" / "risks", "healthy" / "health" (not "-ial":
    # "official" stems to "offici", not "office" + y)
    if word.endswith("i") and len(word) >= 5 and not word.endswith(("ci", "ti")) \
            and word[:-1] in present:
        return True
    if len(word) >= 4 and not word.endswith(("c", "t")) and word + "i" in present:
        return True
    # a verb and its noun in -t: "complained" / "complaints", "restrained" / "restraint"
    if len(word) >= 6 and word + "t" in present:
        return True
    # a compound holds its first word: "too many cases" / "caseloads are too high"
    if len(word) >= 4 and any(word + tail in present for tail in _COMPOUND_TAILS):
        return True
    # an abbreviation's plural ("GCSEs", "PEPs") is not stemmed: its singular stands for it
    if word.endswith("s") and word[:-1] in present:
        return True
    # Latin verbs in -d make nouns in -s: "suspended" / "suspensions", "excluded" /
    # "exclusion", "respond" / "response".
    if len(word) >= 5 and ((word.endswith("d") and word[:-1] + "s" in present)
                           or (word.endswith("s") and word[:-1] + "d" in present)):
        return True
    return any(option <= present for option in (glosses or {}).get(word, ()))


def _pull(question: str, stem: str, passages: list[Passage], embedder) -> float:
    """How much the word ``stem`` draws the question towards the closest best sentence of the
    passages: similarity with it less similarity without it."""
    raw = _raw_words(question).get(stem, stem)
    without = re.sub(rf"\b{re.escape(raw)}\w*", " ", question, flags=re.IGNORECASE)
    sentences = list(dict.fromkeys(p.sentences[0][0] for p in passages[:PASSAGES_PULLED]))
    vectors = embedder.encode([question, without] + sentences)
    similarity = vectors[2:] @ vectors[:2].T  # sentences × (with, without)
    closest = int(np.argmax(similarity[:, 0]))
    return float(similarity[closest, 0] - similarity[closest, 1])


def _raw_words(text: str) -> dict[str, str]:
    """Stem → the word as written, for the words of ``text``."""
    out: dict[str, str] = {}
    for word in _WORD.findall(text):
        for stem in terms(word):
            out.setdefault(stem, word.lower())
    return out


@lru_cache(maxsize=50_000)
def paragraph_terms(text: str) -> tuple[str, ...]:
    return tuple(terms(_joined(_DEGREE.sub(" ", text))))


def report_terms(report) -> frozenset[str]:
    """Every stemmed word of a report's paragraphs."""
    return frozenset(t for p in report.paragraphs for t in paragraph_terms(p.text))


def _as_terms(glosses: dict[str, list[frozenset[str]]] | None
              ) -> dict[str, list[frozenset[str]]] | None:
    """``glosses`` with each two-word option that is a term of the genre written as the term
    ("young carer"), as ``_words_and_pairs`` and ``report_pairs`` hold it."""
    if not glosses:
        return glosses
    phrases = genre_phrases()

    def term(option: frozenset[str]) -> frozenset[str]:
        if len(option) == 2:
            a, b = sorted(option)
            for pair in ((a, b), (b, a)):
                if pair in phrases:
                    return frozenset({" ".join(pair)})
        return option

    return {word: [term(o) for o in options] for word, options in glosses.items()}


@lru_cache(maxsize=4096)
def _words_and_pairs(text: str) -> frozenset[str]:
    """The stemmed words of a paragraph and every two that stand together ("young carer")."""
    words = paragraph_terms(text)
    return frozenset(words) | {f"{a} {b}" for a, b in zip(words, words[1:])}


def report_pairs(report) -> frozenset[str]:
    """Every two stemmed words that stand together in a report's paragraphs, written as the
    genre's two-word terms are ("self harm" for "self-harm" or "self harm")."""
    pairs = set()
    for paragraph in report.paragraphs:
        words = paragraph_terms(paragraph.text)
        pairs.update(f"{a} {b}" for a, b in zip(words, words[1:]))
    return frozenset(pairs)


def _joined(text: str) -> str:
    """``text`` with the genre's compounds written as one word ("well-being", "health care",
    "life story books"),
    so that each is one stem however it is spelt ("well-being" would be "well" alone)."""
    return _SPLIT_COMPOUND.sub(lambda m: m.group(1) + m.group(2), text)


_SPLIT_COMPOUND = re.compile(r"\b(well(?=[\s-]being)|health(?=[\s-]care)|story(?=[\s-]books?))"
                             r"[\s-](being|care|books?)\b", re.IGNORECASE)


#: Adverbs of degree, which stem like the topics they are not: "extremely positive" holds no
#: "extremism", "exceptionally strong" no "exceptions".
_DEGREE = re.compile(r"\b(?:extremely|exceptionally)\b", re.IGNORECASE)
