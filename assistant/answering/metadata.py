"""Questions about the inspection itself, answered from the report's title page (who led
it, when, to whom a letter is addressed) and from its own line on the law it was carried out
under.

Example:
    >>> answer_inspector(asked, context).text   # doctest: +SKIP
    'The lead inspector of Sefton 2011 was Sheena Doyle [Sefton 2011, Title page].'
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answering.context import AnswerContext, AskedQuestion, Draft
from assistant.answering.judgement import ASKS_PREVIOUS, FULL, VISITS, previous_inspection
from assistant.citations import cite
from assistant.records import Citation, Report
from assistant.sentences import split_sentences


def answer_inspector(q: AskedQuestion, ctx: AnswerContext) -> Draft | None:
    """The lead inspector, quoted from the line that names them (the Care Quality
    Commission's when the question names it; every one when the report names two)."""
    if len(q.reports) != 1:
        return None
    report = ctx.report(q.reports[0].id)
    named = _named_leads(q, report)
    if named:
        return _with_dates(q, report, named)
    name = report.metadata.lead_inspector
    if not name:
        return None
    for para in report.paragraphs:
        for line in para.text.split("\n"):
            if name in line:
                citation = cite(report, para, line.strip(), 1.0)
                if citation:
                    draft = Draft(f"The lead inspector of {report.label} was {name} "
                                  f"[{citation.locator()}].", (citation,))
                    return _with_dates(q, report, _with_team(q, report, draft))
    return None


#: "Lead inspectors: Rebecca Quested, His Majesty’s Inspector, and Matthew Reed, ..."
_LEADS = re.compile(r"\bLead inspectors:\s*(.+)")
#: An area SEND inspection's team line: "... Lesley Perry, CQC Lead inspector ..."
_CQC_LEAD = re.compile(r"((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+),?\s+CQC\s+"
                       r"(?i:lead\s+inspector)")
_ASKS_CQC = re.compile(r"\bCQC\b|\bCare Quality Commission\b", re.IGNORECASE)
#: "Name, His Majesty’s Inspector" in a list of leads: the name alone.
_NAME_BEFORE_TITLE = re.compile(r"(?:^|,\s*(?:and\s+)?|\s+and\s+)((?:[A-Z][\w’'-]+\s+){1,3}?"
                                r"[A-Z][\w’'-]+)(?=,\s*(?:His|Her)\s+Majesty)")


def _named_leads(q: AskedQuestion, report: Report) -> Draft | None:
    """The CQC's lead inspector when the question names the CQC, or the two lead inspectors
    a report names together; None for a single Ofsted lead (the title page's)."""
    cqc = bool(_ASKS_CQC.search(q.text))
    for para in report.paragraphs:
        for line in para.text.split("\n"):
            found = _CQC_LEAD.search(line) if cqc else _LEADS.search(line)
            if not found:
                continue
            quote = found.group(0).strip()
            citation = cite(report, para, quote, 1.0)
            if not citation:
                continue
            if cqc:
                text = f"The CQC lead inspector of {report.label} was {found.group(1)}"
            else:
                names = _NAME_BEFORE_TITLE.findall(found.group(1))
                if len(names) < 2:
                    continue
                text = f"The lead inspectors of {report.label} were {' and '.join(names)}"
            return Draft(f"{text} [{citation.locator()}].", (citation,))
    return None


#: A letter's opening lines: its date, then whom it is to ("12 January 2024" / "John Pearce" /
#: "Corporate Director, Children and Young People’s Services" / "Durham County Council").
_LETTER_DATE = re.compile(r"^\s*\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d\s*$")
#: The addressee's lines run to the council's name, at most this many.
ADDRESS_LINES = 3


def answer_addressee(q: AskedQuestion, ctx: AnswerContext) -> Draft | None:
    """Whom a focused visit's letter is to, quoted from the lines under its date."""
    if len(q.reports) != 1:
        return None
    report = ctx.report(q.reports[0].id)
    for para in report.paragraphs[:6]:
        lines = [line.strip() for line in para.text.split("\n") if line.strip()]
        if len(lines) < 2 or not _LETTER_DATE.match(lines[0]):
            continue
        to = lines[1:1 + ADDRESS_LINES]
        end = next((i for i, line in enumerate(to) if "council" in line.lower()), None)
        to = to[:end + 1] if end is not None else to[:2]
        citation = cite(report, para, " ".join(to), 1.0)
        if not citation:
            continue
        draft = Draft(f"The {report.label} letter is addressed to {', '.join(to)} "
                      f"[{citation.locator()}].", (citation,))
        dated = cite(report, para, lines[0], 1.0) if _WHEN_SENT.search(q.text) else None
        if dated:
            # "Who was the letter to, and when was it sent?": the date it bears.
            return Draft(f"{draft.text} It is dated {lines[0]} [{dated.locator()}].",
                         (citation, dated))
        return draft
    return None


#: A second ask about the letter's own date ("..., and when was it sent?").
_WHEN_SENT = re.compile(r"\bwhen\s+(?:was|is)\s+(?:it|the\s+letter)\s+(?:sent|dated|written"
                        r"|issued|published)\b|\bwhat\s+date\b|\bdated\b"
                        # "I need the recipient and the date of Ofsted's letter"
                        r"|\band\s+(?:the\s+)?date\b", re.IGNORECASE)


#: "Who led it, and on which dates were inspectors there?": the dates asked second, or
#: first ("what were the inspection dates and who was lead inspector?").
#: ("..., and the dates of the fieldwork?", "and between which dates were inspectors on site?")
_DATES_TOO = re.compile(r"\b(?:and|plus|as well as|along with)\s+(?:on\s+|over\s+|between\s+"
                        r"|the\s+)?(?:when|(?:(?:which|what)"
                        r"\s+)?(?:exact\s+|inspection\s+)?(?:dates?|days?|weeks?))\b"
                        # "Newham 2019: inspection dates and lead inspector?", "I need the dates
                        # Ofsted spent in Newham, plus the name of the inspector in charge"
                        r"|\b(?:the\s+|inspection\s+|exact\s+|visit\s+|on[\s-]site\s+)dates\b",
                        re.IGNORECASE)


def _with_dates(q: AskedQuestion, report, draft: Draft) -> Draft:
    """The inspection's dates before the lead inspector, when the question asks for both."""
    if not _DATES_TOO.search(q.text):
        return draft
    dates = _this_inspection(report)
    if not dates:
        return draft
    return Draft(f"{dates.text} {draft.text}", (*dates.citations, *draft.citations))


#: "Which inspectors did the visit?", "who carried out the visit?" ask for all of them, not
#: the lead alone.
_TEAM = re.compile(r"\binspectors\b(?!\s+(?:found|said|saw|noted))"
                   r"|\bwho\s+(?:carried\s+out|conducted|did|undertook|made|was\s+on)\b",
                   re.IGNORECASE)
#: A report's sentence naming its inspectors ("His Majesty's Inspectors for this visit were
#: Sophie Wales and Margaret Burke.").
_TEAM_SENTENCE = re.compile(r"\binspectors (?:for this (?:visit|inspection) )?(?:were|was)\b",
                            re.IGNORECASE)


def _with_team(q: AskedQuestion, report, draft: Draft) -> Draft:
    """The lead inspector and, when the question asks after the inspectors, the sentence that
    names them all."""
    if not _TEAM.search(q.text):
        return draft
    for para in report.paragraphs:
        for sentence in split_sentences(para.text):
            if _TEAM_SENTENCE.search(sentence):
                team = cite(report, para, sentence, 1.0)
                if team and team not in draft.citations:
                    return Draft(f"{draft.text} {sentence} [{team.locator()}]",
                                 (*draft.citations, team))
    return draft


#: "When will Ofsted be back?", "when is the next inspection?": what the report says of the
#: next one ("The next full reinspection will be within approximately 3 years").
ASKS_NEXT = re.compile(r"\b(?:be|come|coming) back\b|\breturn\b|\brevisit\w*"
                       r"|\bnext (?:[\w-]+ ){0,3}?(?:inspection|visit|check)\b"
                       # "when will it be re-inspected?"; "the 2017 re-inspection" names a
                       # report that is one, not the next
                       r"|\bre-?inspect(?:ed|s|ing)?\b"
                       r"|\b(?:will|due|planned|expected|upcoming)\b[^?]*\bre-?inspections?\b"
                       r"|\bre-?inspections?\b[^?]*\b(?:due|planned|expected)\b",
                       re.IGNORECASE)
_NEXT_INSPECTION = re.compile(r"\bnext (?:full )?(?:[\w-]+ ){0,3}?(?:re)?inspection\b"
                              r"|\bmonitoring (?:inspection|visit) will\b"
                              r"|\bwill (?:return|revisit)\b", re.IGNORECASE)


def next_inspection(report: Report) -> list[Citation]:
    """The report's sentences about its next inspection, in its order.

    Example:
        >>> from assistant.records import Paragraph, Report
        >>> text = "A monitoring inspection will be carried out within approximately 18 months."
        >>> [c.quote for c in next_inspection(Report("r", "r.pdf", "t", 1,
        ...     (Paragraph(None, text, (), 1, "text"),), ()))]
        ['A monitoring inspection will be carried out within approximately 18 months.']
    """
    found = [cite(report, para, sentence, 1.0) for para in report.paragraphs
             for sentence in split_sentences(para.text) if _NEXT_INSPECTION.search(sentence)]
    return [c for c in found if c]


#: A second ask joined to the first: "What dates was the visit, and who were the inspectors?",
#: "When were inspectors there, and when had they last been?".
_AND_ALSO = re.compile(r"\b(?:and|plus|as well as|along with)\s+(?:when|who|what|which)\b(.*)$",
                       re.IGNORECASE)
_WHO = re.compile(r"\bwho\b|\binspectors? (?:were|was)\b", re.IGNORECASE)


#: A second ask about how the previous inspection went, which its line says.
_HOW_IT_WENT = re.compile(r"\b(?:grades?|graded|judge?ments?|judged|rat(?:ed|ing)|verdict"
                          r"|results?|outcomes?)\b", re.IGNORECASE)

_VISITED = re.compile(r"\blast visited\b|\bvisited\b[^?]*\bbefore\b"
                      # "what date was the previous Ofsted visit?": a visit of any kind
                      r"|\b(?:last|previous|prior|earlier)\s+(?:[\w-]+\s+)?visit\b", re.IGNORECASE)


def answer_dates(q: AskedQuestion, ctx: AnswerContext) -> Draft | None:
    """When the inspection took place and when the report was published; when the question
    asks for it, the report's own line on its previous or next inspection (with the dates when
    it asks for both), and the inspectors when it asks who they were too."""
    if len(q.reports) != 1:
        return None
    report = ctx.report(q.reports[0].id)
    if ASKS_NEXT.search(q.text):
        # A report that says nothing of its next inspection does not answer when it will be;
        # this inspection's dates are no answer to that.
        found = next_inspection(report)
        return Draft(" ".join(f"{c.quote} [{c.locator()}]" for c in found),
                     tuple(found)) if found else None
    also = _AND_ALSO.search(q.text)
    # "when was Cornwall's last focused visit before the July 2024 inspection?": asked of an
    # inspection's report, the visits it speaks of
    visits = bool(VISITS.search(q.text)) and \
        report.metadata.report_type != "focused visit"
    # "when had Ofsted last visited Middlesbrough?": an inspection or a visit
    visited = bool(_VISITED.search(q.text))
    before = previous_inspection(report, when=True, visits=visits or visited,
                                 full=bool(FULL.search(q.text)), about=q.text) \
        if ASKS_PREVIOUS.search(q.text) or visits else None
    if before and (not also or _HOW_IT_WENT.search(also.group(0))):
        # "When had Cornwall last been inspected before 2023?": the report's own account,
        # which gives the grade too ("..., and what grade did it get?").
        return Draft(f"{before.quote} [{before.locator()}]", (before,))
    draft = _this_inspection(report)
    if draft and before:
        draft = Draft(f"{draft.text} {before.quote} [{before.locator()}]",
                      (*draft.citations, before))
    if draft and also and _WHO.search(also.group(0)):
        led = answer_inspector(replace(q, text=also.group(0)), ctx)
        if led:
            draft = Draft(f"{draft.text} {led.text}", (*draft.citations, *led.citations))
    return draft


def _this_inspection(report: Report) -> Draft | None:
    """The dates of the inspection and of the report's publication, each cited."""
    meta = report.metadata
    facts = [(f"inspected {meta.inspection_dates}", meta.inspection_dates),
             (f"published {meta.published}", meta.published)]
    said, citations = [], []
    for phrase, value in facts:
        if not value:
            continue
        para = next((p for p in report.paragraphs if value in p.text), None)
        line = next((x for x in para.text.split("\n") if value in x), "") if para else ""
        citation = cite(report, para, line.strip(), 1.0) if para and line else None
        if citation:
            citations.append(citation)
            said.append(f"{phrase} [{citation.locator()}]")
    if not citations:
        return None
    return Draft(f"{report.label} was " + " and ".join(said) + ".", tuple(citations))


#: "Under what law was the inspection carried out?", "at whose request?": the report's own
#: line on its legal basis.
ASKS_LEGAL_BASIS = re.compile(
    r"^(?=[^?]*\b(?:inspection|inspected|visit)\b)[^?]*?(?:"
    r"\bunder\s+(?:what|which)\s+(?:bit\s+of\s+(?:the\s+)?|part\s+of\s+(?:the\s+)?)?"
    r"(?:law|legislation|legal\s+powers?|act|statute)\b"
    r"|\b(?:what|which)\s+(?:law|legislation|legal\s+powers?|act|statute)\b[^?]*"
    r"\b(?:carried\s+out|conducted|done|under)\b"
    r"|\blegal\s+basis\b|\bat\s+whose\s+request\b"
    r"|\bwho\s+(?:asked\s+for|requested|commissioned)\s+(?:the|this|it)\b(?:\s+[\w'’-]+){0,4}?"
    r"\s+(?:inspection|visit)\b)", re.IGNORECASE)
#: "This inspection was carried out at the request of the Secretary of State for Education
#: under section 20(1)(a) of the Children Act 2004.", "The inspection was carried out under the
#: Children Act 2004."
_LEGAL_BASIS = re.compile(r"\b(?:carried\s+out|conducted)\b[^.]*\bunder\s+(?:section\b"
                          r"|the\s+(?:[\w’'-]+\s+){0,4}?Act\b)", re.IGNORECASE)


def answer_legal_basis(q: AskedQuestion, ctx: AnswerContext) -> Draft | None:
    """The report's own sentence on the law its inspection was carried out under (and at
    whose request), when the question asks for it."""
    if len(q.reports) != 1 or not ASKS_LEGAL_BASIS.search(q.text):
        return None
    report = ctx.report(q.reports[0].id)
    for para in report.paragraphs:
        for sentence in split_sentences(para.text):
            if _LEGAL_BASIS.search(sentence):
                citation = cite(report, para, sentence, 1.0)
                if citation:
                    return Draft(f"{citation.quote} [{citation.locator()}]", (citation,))
    return None
