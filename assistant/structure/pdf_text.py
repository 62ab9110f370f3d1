"""The shape of one hard-wrapped PDF line, and joining such lines back into running text.

Example:
    >>> join_wrapped(["The multi-", "agency hub is", "effective."])
    'The multi-agency hub is effective.'
    >>> bullet_text("◼ Timely assessments.")
    '- Timely assessments.'
    >>> paragraph_number("14. Leaders know their services well."), ends_sentence("well.")
    (14, True)
"""

from __future__ import annotations

import re

#: Bullet glyphs pypdf gives for Ofsted's lists (private-use Wingdings/Symbol codes included).
BULLET_GLYPHS = "\uf06e\uf02d\uf0a7\uf0be\uf0b7\u25fc\u25aa\u2022\u2212\u2500"
BULLET = re.compile(rf"^[{BULLET_GLYPHS}](?:\s+|$)")
#: "14. Text" (or a bare "89." with its text lost, as in Waltham Forest 2015).
NUMBERED = re.compile(r"^(\d{1,3})\.(?:\s+(.*))?$")
#: Title-page and inspection-team fields ("Inspection dates: ...", "Reporting inspector X HMI").
FIELD = re.compile(
    r"^(?:(?:Inspection dates?|(?:Deputy )?Lead inspectors?|Report published|Published|Age group"
    r"|Dates? of previous inspection|Team inspectors?|Shadow inspectors?|Senior data analyst"
    r"|Quality assurance manager)\s*:|Reporting inspector\b)"
)

# A hyphen or dash glued to the end of a word is a compound broken at its own hyphen
# ("multi-" / "agency", "2014–" / "15"), so the next line follows it without a space.
_GLUED_DASH = re.compile(r"\S[-–]$")
# A tag such as "(Recommendation)" after a full stop also ends a sentence.
_ENDS_SENTENCE = re.compile(r"(?:[.!?:;][’”'\")\]]*|(?:^|[.!?]\s*)\([^()]*\))$")
_ENDS_CLAUSE = re.compile(r"[.,;:!][’”'\")\]]*$")
_SENTENCE_BREAK = re.compile(r"[.!?][’”'\")]*\s+[A-Z(‘“]")
_CONNECTOR = re.compile(r"\b(?:and|of|the|for|in|to|with|on|or|by|a)$")
_OPENS_BLOCK = re.compile(r"^[A-Z0-9‘“'\"(]")


def join_wrapped(lines: list[str]) -> str:
    """Join wrapped lines with single spaces, keeping line-end hyphens without a space."""
    text = ""
    for line in lines:
        if not text:
            text = line
        elif _GLUED_DASH.search(text):
            text += line
        else:
            text += " " + line
    return text


def is_bullet(line: str) -> bool:
    """True when the line opens a list item with one of Ofsted's bullet glyphs."""
    return bool(BULLET.match(line))


def bullet_text(line: str) -> str:
    """The item with its glyph replaced by "- " (just "-" when its text is on the next line)."""
    return ("- " + BULLET.sub("", line, count=1)).rstrip()


def paragraph_number(line: str) -> int | None:
    """The number a line opens with ("14. ..."), whether or not it starts a paragraph."""
    found = NUMBERED.match(line)
    return int(found.group(1)) if found else None


def ends_sentence(line: str) -> bool:
    """True when the line ends a sentence (or a clause that a colon or semicolon closes)."""
    return bool(_ENDS_SENTENCE.search(line))


def ends_clause(line: str) -> bool:
    """True when the line ends with punctuation a heading never ends with."""
    return bool(_ENDS_CLAUSE.search(line))


def breaks_sentence(line: str) -> bool:
    """True when one sentence ends and another starts inside the line."""
    return bool(_SENTENCE_BREAK.search(line))


def ends_with_connector(line: str) -> bool:
    """True when the line ends in a word ("and", "of") that the next line must complete."""
    return bool(_CONNECTOR.search(line))


def opens_block(line: str) -> bool:
    """True when the line could open a block: capitalised, a number, a quote or a bullet
    (the empty string stands for the end of the report)."""
    return not line or bool(_OPENS_BLOCK.match(line)) or is_bullet(line)
