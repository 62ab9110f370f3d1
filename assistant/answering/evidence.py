"""Whether the passages found carry the question's topic: its specific words, or words that
mean the same, in one passage. A question whose most specific words occur in no passage near
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
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

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
    "proportion percentage share number numbers rate rates many much long often quickly "
    "amount total average level levels figure figures "
    "praise praised praising criticise criticised criticism comment comments commented "
    "mention mentioned note noted describe described highlight highlighted identify "
    "identified view views think thought feel felt tell told explain explained "
    "deal dealt dealing handle handled handling manage managed come came hold held "
    "receive received receiving use used using take taken taking give given giving "
    "concern concerns concerned worry worries worried go goes gone going went "
    "way ways approach arrangements happen compare compared comparing comparison versus "
    "between both"))

#: A missing word is matched in meaning by a passage word at least this close (word vectors).
SAME_MEANING = 0.7
#: Sentences of a passage (best first) searched for words meaning the same as a missing one.
SYNONYM_SENTENCES = 4
#: Share of the question's topic (by word weight) one passage must carry.
MIN_CARRIED = 0.6
#: Passages, best first, of which one must carry the topic.
PASSAGES_CHECKED = 5

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


@dataclass(frozen=True)
class Carried:
    """How much of the question's topic the best carrying passage holds."""

    passage: Passage | None
    share: float
    missing: tuple[str, ...]  # topic words no checked passage holds, in any wording


def topic_words(question: str, place_words: set[str] = frozenset()) -> list[str]:
    """The question's specific words (stemmed), in order, once each."""
    return [t for t in dict.fromkeys(terms(question))
            if t not in GENERIC and t not in QUESTION_NOISE and t not in place_words
            and not t.isdigit() and len(t) > 1]


def carried(question: str, passages: list[Passage], idf, embedder,
            place_words: set[str] = frozenset()) -> Carried:
    """The passage among the first few that carries most of the question's topic.

    A topic word counts when the passage holds it, or a word whose vector is within
    ``SAME_MEANING`` of it ("kids" for "children", "courts" for "proceedings"). Words weigh
    by their IDF, and the rarest word of the question must be held: it names the topic.
    """
    wanted = topic_words(question, place_words)
    if not wanted or not passages:
        return Carried(passages[0] if passages else None, 1.0, ())
    weights = {t: idf(t) for t in wanted}
    rarest = max(weights, key=weights.get)
    raw = _raw_words(question)
    best = Carried(None, 0.0, tuple(wanted))
    for passage in passages[:PASSAGES_CHECKED]:
        present = set(_paragraph_terms(passage.paragraph.text))
        absent = [t for t in wanted if t not in present]
        if absent:
            # Synonyms are looked for in the passage's best sentences, where the answer is.
            best_sentences = " ".join(text for text, _ in passage.sentences[:SYNONYM_SENTENCES])
            absent = _without_synonyms(absent, raw, best_sentences, embedder)
        share = sum(w for t, w in weights.items() if t not in absent) / sum(weights.values())
        if rarest in absent:
            share = min(share, MIN_CARRIED - 0.01)
        if share > best.share:
            best = Carried(passage, share, tuple(absent))
        if share >= 1.0:
            break
    return best


def carries(found: Carried) -> bool:
    return found.passage is not None and found.share >= MIN_CARRIED


def _raw_words(text: str) -> dict[str, str]:
    """Stem → the word as written, for the words of ``text``."""
    out: dict[str, str] = {}
    for word in _WORD.findall(text):
        for stem in terms(word):
            out.setdefault(stem, word.lower())
    return out


def _without_synonyms(absent: list[str], question_words: dict[str, str], text: str,
                      embedder) -> list[str]:
    """The absent words that no word of ``text`` matches in meaning."""
    words = sorted(set(_raw_words(text).values()))
    asked = [question_words.get(t, t) for t in absent]
    vectors = _word_vectors(embedder, tuple(asked + words))
    similarity = vectors[:len(asked)] @ vectors[len(asked):].T
    return [t for t, row in zip(absent, similarity) if not len(row) or row.max() < SAME_MEANING]


_VECTORS: dict[tuple[str, str], np.ndarray] = {}


def _word_vectors(embedder, words: tuple[str, ...]) -> np.ndarray:
    """Vectors of single words, remembered across questions (the same words recur)."""
    model = getattr(embedder, "name", type(embedder).__name__)
    new = [w for w in dict.fromkeys(words) if (model, w) not in _VECTORS]
    if new:
        for word, vector in zip(new, embedder.encode(new)):
            _VECTORS[(model, word)] = vector
    return np.vstack([_VECTORS[(model, w)] for w in words])


@lru_cache(maxsize=50_000)
def _paragraph_terms(text: str) -> tuple[str, ...]:
    return tuple(terms(text))
