"""Which headings open a main section and which a subsection, so each block gets a heading path.

A heading either opens a main section (a graded area, "Executive summary", "Main findings")
or a subsection under the current one ("Summary", "Inspection findings"). A SIF sub-judgement
sentence is a subsection of the judgement it belongs to.

Example:
    >>> path = next_section((), "The experiences and progress of children in care: good")
    >>> path
    ('The experiences and progress of children in care',)
    >>> next_section(path, "Summary")
    ('The experiences and progress of children in care', 'Summary')
"""

from __future__ import annotations

import re

from assistant.structure.pdf_headings import match_graded_heading

#: Headings that open a main section, in every era (titles, judgement areas, letter parts).
_MAIN = re.compile(
    r"^(?:(?:Re-)?Inspection of|Area SEND inspection of|Focused visit to"
    r"|Local area partnership report|The local authority$|Section \d|Executive summary|Contents"
    r"|Recommendations|Summary for children|Information about this"
    r"|Information about the local area|Inspection judgements about"
    r"|What the inspection judgements mean|What does the local authority need to improve"
    r"|What needs to improve|The experiences? and progress|The impact of leaders"
    r"|Leadership, management and governance|Review of the effectiveness"
    r"|The effectiveness of the Local Safeguarding|The Local Safeguarding Children Board"
    r"|About this inspection|The inspection judgements and what they mean|Service information"
    r"|Overall effectiveness|Capacity to improve|Outcomes for|Quality of provision"
    r"|Leadership and management|Record of main findings"
    r"|Overview$|Findings$|Headline findings|Main findings|Inspection outcome"
    r"|What is it like to be a child|What is the area partnership doing"
    r"|What does the area partnership need|How effectively does the area partnership"
    r"|Areas for priority action|Local area partnership details|Inspection team)",
    re.IGNORECASE,
)
#: Subsection headings Ofsted uses again and again.
_SUB = re.compile(
    r"^(?:Summary$|Inspection findings|Areas for improvement|Priority and immediate action"
    r"|The inspection team|Other Ofsted inspections|Other information about"
    r"|Previous Ofsted inspections?|Local leadership"
    r"|(?:Children|Child protection|Children looked after|Children and young people)"
    r"[\w ]* in (?:this|the) area$)",
    re.IGNORECASE,
)
_SUB_JUDGEMENT = re.compile(r"^The graded judge?ment", re.IGNORECASE)


def next_section(path: tuple[str, ...], heading: str) -> tuple[str, ...]:
    """The heading path after ``heading``, given the path before it."""
    graded = match_graded_heading(heading)
    title = graded.area if graded else heading
    if opens_main_section(heading):
        return (title,)
    return (path[0], title) if path else (title,)


def opens_main_section(heading: str) -> bool:
    """True for a graded heading (other than a sub-judgement) or a known main heading."""
    if _MAIN.match(heading):
        return True
    return match_graded_heading(heading) is not None and not _SUB_JUDGEMENT.match(heading)


def is_known_heading(heading: str) -> bool:
    """True for any heading Ofsted uses, graded or not, main or sub."""
    return (
        bool(_MAIN.match(heading) or _SUB.match(heading))
        or match_graded_heading(heading) is not None
    )
