"""The genre's vocabulary: the stemmed words that several Ofsted reports use, shipped with the
package so that a small index (one council's reports, the built-in sample) still tells the
genre's words ("radicalisation", "council tax") from the asker's own ("swept up in police
raids"). See ``answering.evidence.shows_absence``.

``data/genre_words.txt`` was built from an index of the 158 reports of the shared Ofsted corpus
(2013-2026, every kind of inspection) by this module:

    python -m assistant.genre_words --index-dir /path/to/corpus-index

It also holds the genre's two-word terms, as stem pairs: the hyphenated compounds several
reports write ("self-harm", "honour-based") and the phrases a generic word makes of the word
after it ("young carers", "county lines", "local offer"). A question's compound the genre never
writes ("local pubs", "top-rated") is the asker's own, read as its words.

Example:
    >>> "radicalis" in genre_vocabulary()
    True
    >>> "raid" in genre_vocabulary()
    False
    >>> ("self", "harm") in genre_phrases(), ("local", "pub") in genre_phrases()
    (True, False)
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path

#: Stems used by at least this many reports of the corpus are the genre's.
MIN_REPORTS = 2
_FILE = "data/genre_words.txt"


#: Generic words that make a term of the word after them ("young carers", "county lines");
#: ``answering.evidence`` narrows a question's word by them.
PHRASE_MODIFIERS = ("young", "county", "local", "social")
#: A hyphenated compound ("self-harm", "honour-based").
HYPHENATED = re.compile(r"\b([A-Za-z]{2,})-([A-Za-z]{2,})\b")
_MODIFIED = re.compile(rf"\b({'|'.join(PHRASE_MODIFIERS)})\s+([A-Za-z]{{2,}})\b",
                       re.IGNORECASE)


@lru_cache(maxsize=1)
def _lines() -> tuple[str, ...]:
    text = resources.files("assistant").joinpath(_FILE).read_text("utf-8")
    return tuple(line for line in text.splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def genre_vocabulary() -> frozenset[str]:
    """The stems of ``data/genre_words.txt`` (lines after the ``#`` header)."""
    return frozenset(line for line in _lines() if " " not in line)


@lru_cache(maxsize=1)
def genre_phrases() -> frozenset[tuple[str, str]]:
    """The two-word terms of ``data/genre_words.txt``, as stem pairs."""
    return frozenset(tuple(line.split(" ", 1)) for line in _lines() if " " in line)


def phrase_stems(first: str, second: str) -> tuple[str, str] | None:
    """A two-word term as the stem pair ``genre_phrases`` holds ("Self", "harming" → ("self",
    "harm"))."""
    from assistant.lexical import terms

    a, b = terms(first.lower()), terms(second.lower())
    return (a[0], b[0]) if len(a) == 1 and len(b) == 1 else None


def report_phrases(report) -> frozenset[tuple[str, str]]:
    """The two-word terms a report writes: its hyphenated compounds and the words its generic
    words narrow."""
    found = set()
    for paragraph in report.paragraphs:
        for pattern in (HYPHENATED, _MODIFIED):
            for first, second in pattern.findall(paragraph.text):
                pair = phrase_stems(first, second)
                if pair:
                    found.add(pair)
    return frozenset(found)


def words_of_index(index_dir: Path, min_reports: int = MIN_REPORTS) -> list[str]:
    """The stems and two-word terms (``"self harm"``) that at least ``min_reports`` reports of
    an index use, sorted."""
    from assistant.answering.evidence import report_terms
    from assistant.store import load_store

    store = load_store(index_dir)
    reports: Counter[str] = Counter()
    for report_id in store.summaries:
        report = store.report(report_id)
        reports.update(report_terms(report))
        reports.update(" ".join(pair) for pair in report_phrases(report))
    return sorted(t for t, n in reports.items() if n >= min_reports)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--min-reports", type=int, default=MIN_REPORTS)
    parser.add_argument("--out", type=Path,
                        default=Path(__file__).parent / "data" / "genre_words.txt")
    args = parser.parse_args(argv)
    words = words_of_index(args.index_dir, args.min_reports)
    args.out.write_text(
        "# The genre's vocabulary: stems and two-word terms (\"self harm\") used by at least "
        f"{args.min_reports}\n# reports of the shared Ofsted corpus.\n"
        "# Built by `python -m assistant.genre_words`; see assistant/genre_words.py.\n"
        + "\n".join(words) + "\n", "utf-8")
    print(f"{len(words)} stems and terms written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
