"""A conversation: follow-up questions read in the light of the previous one.

People ask a second question the way they would ask a colleague: "and for looked after
children?", "what about 2022?", "who led it?", "why?". The index cannot answer those on their
own, so each follow-up is rewritten into a whole question before it is asked, and the rewrite is
shown ("Read as: ...") so that a wrong reading is visible. The rules are about the shape of the
question (a leading "and"/"what about", a pronoun, a bare "why?"), never about one report's
wording. A question that stands on its own is asked as it is and starts a new topic.

Example:
    >>> conversation = Conversation()
    >>> conversation.read("what was the grade for partnership working?").read_as
    'what was the grade for partnership working?'
    >>> first = conversation.read("what was the grade for partnership working?")
    >>> conversation.remember(first, ["Sefton 2011"])
    >>> conversation.read("and for looked after children?").read_as
    'what was the grade for partnership working for looked after children?'
    >>> conversation.read("who led it?").read_as
    'who led the Sefton 2011 inspection?'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

# "and ...", "what about ...", "how about ...", "same for ...": the rest refines the last topic.
_CONNECTOR = re.compile(
    r"^\s*(?:and\s+what\s+about|and\s+how\s+about|what\s+about|how\s+about|what\s+of|"
    r"same\s+(?:question\s+)?for|and\s+also|and|also|but|then)\b[\s,]*", re.IGNORECASE)
# A refinement that names a group or a part of the service: kept beside the last subject.
_QUALIFIER = re.compile(r"^(?:for|in\s+respect\s+of|regarding)\s+(.+)$", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# "and what did inspectors say about ...": a whole question after the connector.
_FULL_QUESTION = re.compile(r"^(?:what|how|who|when|where|why|which|is|are|was|were|did|does|"
                            r"do|has|have)\b", re.IGNORECASE)
_THERE = re.compile(r"\b(?:there|in that report|in that inspection)\b", re.IGNORECASE)
# A place or a year named in a follow-up ("... in Wigan?", "... in 2019?"): a report of its
# own; a capitalised term of the genre ("Ofsted", "the MASH") names none.
_NAMES_A_REPORT = re.compile(r"\b(?:19|20)\d\d\b|\b(?!(?:Ofsted|Inspectors?|HMIs?|I)\b)"
                             r"[A-Z][a-z][\w'’-]*")
_IN_YEAR = re.compile(r"\s*\b(?:in|for|from)?\s*\b(?:19|20)\d{2}\b", re.IGNORECASE)
# "in Bristol", "in 2023", "in North Somerset in 2019" at the end of a question: its scope.
_SCOPE = re.compile(r"(?:\s+in\s+(?:(?:19|20)\d{2}|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))+$")
_PRONOUN = re.compile(r"\b(its|it|that|this|they|them|those|these)\b", re.IGNORECASE)
_BARE_WHY = re.compile(r"^\s*(why|how come|why so|why is that|why was that|on what basis)\s*\??\s*$",
                       re.IGNORECASE)
# Verbs whose "it" is the inspection rather than the subject of the last question.
_INSPECTION_VERBS = re.compile(
    r"\b(led|lead|leads|inspected|inspect|carried out|conducted|published|visited|happen\w*|"
    r"take place|took place|when)\b", re.IGNORECASE)
# "what did it say about caseloads?": who says or finds is the report, not the last subject.
_REPORT_SPEAKS = re.compile(r"\b(?:it|they)\s+(?:say|said|find|found|note|noted|conclude|concluded"
                            r"|describe|described|make\s+of)\b", re.IGNORECASE)
_FRAME_PREPOSITION = re.compile(r"\b(?:for|about|of|on|regarding|into)\s+(?:the\s+)?(.+)$",
                                re.IGNORECASE)
_FRAME_COPULA = re.compile(r"^\s*(?:how|what|which|who|where|why)\b(?:\s+\w+)?\s+"
                           r"(?:was|were|is|are|did|does|do|has|have)\s+(?:the\s+)?(.+)$",
                           re.IGNORECASE)
_FRAME_COUNT = re.compile(r"^\s*how\s+(?:many|much)\s+(.+?)\s+(?:were|was|are|is|have|has|"
                          r"did|do|does)\b", re.IGNORECASE)
_TRAILING_VERB = re.compile(r"\s+(?:judged|graded|rated|assessed|found|like|described|"
                            r"do|doing|perform|performing)(?:\s+to\s+be)?\s*$", re.IGNORECASE)
#: Short questions are the ones whose pronoun points back; a longer one usually names its own.
_SHORT = 5
#: The parts reports are divided into, by the children each serves: "what needs to improve for
#: looked after children?" then "and for safeguarding?" asks the same of the other part, while
#: "the grade for partnership working" then "and for looked after children?" narrows it.
_PART = re.compile(r"^(?:the\s+)?(?:safeguarding(?:\s+services)?"
                   r"|(?:services\s+for\s+)?looked\s+after\s+children"
                   r"|children\s+(?:in\s+care|looked\s+after|in\s+need)|care\s+leavers"
                   r"|help\s+and\s+protection|children\s+who\s+need\s+help\s+and\s+protection"
                   r"|adoption|leadership(?:\s+and\s+management)?)$", re.IGNORECASE)


@dataclass(frozen=True)
class Reading:
    """How a question was read: ``read_as`` is what is asked of the index.

    ``followup`` is True when the question was rewritten from the previous one, and ``how``
    says which rule applied, for people. ``base`` is the whole question a later "and for ...?"
    refines, and ``subject`` what the question is about ("partnership working").
    """

    question: str
    read_as: str
    followup: bool = False
    how: str = ""
    base: str = ""
    subject: str | None = None


@dataclass(frozen=True)
class _Topic:
    """What the conversation is about after an answered question."""

    base: str
    read_as: str
    subject: str | None
    reports: tuple[str, ...] = ()     # labels of the reports it cited


class Conversation:
    """Reads each question against the last answered one; ``remember`` moves the topic on."""

    def __init__(self) -> None:
        self._topic: _Topic | None = None

    def reset(self) -> None:
        """Forget the topic: the next question is read on its own."""
        self._topic = None

    def read(self, question: str) -> Reading:
        """How ``question`` is to be asked, given the last answered question.

        Example:
            >>> Conversation().read("why?").read_as  # nothing to refer back to
            'why?'
        """
        question = " ".join(question.split())
        topic = self._topic
        if topic is not None and question:
            if _BARE_WHY.match(question):
                found = self._why(question, topic)
            elif (connector := _CONNECTOR.match(question)) and connector.end() < len(question):
                rest = question[connector.end():]
                found = self._refine(question, rest, topic)
                # "And what were the weaknesses in it?": a question of its own about "it"
                if found is None and _PRONOUN.search(rest) \
                        and len(rest.rstrip("?").split()) <= _SHORT + 2:
                    found = self._resolve_pronoun(question, topic, rest)
            elif len(question.rstrip("?").split()) <= _SHORT and _PRONOUN.search(question):
                found = self._resolve_pronoun(question, topic)
            else:
                found = None
            if found is not None:
                return found
        return Reading(question, question, base=question, subject=subject_of(question))

    def remember(self, reading: Reading, report_labels: list[str] | tuple[str, ...] = ()) -> None:
        """Record an answered question (as it was read) and the reports its answer cited.

        Example:
            >>> c = Conversation()
            >>> c.remember(c.read("how was leadership and management judged?"))
            >>> c.read("why?").read_as
            'what does the report say about leadership and management?'
        """
        self._topic = _Topic(base=reading.base or reading.read_as, read_as=reading.read_as,
                             subject=reading.subject, reports=tuple(dict.fromkeys(report_labels)))

    # -- rules: each returns None when it cannot read the question ------------------------
    def _refine(self, question: str, rest: str, topic: _Topic) -> Reading | None:
        rest = rest.strip().rstrip("?").strip()
        if _FULL_QUESTION.match(rest) and len(rest.split()) >= _SHORT:
            return self._next_question(question, rest, topic)
        if len(topic.reports) != 1 or not _THERE.search(rest):
            return self._refine_rest(question, rest, topic)
        # "and what about adoption there?": read without "there", asked of the report cited
        rest = " ".join(_THERE.sub(" ", rest).split())
        reading = self._refine_rest(question, rest, topic) if rest else None
        if reading is None or _named_place(reading.read_as, _places(topic)):
            return reading
        read_as = f"{_strip_question_mark(reading.read_as)} in {topic.reports[0]}?"
        return replace(reading, read_as=read_as, base=read_as,
                       how=f"“there” is {topic.reports[0]}")

    def _refine_rest(self, question: str, rest: str, topic: _Topic) -> Reading | None:
        """``rest``: the follow-up less its connector, "?" and "there"."""
        base = _strip_question_mark(topic.base)
        year = _YEAR.fullmatch(re.sub(r"^(?:in|for|from)\s+", "", rest, flags=re.IGNORECASE))
        if year:
            read_as = _with_year(topic.read_as, year.group(0))
            return Reading(question, read_as, True, "same question, another year",
                           base=read_as, subject=topic.subject)
        place = re.sub(r"^(?:in|at|for)\s+", "", rest, flags=re.IGNORECASE)
        if _is_proper_name(place):
            return Reading(question, f"{_with_place(base, place, _places(topic))}?", True,
                           "same question, another place", base=topic.base,
                           subject=topic.subject)
        # "what about Middlesbrough 2015?", "and Bristol in 2018?": another place and year
        dated = _YEAR.search(place)
        name = re.sub(r"\s+(?:in|from|for)$", "", " ".join(_YEAR.sub(" ", place).split()),
                      flags=re.IGNORECASE)
        if dated and _is_proper_name(name):
            read_as = _with_year(f"{_with_place(base, name, _places(topic))}?",
                                 dated.group(0))
            return Reading(question, read_as, True, "same question, another place and year",
                           base=read_as, subject=topic.subject)
        qualifier = _QUALIFIER.match(rest)
        if qualifier and topic.subject and _PART.match(topic.subject) \
                and _PART.match(qualifier.group(1)) and topic.subject in topic.base:
            read_as = topic.base.replace(topic.subject, qualifier.group(1), 1)
            return Reading(question, read_as, True, "same question, another part",
                           base=read_as, subject=qualifier.group(1))
        if qualifier:
            return Reading(question, f"{base} for {qualifier.group(1)}?", True,
                           "same subject, narrowed", base=topic.base, subject=topic.subject)
        if topic.subject and topic.subject in topic.base \
                and not _named_place(topic.subject, _places(topic)):
            # (a subject read with the council in it, "Doncaster support care leavers", would
            # take the council away: the new subject is asked of the report instead, below)
            read_as = topic.base.replace(topic.subject, rest, 1)
            return Reading(question, read_as, True, "same question, another subject",
                           base=read_as, subject=rest)
        if len(topic.reports) == 1 and not _YEAR.search(rest):
            # "Stoke 2019 – kids in care, the verdict in brief?" then "and what about
            # leadership?": no subject to swap, so the new one is asked of the report cited
            read_as = f"what does the report say about {rest} in {topic.reports[0]}?"
            return Reading(question, read_as, True, f"asked of {topic.reports[0]}",
                           base=read_as, subject=rest)
        return None

    def _next_question(self, question: str, rest: str, topic: _Topic) -> Reading | None:
        """"and what did inspectors say about young carers there?": a question of its own,
        asked of the report just cited ("there", or no other place or year named), never
        spliced into the last one."""
        if len(topic.reports) != 1:
            return None
        if _THERE.search(rest):
            read_as = _THERE.sub(f"in {topic.reports[0]}", rest, count=1)
            return Reading(question, f"{read_as}?", True, f"“there” is {topic.reports[0]}",
                           base=f"{read_as}?", subject=subject_of(read_as))
        # ("and what were the weaknesses in it?" is about the last subject: see below)
        if _NAMES_A_REPORT.search(rest.split(None, 1)[-1]) or _PRONOUN.search(rest):
            return None
        read_as = f"{rest} in {topic.reports[0]}"
        return Reading(question, f"{read_as}?", True, f"asked of {topic.reports[0]}",
                       base=f"{read_as}?", subject=subject_of(read_as))

    def _resolve_pronoun(self, question: str, topic: _Topic,
                         asked: str | None = None) -> Reading | None:
        """``asked``: the question less a connector ("And what were ... in it?")."""
        scope = _SCOPE.search(_strip_question_mark(topic.read_as))
        if _REPORT_SPEAKS.search(question) and len(topic.reports) == 1:
            referent, how = f"the {topic.reports[0]} report", "“it” is the report"
        elif _INSPECTION_VERBS.search(question) and len(topic.reports) == 1:
            referent, how = f"the {topic.reports[0]} inspection", "“it” is the inspection"
        elif _INSPECTION_VERBS.search(question) and scope:
            # No one report was cited: the inspection is the one the last question named.
            read_as = _strip_question_mark(_PRONOUN.sub(
                lambda m: "the inspection's" if m.group(1).lower() == "its" else "the inspection",
                question, count=1))
            return Reading(question, f"{read_as}{scope.group(0)}?", True,
                           "“it” is the inspection the last question named",
                           base=topic.base, subject=topic.subject)
        elif topic.subject and not _INSPECTION_VERBS.search(question):
            referent, how = topic.subject, f"“it” is {topic.subject}"
        else:
            return None
        asked = (asked or question).strip()
        # "What were its weaknesses?" → "What were partnership working's weaknesses?"
        read_as = _PRONOUN.sub(lambda m: f"{referent}'s" if m.group(1).lower() == "its"
                               else referent, asked, count=1)
        return Reading(question, read_as, True, how, base=topic.base, subject=topic.subject)

    def _why(self, question: str, topic: _Topic) -> Reading | None:
        # The reasons for a judgement are the section the report writes about it.
        if not topic.subject:
            return None
        return Reading(question, f"what does the report say about {topic.subject}?", True,
                       "the reasons for the last answer", base=topic.base,
                       subject=topic.subject)


def subject_of(question: str) -> str | None:
    """The subject of a question: what it asks about, without the question frame.

    Example:
        >>> subject_of("what was the grade for partnership working?")
        'partnership working'
        >>> subject_of("how was leadership and management judged?")
        'leadership and management'
    """
    core = _IN_YEAR.sub("", _strip_question_mark(question)).strip()
    match = (_FRAME_COUNT.match(core) or _FRAME_PREPOSITION.search(core)
             or _FRAME_COPULA.match(core))
    if not match:
        return None
    subject = _TRAILING_VERB.sub("", match.group(1))
    subject = re.sub(r"^(?:judged|graded|rated)\s+(?:as\s+)?", "", subject).strip(" ,")
    # "the verdict on care leavers in Stoke": the place is the question's scope, which a
    # follow-up about another subject keeps ("and what about leadership?")
    subject = _SCOPE.sub("", subject).strip(" ,")
    return subject or None


def _with_year(question: str, year: str) -> str:
    if _YEAR.search(question):
        return _YEAR.sub(year, question, count=1)
    return f"{_strip_question_mark(question)} in {year}?"


def _places(topic: _Topic) -> tuple[str, ...]:
    """The councils of the reports the last answer cited ("Blackburn with Darwen 2025" →
    "Blackburn with Darwen"), longest first."""
    names = {re.sub(r"\s+(?:19|20)\d\d\b.*$", "", label) for label in topic.reports}
    return tuple(sorted(names, key=len, reverse=True))


def _named_place(text: str, places: tuple[str, ...]) -> re.Match | None:
    """Where ``text`` names the first of ``places`` it names, if any.

    Example:
        >>> _named_place("Doncaster support care leavers", ("Leeds", "Doncaster")).group(0)
        'Doncaster'
    """
    return next((found for place in places
                 if (found := re.search(rf"\b{re.escape(place)}\b", text, re.IGNORECASE))),
                None)


def _with_place(question: str, place: str, named_places: tuple[str, ...] = ()) -> str:
    """``question`` (without its "?") asked of ``place``: a place it named is replaced, first
    one of ``named_places`` (the councils the last answer cited) wherever it stands ("how would
    you sum up Blackburn with Darwen's leadership?")."""
    question = _strip_question_mark(question)
    found = _named_place(question, named_places)
    if found:
        return question[:found.start()] + place + question[found.end():]
    # "Brent 2026 – when was it last inspected?": the report named before the question
    named = re.match(r"([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|upon))*)"
                     r"(?=\s+(?:(?:19|20)\d\d\s*)?[–:-]\s)", question) or \
        re.search(r"\b(?:in|at|for)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)", question)
    if named:
        return question[:named.start(1)] + place + question[named.end(1):]
    return f"{question} in {place}"


def _strip_question_mark(text: str) -> str:
    return text.strip().rstrip("?").rstrip()


def _is_proper_name(text: str) -> bool:
    """"Bristol", "North Somerset": every word capitalised (a place, not a topic)."""
    words = text.split()
    return bool(words) and len(words) <= 4 and all(w[:1].isupper() for w in words)
