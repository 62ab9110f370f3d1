"""Grades, answered from the judgements parsed from each report, each quoted from the
paragraph under the graded heading and from the summary-table row.

Example:
    >>> answer_judgement(asked, context).text   # doctest: +SKIP
    'Partnership working was judged good (grade 2) [Sefton 2011, para 43; ...].'
"""

from __future__ import annotations

import re

from assistant.abbreviations import abbreviations_defined
from assistant.answering.context import AnswerContext, AskedQuestion, Draft, dedupe
from assistant.answering.evidence import paragraph_terms, topic_words
from assistant.answering.focus import PARTS, SECOND_ASK
from assistant.citations import cite, find_span
from assistant.judgement_lookup import JudgementMatch, match_judgements, merged, names_word
from assistant.quotes import sentence_span
from assistant.records import Citation, Judgement, Report
from assistant.routing import grade_filter, scope_words
from assistant.search import terms
from assistant.sentences import split_sentences

#: Above this many reports, an unscoped area question is better answered by search.
MAX_REPORTS = 3


#: "How did Kent do overall, and which part let it down?", "overall grade, and did any part
#: come out good?": every judgement of the report.
_EVERY_PART = re.compile(PARTS, re.IGNORECASE)
#: What a grade question says about grades themselves ("which part got the top mark?", "fell
#: short of outstanding", "graded lower"), not the topic graded.
_GRADE_TALK = frozenset(terms("outstanding good adequate inadequate requires improvement "
                              "satisfactory top mark marks highest lowest higher lower least "
                              "most rest review weakest strongest worst best poorest came "
                              "come"))


#: "What judgement did Oldham's LSCB get?" asks one part's grade, unlike "which judgements
#: ...?" or "which area got the lowest grade?" (see ``find_matches``).
_ONE_PART = re.compile(r"\b(?:what|which)\s+(?:judge?ment|grade|rating|area|part)\b(?!s)",
                       re.IGNORECASE)
_SEVERAL_PARTS = re.compile(r"\b(?:judge?ments|grades|ratings|areas|parts|every|each|all|other"
                            r"|across the board)\b", re.IGNORECASE)
_OVERALL = re.compile(r"\b(?:overall|headline|top-line)\b", re.IGNORECASE)
#: "which areas were judged good, and which fell short?": both sides of a grade, so all of them.
_BOTH_SIDES = re.compile(r"\b(?:which|what)\b[^?]*,?\s+(?:and|or|but)\s+(?:which|what)\b",
                         re.IGNORECASE)


def find_matches(q: AskedQuestion) -> list[JudgementMatch]:
    """The judgements in scope the question names (or filters by grade)."""
    place_words = {t for s in q.reports for t in terms(s.metadata.local_authority or "")}
    place_words |= {str(y) for y in scope_words(q.text)[1]}
    by_report = {s.id: list(s.judgements) for s in q.reports}
    # ("what judgement did Oldham's LSCB get?" asks the one of the area it names)
    every_part = bool(_EVERY_PART.search(q.text)) and not (
        _ONE_PART.search(q.text) and not _SEVERAL_PARTS.search(q.text)
        and any(t not in _GRADE_FRAME and t not in _GRADE_TALK
                for t in topic_words(q.text, set(q.place_words))))
    wanted_grade = None if _BOTH_SIDES.search(q.text) else grade_filter(q.text)
    # ... unless it only asks which areas had a grade ("which areas were judged good?").
    if q.scope.named and len(q.reports) == 1 and every_part and (
            _OVERALL.search(q.text) or not wanted_grade):
        # One line per graded paragraph: a report names an area in its summary table and
        # again, longer, over the paragraph that grades it.
        every: dict[tuple, Judgement] = {}
        for j in merged(q.reports[0].judgements):
            every.setdefault((j.paragraph if j.paragraph is not None else id(j), j.grade), j)
        return [JudgementMatch(q.reports[0].id, j, 1.0) for j in every.values()]
    # ("headline grade, and ...?" asks the overall one)
    matches = match_judgements(_OVERALL.sub("overall", q.expanded), by_report,
                               ignore=place_words)
    if not matches and q.scope.named and not _names_an_area(q) and not (
            wanted_grade and every_part):
        # "Oldham 2024 – what grade, and is that better than last time?": the grade of a
        # report is its overall effectiveness.
        matches = [JudgementMatch(s.id, j, 1.0) for s in q.reports for j in merged(s.judgements)
                   if j.area.lower() == "overall effectiveness"]
    if wanted_grade:
        # "Which areas were judged outstanding?": every judgement with that grade, within
        # the areas the question names if it names any.
        pool = matches or [JudgementMatch(s.id, j, 1.0) for s in q.reports
                           for j in merged(s.judgements)]
        matches = [m for m in pool if m.judgement.grade.startswith(wanted_grade)]
    return matches


#: Words of a grade question that name no area ("what grade, and is that better than last
#: time?").
_GRADE_FRAME = frozenset(terms("grade grades graded grading rate rated rating ratings judged "
                               "judgement judgements verdict result results score scored overall "
                               "last time previous before better worse list listed every each "
                               "all show"))


def _names_an_area(q: AskedQuestion) -> bool:
    return any(t not in _GRADE_FRAME for t in topic_words(q.text, set(q.place_words)))


def answer_judgement(q: AskedQuestion, ctx: AnswerContext) -> Draft | None:
    earlier = _earlier_grades(q, ctx)
    if earlier:
        return earlier
    matches = find_matches(q)
    if not matches or _beside_the_point(q, ctx, matches):
        return None
    if not q.scope.named and len({m.report for m in matches}) > MAX_REPORTS:
        return None  # the same area in many reports: a search shows which ones say what
    sentences, citations = [], []
    for m in matches:
        report = ctx.report(m.report)
        j = m.judgement
        found = judgement_citations(report, j)
        if not found:
            continue  # a grade that cannot be quoted from the report is not stated
        citations.extend(found)
        where = "; ".join(c.locator() for c in found)
        number = f" (grade {j.grade_number})" if j.grade_number else ""
        part = f" ({j.part})" if j.part and len(matches) > 1 else ""
        label = f"{report.label}: " if len({x.report for x in matches}) > 1 else ""
        sentences.append(f"{label}{j.area}{part} was judged {j.grade}{number}"
                         + (f" [{where}]" if where else "") + ".")
    if not citations:
        return None
    if len(matches) == 1:
        # One part's grade: the report's own summary of the part says why.
        summary = part_summary(ctx.report(matches[0].report), matches[0].judgement)
        if summary and all(summary.quote not in c.quote for c in citations):
            citations.append(summary)
            sentences.append(f"{summary.quote} [{summary.locator()}]")
    if len(q.reports) == 1 and ASKS_PREVIOUS.search(q.text):
        before = previous_inspection(ctx.report(q.reports[0].id), about=q.text)
        if before:
            citations.append(before)
            sentences.append(f"{before.quote} [{before.locator()}]")
    return Draft(" ".join(sentences), tuple(dedupe(citations)))


def _beside_the_point(q: AskedQuestion, ctx: AnswerContext,
                      matches: list[JudgementMatch]) -> bool:
    """Whether the judgements matched grade something other than what is asked about: "how
    did inspectors rate the quality of supervision?" shares "quality" with no area's name and
    names supervision, which the report writes about (its grade for leaders is beside the
    point; what it says of supervision is the answer). A second ask ("overall grade, and was
    the front door still a weak spot?") is answered on its own."""
    if not q.focus or q.focus.kind != "grade" or SECOND_ASK.search(q.text) \
            or _EVERY_PART.search(q.text):
        return False
    # (an abbreviation the reports define, "LSCB", stands for words an area's name spells out)
    named = {t for s in q.reports for t in terms(s.label)} | {
        t for written, _ in abbreviations_defined(q.text, ctx.corpus_text) for t in terms(written)}
    words = [t for t in topic_words(q.text, set(q.place_words))
             if t not in _GRADE_FRAME and t not in _GRADE_TALK and t not in named]
    said = ctx.words_of(frozenset(m.report for m in matches))
    graded = [(j.area, j.part or "") for s in q.reports for j in merged(s.judgements)]
    # (read as the question's words are: "well-being" is one word there)
    named_by_areas = {t for area, part in graded for t in topic_words(f"{area} {part}")}
    return any(t in said and t not in named_by_areas
               and not any(names_word(t, area) or names_word(t, part) for area, part in graded)
               for t in words)


def _earlier_grades(q: AskedQuestion, ctx: AnswerContext) -> Draft | None:
    """"Which part had been rated good at the 2015 inspection, going by the 2019 report?": the
    report's own line on that earlier inspection, when it names the year asked about."""
    if len(q.reports) != 1 or not q.reports[0].metadata.year or _SET_AGAINST.search(q.text):
        return None
    years = {int(y) for y in _AT_YEAR.findall(q.text)} & {
        y for y in scope_words(q.text)[1] if y < q.reports[0].metadata.year}
    if not years:
        return None
    before = previous_inspection(ctx.report(q.reports[0].id), when=True)
    if before is None or not any(str(y) in before.quote for y in years):
        return None
    return Draft(f"{before.quote} [{before.locator()}]", (before,))


#: A year a grade was given at ("at the 2015 inspection", "in 2015").
_AT_YEAR = re.compile(r"\b(?:at|in|during|by)\s+(?:the\s+|its\s+)?((?:19|20)\d\d)\b"
                      r"(?!\s+report)", re.IGNORECASE)
#: ... but not set against this report's grade ("better than in 2015?").
_SET_AGAINST = re.compile(r"\b(?:better|worse|compare\w*|since|than|change\w*|improv\w*)\b",
                          re.IGNORECASE)


#: "... and is that better than last time?", "how had it been rated at the inspection before?"
ASKS_PREVIOUS = re.compile(
    r"\blast time\b|\b(?:last|previous|prior|earlier|former) (?:[\w-]+ ){0,2}?"
    r"(?:inspections?|time|one|grades?|ratings?|visits?|results?)\b"
    r"|\binspection before\b|\bbefore that\b|\blast been\b|\bbefore\b[^?]*\blast\b"
    # "what rating had it got previously?", "what was it graded beforehand?"
    r"|\b(?:previously|beforehand|the time before)\b"
    r"|\b(?:better|worse) than\b|\bimprove(?:d|ment)? on\b|\bgot (?:better|worse)\b"
    r"|\b(?:had|have|has) (?:things |it |services )?(?:got|become) (?:better|worse)\b"
    r"|\bsince (?:the )?(?:(?:19|20)\d\d|last)\b|\blast\b[^?]*\bbefore\b"
    r"|\b(?:inspected|visited)\s+before\b|\blast (?:fully |properly )?inspected\b"
    # "did it hold on to its good rating?", "did Kent keep its grade?"
    r"|\b(?:hold|held|hang|hung) on to\b|\b(?:keep|kept|retain\w*|maintain\w*|lose|lost)\s+"
    r"(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:grades?|ratings?|judgements?)\b",
    re.IGNORECASE)
#: A report's own account of its last inspection ("Since the last inspection in March 2019,
#: when services were judged to be requires improvement to be good, ...").
_LAST_INSPECTION = re.compile(r"\b(?:last|previous|prior) (?:[\w-]+ ){0,2}?(?:inspection|ILACS"
                              r"|SIF)\b|\b(?:was|were) last inspected\b"
                              # ("have substantially improved since the inspection in 2019,
                              # when they were judged to be inadequate")
                              r"|\bsince the (?:[\w-]+ ){0,2}?inspection in (?:19|20)\d\d\b",
                              re.IGNORECASE)


#: The visits Ofsted makes between inspections, in a report's sentence or a question.
VISITS = re.compile(r"\b(?:focused|monitoring) visits?\b", re.IGNORECASE)
#: A full inspection, as a report or a question names it ("the last Ofsted full-service
#: inspection", "the last ILACS inspection").
FULL = re.compile(r"\bfull\b|\b(?:ILACS|SIF)\b|\bsingle inspection\b", re.IGNORECASE)
#: A sentence that dates what it speaks of: a year.
_DATED = re.compile(r"\b(?:19|20)\d\d\b")

#: A sentence giving a grade ("was judged to be good", "requires improvement"), not one that
#: only says something is good.
GRADED = re.compile(r"\b(?:judged|rated|found|graded)\b[^.]{0,30}?\b(?:outstanding|good|adequate"
                     r"|inadequate|requires? improvement)\b|\b(?:inadequate|outstanding"
                     r"|requires? improvement)\b", re.IGNORECASE)


def previous_inspection(report: Report, when: bool = False, visits: bool = False,
                        full: bool = False, about: str = "") -> Citation | None:
    """The first sentence of ``report`` that says how its last inspection went, preferring one
    that gives that inspection's grade; asked ``when``, one that dates it; asked about
    ``visits`` (focused or monitoring visits), one that speaks of them or of the inspection;
    asked about the last ``full`` inspection, one that says it was full; asked ``about`` a
    service (a question's words: "when had its fostering service last been inspected?"), one
    that names it ("The previous inspection of Staffordshire's fostering services was in
    January 2013.")."""
    found = [(para, told) for para in report.paragraphs
             for sentence, told in _with_grade_after(para.text)
             if (visits and VISITS.search(sentence)) or _LAST_INSPECTION.search(sentence)]
    asked = set(terms(about)) - _PREVIOUS_FRAME - set(terms(report.metadata.local_authority
                                                             or ""))
    # the sentence that says most of it: the visits asked about, the date when asked when,
    # the service asked about, its grade, that it was full when the full one is asked about,
    # its date
    ranked = sorted(found, key=lambda f: (
        -bool(VISITS.search(f[1])) if visits else 0,
        -bool(_DATED.search(f[1])) if when else 0,
        -len(asked & set(paragraph_terms(f[1]))),
        -bool(GRADED.search(f[1])),
        -bool(FULL.search(f[1])) if full else 0,
        -bool(_DATED.search(f[1]))))
    for para, sentence in ranked[:1]:
        return cite(report, para, sentence, 0.9)
    return None


#: Words of a question about the last inspection that name no service.
_PREVIOUS_FRAME = frozenset(terms(
    "when what which how was were had has been did last previous prior earlier before result "
    "results outcome grade graded judged rated inspected inspection inspections inspect time "
    "ago since council local authority service services full fully the and with its it"))


def _with_grade_after(text: str) -> list[tuple[str, str]]:
    """Each sentence of ``text`` and what it tells: itself, or, when it gives no grade and the
    next one does, the two ("The last full inspection was in August 2015. All of the
    judgements were requires improvement to be good, ...")."""
    sentences = split_sentences(text)
    out = []
    for sentence, following in zip(sentences, sentences[1:] + [""]):
        start, end = text.find(sentence), text.find(following)
        told = sentence
        if following and not GRADED.search(sentence) and GRADED.search(following) \
                and 0 <= start < end:
            told = text[start:end + len(following)]
        out.append((sentence, told))
    return out


def judgement_citations(report: Report, j: Judgement) -> list[Citation]:
    """The paragraph under the graded heading, then the summary-table row. A graded
    paragraph that does not state the grade (the board's section opens with its
    recommendations) gives way to a line that does ("The Local Safeguarding Children Board
    requires improvement"), and is quoted only when nothing states it."""
    found: list[Citation] = []
    unstated = None
    if j.paragraph is not None:
        para = report.paragraph(j.paragraph)
        if para:
            sentences = split_sentences(para.text)
            stated = [s for s in sentences if re.search(rf"\b{re.escape(j.grade)}\b", s,
                                                        re.IGNORECASE)]
            citation = cite(report, para, (stated or sentences or [para.text])[0], 1.0)
            if citation and stated:
                found.append(citation)
            unstated = citation if not stated else None
    for para in report.paragraphs:
        if para.kind not in ("table", "text", "heading") or para.number is not None:
            continue
        span = find_span(_graded_line(j), para.text)
        if span and (para.kind == "table" or not found):
            citation = cite(report, para, span, 0.9)
            if citation:
                found.append(citation)
                break
    found = found or _judgement_sentence(report, j)
    return found or ([unstated] if unstated else [])


#: How the 2013-2018 framework states its overall judgement on page 1: "Children's services
#: in the City of London are good", "... in Bury require improvement to be good".
_OVERALL_LINE = re.compile(r"^\W*children[’']s services in\b", re.IGNORECASE)


def _area_and_grade(j: Judgement) -> tuple[str, str]:
    """Patterns for ``j``'s area and grade, however the line breaks or spaces them."""
    return (r"\s*".join(re.escape(w) for w in j.area.split()),
            r"\s*".join(re.escape(w) for w in j.grade.split()))


def _graded_line(j: Judgement) -> str:
    """A pattern for the line that names ``j``'s area with its grade ("Leadership, management
    and governance Good", "Partnership working Grade 2 (good)")."""
    area, grade = _area_and_grade(j)
    return rf"{area}\W{{0,40}}?(?:grade\s*\d\s*\(\s*)?{grade}"


def _heading_grades(j: Judgement) -> str:
    """A pattern for a heading that ends with ``j``'s grade a few words after its area ("Local
    Safeguarding Children Board is good", "... Board requires improvement")."""
    area, grade = _area_and_grade(j)
    return rf"{area}(?:\W+[\w’']+){{0,3}}?\W+{grade}\W*$"


#: The heading of a part's own summary, when one stands under the line that grades the part.
_SUMMARY_HEADING = re.compile(r"\s*(?:executive\s+)?summary\s*", re.IGNORECASE)
#: A summary's opening sentence shorter than this only restates the grade: the next joins it.
SHORT_OPENING = 120


def part_summary(report: Report, j: Judgement) -> Citation | None:
    """The opening of the summary a report gives a graded part under the line in its body that
    grades it (2013–2017 reports: "Leadership, management and governance Good" / "A strong and
    energetic senior management team ..."; the board's "... is good" / "Executive summary" /
    "Suffolk's Local Safeguarding Children Board (LSCB) is ..."); None when the part opens
    with numbered paragraphs or the only graded line is a summary table's row (the summary
    under the table is the whole report's).

    Example:
        >>> part_summary(report, judgement).quote                     # doctest: +SKIP
        'A strong and energetic senior management team with a clear strategic vision ...'
    """
    paragraphs = report.paragraphs
    for at, line in enumerate(paragraphs):
        if line.kind != "heading" or not re.search(_heading_grades(j), line.text, re.IGNORECASE):
            continue
        body = at + 1
        if body < len(paragraphs) and paragraphs[body].kind == "heading" \
                and _SUMMARY_HEADING.fullmatch(paragraphs[body].text):
            body += 1
        if body >= len(paragraphs) or paragraphs[body].kind != "text" \
                or paragraphs[body].number is not None:
            continue
        text = paragraphs[body].text
        sentences = split_sentences(text)
        if not sentences:
            continue
        quote = sentences[0]
        if len(quote) < SHORT_OPENING and len(sentences) > 1:
            quote = sentence_span(paragraphs[body], quote, sentences[1]) or quote
        return cite(report, paragraphs[body], quote, 0.9)
    return None


def _judgement_sentence(report: Report, j: Judgement) -> list[Citation]:
    """A sentence stating the grade in words ("The overall judgement is requires
    improvement"), on the judgement's page, sharing a word with its area (or, for the overall
    judgement, the page-1 line "Children's services in X are good")."""
    grade = r"\s+".join("requires?" if w == "requires" else re.escape(w)
                        for w in j.grade.split())
    area_words = set(terms(j.area))
    overall = j.area.lower() == "overall effectiveness"
    for para in report.paragraphs:
        if j.page is not None and para.page != j.page:
            continue
        for sentence in split_sentences(para.text):
            if re.search(rf"\b{grade}\b", sentence, re.IGNORECASE) and (
                    area_words & set(terms(sentence))
                    or overall and _OVERALL_LINE.match(sentence)):
                citation = cite(report, para, sentence, 0.9)
                if citation:
                    return [citation]
    return []
