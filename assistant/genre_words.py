"""The genre's vocabulary: the stemmed words that several Ofsted reports use, shipped with the
package so that a small index (one council's reports, the built-in sample) still tells the
genre's words ("radicalisation", "council tax") from the asker's own ("swept up in police
raids"). See ``answering.evidence.shows_absence``.

``data/genre_words.txt`` was built from an index of the 158 reports of the shared Ofsted corpus
(2013-2026, every kind of inspection) by this module:

    python -m assistant.genre_words --index-dir /path/to/corpus-index

Example:
    >>> "radicalis" in genre_vocabulary()
    True
    >>> "raid" in genre_vocabulary()
    False
"""

from __future__ import annotations

import argparse
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path

#: Stems used by at least this many reports of the corpus are the genre's.
MIN_REPORTS = 2
_FILE = "data/genre_words.txt"


@lru_cache(maxsize=1)
def genre_vocabulary() -> frozenset[str]:
    """The stems of ``data/genre_words.txt`` (lines after the ``#`` header)."""
    text = resources.files("assistant").joinpath(_FILE).read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def words_of_index(index_dir: Path, min_reports: int = MIN_REPORTS) -> list[str]:
    """The stems that at least ``min_reports`` reports of an index use, sorted."""
    from assistant.answering.evidence import report_terms
    from assistant.store import load_store

    store = load_store(index_dir)
    reports: Counter[str] = Counter()
    for report_id in store.summaries:
        reports.update(report_terms(store.report(report_id)))
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
        "# The genre's vocabulary: stems used by at least "
        f"{args.min_reports} reports of the shared Ofsted corpus.\n"
        "# Built by `python -m assistant.genre_words`; see assistant/genre_words.py.\n"
        + "\n".join(words) + "\n", "utf-8")
    print(f"{len(words)} stems written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
