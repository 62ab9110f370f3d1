"""A report's own lists: what needs to improve, recommendations, strengths, the overall
findings. A question that asks for one ("What needs to improve?", "What should the council do
better?", "What are the main weaknesses?", "Summarise the findings") is answered with the items
of the section that holds it, in the report's order, each cited, parts labelled.

Sections are found by meaning: each heading of the report is compared, by the embedding model,
with the genre's names for the list asked for (``SECTION_NAMES``), and a heading that contains
one of those names outright wins.

Example:
    >>> answer_summary(asked, context).text   # doctest: +SKIP
    'Safeguarding services > Areas for improvement: Immediately: ... [Sefton 2011, para 16] ...'
"""

from __future__ import annotations

import re
from itertools import takewhile

from assistant.answering.context import AnswerContext, AskedQuestion, Draft
from assistant.answering.framing import FRAMING_SENTENCE, TITLE_LINE
from assistant.answering.judgement import judgement_citations
from assistant.citations import cite
from assistant.passages import Passage, same_word
from assistant.records import Citation, Judgement, Paragraph, Report
from assistant.search import terms
from assistant.sentences import split_sentences

#: Items quoted from one section before the answer says how many more there are.
SECTION_ITEMS = 12
#: A heading this close in meaning to one of the names of the list asked for is that list.
HEADING_SIMILARITY = 0.72

#: The genre's names for each kind of list, as Ofsted reports of every era print them, most
#: specific first. A question about weaknesses is answered from the lists of what to improve:
#: reports print weaknesses as what needs to improve.
SECTION_NAMES: dict[str, tuple[str, ...]] = {
    "improve": ("What needs to improve", "What does the local authority need to improve",
                "What the local authority needs to improve", "Areas for improvement",
                "Areas for development", "Areas for priority action", "What needs to be better",
                "need to do better",
                "Recommendations", "Priority and immediate action"),
    "strengths": ("Key strengths", "Strengths", "What is working well", "Areas of strength",
                  "What is going well"),
    "overview": ("Summary of findings", "Executive summary", "Main findings",
                 "Headline findings", "Key findings", "Overall findings", "Overview",
                 "Overall effectiveness"),
}
SECTION_NAMES["recommendations"] = ("Recommendations",) + SECTION_NAMES["improve"]
SECTION_NAMES["weaknesses"] = SECTION_NAMES["improve"]
#: "What were the urgent must-dos?": the lists a report marks as priorities come first.
URGENT = re.compile(r"\burgent\w*|\bpriorit\w*|\bimmediate\w*|\bmost pressing\b"
                    r"|\b(?:straight|right) away\b|\bat once\b|\bwithout delay\b",
                    re.IGNORECASE)
_PRIORITY_NAMES = tuple(n for n in SECTION_NAMES["improve"] if "priority" in n.lower())
#: Lists that, when a report has none by name, are read from its opening summary.
FROM_OPENING = {"strengths", "overview"}
#: An item of an overview is prose: a table row or a title-page line is not.
MIN_OVERVIEW_WORDS = 15


def answer_summary(q: AskedQuestion, ctx: AnswerContext) -> Draft | None:
    """The sections of the reports in scope that hold the list the question asks for."""
    kind = q.focus.summary if q.focus else None
    if not kind or not q.reports or len(q.reports) > 3:
        return None
    said, citations = [], []
    for summary in q.reports:
        report = ctx.report(summary.id)
        lists = [(" > ".join(s).rstrip(":?"), _items(report, s, kind))
                 for s in find_sections(report, kind, ctx, urgent=bool(URGENT.search(q.text)))]
        if not lists and kind in FROM_OPENING:
            lists = [("Summary", opening_summary(report))]
        elif not lists:
            lists = inline_lists(report, kind)
        if kind == "overview":
            # An overview starts with the verdict, where the report gives one.
            verdict = _verdict(report)
            label = f"{report.label}, " if len(q.reports) > 1 else ""
            if len(verdict) == 1:
                _, (first, *_) = verdict[0]
                citations.append(first)
                said.append(f"{label}{first.quote} [{first.locator()}]")
            elif verdict:
                citations.extend(c for _, found in verdict for c in found)
                said.append(label + " ".join(
                    f"{j.area} was judged {j.grade} [{'; '.join(c.locator() for c in found)}]."
                    for j, found in verdict))
        for name, items in lists:
            found = [c for c in (cite(report, p, opening(p), 1.0)
                                 for p in items[:SECTION_ITEMS]) if c]
            if not found:
                continue
            citations.extend(found)
            more = len(items) - SECTION_ITEMS
            label = f"{report.label}, " if len(q.reports) > 1 else ""
            quoted = _joined(found)
            tail = f" ({more} more item{'s' if more > 1 else ''} in this section.)" \
                if more > 0 else ""
            said.append(f"{label}{name}: {quoted}{tail}")
    if not citations:
        return None
    return Draft("\n\n".join(said), tuple(citations))


#: Lists a question may narrow to one part of a report ("What needs to improve for care
#: leavers?"). What went well or wrong for a part is told in its prose, not in a list.
PART_LISTS = {"improve", "recommendations"}


def answer_part_list(q: AskedQuestion, ctx: AnswerContext) -> Draft | None:
    """A list asked for about one part of a report: that part's own list where it has one
    (Sefton 2011's "Services for looked after children > Areas for improvement"), else the
    items of the report's list that name the part ("What needs to improve" items about care
    leavers). Only when the topic is a part of the report, by its headings; any other topic
    ("what needs to improve about the recording system?") is for the extractive answer.

    Example:
        >>> answer_part_list(asked, context).text   # doctest: +SKIP
        'Services for looked after children > Areas for improvement: Immediately: ...'
    """
    focus = q.focus
    if not (focus and focus.listed in PART_LISTS and focus.topic and q.reports
            and len(q.reports) <= 3):
        return None
    said, citations = [], []
    for summary in q.reports:
        report = ctx.report(summary.id)
        sections = [s for s in dict.fromkeys(p.section for p in report.paragraphs) if s]
        if not any(carries_topic(focus.topic, h, q) for s in sections for h in s[:2]):
            continue
        lists = find_sections(report, focus.listed, ctx)
        own = [s for s in lists if any(carries_topic(focus.topic, h, q) for h in s[:-1])]
        label = f"{report.label}, " if len(q.reports) > 1 else ""
        for section in own or lists:
            items = _items(report, section)
            if not own:
                items = [p for p in items if carries_topic(focus.topic, p.text, q)]
            found = [c for c in (cite(report, p, opening(p), 1.0)
                                 for p in items[:SECTION_ITEMS]) if c]
            if found:
                citations.extend(found)
                said.append(f"{label}{' > '.join(section).rstrip(':?')}: {_joined(found)}")
    if not citations:
        return None
    return Draft("\n\n".join(said), tuple(citations))


def carries_topic(topic: tuple[str, ...], text: str, q: AskedQuestion) -> bool:
    """Whether ``text`` holds every word of the topic, or a word the reports use for it."""
    words = terms(text)
    return all(any(same_word(t, w) for w in words)
               or any(alternative <= set(words) for alternative in q.glosses.get(t, ()))
               for t in topic)


def _verdict(report: Report) -> list[tuple[Judgement, list[Citation]]]:
    """The report's overall effectiveness grade, cited where it is printed; a report with no
    overall grade (the 2026 framework) gives each of its judgements instead."""
    overall = [j for j in report.judgements if "overall" in j.area.lower()]
    areas = overall[:1] or list({j.area: j for j in report.judgements}.values())
    return [(j, found) for j in areas if (found := judgement_citations(report, j))]


def find_sections(report: Report, kind: str, ctx: AnswerContext,
                  urgent: bool = False) -> list[tuple[str, ...]]:
    """Sections of ``report`` that hold the list ``kind``, in the report's order; a name used in
    several parts of a report ("Areas for improvement" under safeguarding and under looked after
    children) gives each. The first name of ``SECTION_NAMES[kind]`` that any heading contains
    wins; failing that, the headings closest in meaning. ``urgent`` puts the lists a report
    marks as priorities first."""
    sections = [s for s in dict.fromkeys(p.section for p in report.paragraphs) if s]
    names = SECTION_NAMES[kind]
    if urgent and kind not in FROM_OPENING:
        names = _PRIORITY_NAMES + names
    for name in names:
        wanted = _plain(name)
        chosen = [s for s in sections if wanted in _plain(s[-1]) and _items(report, s, kind)]
        if chosen:
            return _outermost(chosen)
    headings = list(dict.fromkeys(s[-1] for s in sections))
    if not headings:
        return []
    vectors = ctx.embedder.encode(headings + list(names))
    similarity = vectors[:len(headings)] @ vectors[len(headings):].T
    best = similarity.max(axis=1)
    close = [h for h, score in zip(headings, best) if score >= HEADING_SIMILARITY]
    if not close:
        return []
    top = max(close, key=lambda h: best[headings.index(h)])
    return _outermost([s for s in sections if s[-1] == top and _items(report, s, kind)])


def inline_lists(report: Report, kind: str) -> list[tuple[str, list[Paragraph]]]:
    """Lists introduced by a line of their own rather than a heading ("What needs to
    improve:" followed by its bullets, as some 2018–2019 reports print it): the line and the
    bullets under it.

    Example:
        >>> from assistant.records import Paragraph, Report
        >>> report = Report("r", "r.pdf", "t", 2, (
        ...     Paragraph(None, "What needs to improve:", (), 2, "text"),
        ...     Paragraph(None, "- supervision of social work staff", (), 2, "bullet")), ())
        >>> [(name, [p.text for p in items]) for name, items in inline_lists(report, "improve")]
        [('What needs to improve', ['- supervision of social work staff'])]
    """
    names = {_plain(n) for n in SECTION_NAMES[kind]}
    found = []
    for index, paragraph in enumerate(report.paragraphs):
        if paragraph.kind == "text" and _plain(paragraph.text) in names:
            items = list(takewhile(lambda p: p.kind == "bullet", report.paragraphs[index + 1:]))
            if items:
                found.append((paragraph.text.strip().rstrip(":?"), items))
    return found


def opening_summary(report: Report) -> list[Paragraph]:
    """The prose a report opens with, before its first numbered paragraph (the ILACS page-1
    summary), less lists of what to improve."""
    out = []
    for p in report.paragraphs:
        if p.number is not None:
            break
        if p.kind in ("text", "bullet") and _is_prose(p) and not TITLE_LINE.match(p.text) \
                and not any(
                _plain(n) in _plain(s) for s in p.section for n in SECTION_NAMES["improve"]):
            out.append(p)
    return out


def _is_prose(paragraph: Paragraph) -> bool:
    return len(paragraph.text.split()) >= MIN_OVERVIEW_WORDS


def _outermost(sections: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Sections not inside another of them (the parent's items include its children's)."""
    return [s for s in sections if not any(o != s and s[:len(o)] == o for o in sections)]


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^a-z ]+", " ", text.lower()).split())


def _items(report: Report, section: tuple[str, ...], kind: str = "") -> list[Paragraph]:
    """The items of a section and of the sections under it, in the report's order (a list
    keeps its deadlines, "Immediately:"); an overview keeps only prose."""
    # (a bullet with nothing after it, "-", is no item)
    items = [p for p in report.paragraphs
             if p.section[:len(section)] == section and p.kind != "heading"
             and re.search(r"\w", p.text)]
    if kind in FROM_OPENING:
        # What a letter says of the visit itself ("This letter summarises ...") is no finding.
        items = [p for p in items if p.kind != "table" and _is_prose(p)
                 and not FRAMING_SENTENCE.match(p.text.strip())]
    return items


def named_section_answer(words: list[str], passages: list[Passage]) -> Draft | None:
    """The items of the sections the top passages sit in whose heading the question names; a
    name used by sections in several parts of a report gets each of them."""
    sections: list[tuple[Report, tuple[str, ...], float]] = []
    for passage in passages:
        key = (passage.report, passage.paragraph.section)
        if key[1] and names_heading(words, key[1][-1]) and \
                all((r.id, sec) != (key[0].id, key[1]) for r, sec, _ in sections):
            sections.append((*key, passage.score))
    for report, section, score in list(sections):
        for other in dict.fromkeys(p.section for p in report.paragraphs):
            if other and other != section and other[-1] == section[-1]:
                sections.append((report, other, score))
    said, citations = [], []
    for report, section, score in sections:
        items = _items(report, section)
        found = [c for c in (cite(report, p, opening(p), score)
                             for p in items[:SECTION_ITEMS]) if c]
        more = len(items) - SECTION_ITEMS
        if found:
            citations.extend(found)
            tail = f" ({more} more items in this section.)" if more > 0 else ""
            said.append(f"{' > '.join(section).rstrip(':')}: " + _joined(found) + tail)
    if not citations:
        return None
    return Draft(" ".join(said), tuple(citations))


def _joined(found: list[Citation]) -> str:
    """Quoted items, each cited: a list's items one a line, prose run on."""
    cited = [f"{c.quote} [{c.locator()}]" for c in found]
    if all(c.quote.lstrip().startswith(("-", "•", "◼")) for c in found):
        return "\n" + "\n".join(cited)
    return " ".join(cited)


def opening(paragraph: Paragraph, limit: int = 1500) -> str:
    """A paragraph whole (a list with its items); of a very long one, its lines up to
    ``limit`` when it is a list (its lead-in and first items), else its first sentence."""
    if len(paragraph.text) <= limit:
        return paragraph.text
    lines = paragraph.text[:limit].split("\n")[:-1]
    if len(lines) > 1 and any(line.lstrip().startswith("-") for line in lines):
        return "\n".join(lines).rstrip()
    return (split_sentences(paragraph.text) or [paragraph.text])[0]


def names_heading(words: list[str], heading: str) -> bool:
    """Whether the question's words all appear in a heading of two or more words."""
    heading_words = terms(heading)
    return len(words) >= 2 and len(heading_words) >= 2 and all(
        any(same_word(w, h) for h in heading_words) for w in words)
