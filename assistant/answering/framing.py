"""What a report says about itself rather than about children's services: its title-page
lines (dates, inspectors, grades) and the sentences of a letter about the visit ("Inspectors
looked at ..."). They are close in meaning to any question about a report, and answer none
about its findings.

Example:
    >>> bool(TITLE_LINE.match("Inspection dates: 13 to 24 March 2023"))
    True
    >>> bool(FRAMING_SENTENCE.match("Inspectors looked at the arrangements for care leavers."))
    True
"""

from __future__ import annotations

import re

#: A title-page line: the inspection's dates, its inspectors, a judgement and its grade.
TITLE_LINE = re.compile(
    r"^(?:Inspection dates?:|Dates? of (?:the )?(?:previous |last )?(?:inspection|visit):"
    r"|Lead inspector:"
    r"|(?:His|Her) Majesty.s Inspectors? for this visit|Published:|Report published:"
    r"|(?:\d+(?:\.\d+)*\s+)?(?:Overall effectiveness|(?:The )?(?:experiences and progress"
    r"|impact of leaders|effectiveness of)\b[^.]*?)"
    r"\s*(?:Outstanding|Good|Requires improvement(?: to be good)?|Inadequate)\s*$)",
    re.IGNORECASE)
#: Sentences about the inspection itself, not its findings, and questions that ask about it.
FRAMING_SENTENCE = re.compile(
    r"^(?:This letter (?:summarises|sets out)|This (?:visit|inspection) (?:was|looked|focused)"
    r"|(?:The )?[Ii]nspectors (?:looked at|evaluated|considered|reviewed|focused on|also "
    r"(?:explored|looked at|considered))|Within this, inspectors|The (?:visit|inspection) "
    r"(?:was carried out|looked at|focused on)|During (?:this|the) (?:visit|inspection), "
    r"inspectors|The impact of leaders on practice was also considered|Specifically, "
    r"(?:they|inspectors) (?:considered|looked at|evaluated)|(?:His|Her) Majesty.s "
    r"Inspectors? for this visit)\b")
ABOUT_THE_VISIT = re.compile(r"\b(?:look(?:ed|ing)? at|focus(?:ed|ing)? on|scope|purpose|evaluat\w*"
                             r"|what (?:was|were) (?:visited|inspected|reviewed))\b",
                             re.IGNORECASE)


#: A report's table of contents: its lines name sections, they say nothing of a topic.
CONTENTS = re.compile(r"^\s*(?:table of )?contents\s*$", re.IGNORECASE)


def is_contents(paragraph) -> bool:
    """Whether ``paragraph`` belongs to the report's table of contents.

    Example:
        >>> from assistant.records import Paragraph
        >>> is_contents(Paragraph(None, "About this inspection 2", ("Contents",), 1, "table"))
        True
    """
    return bool(paragraph.section) and bool(CONTENTS.match(paragraph.section[-1]))
