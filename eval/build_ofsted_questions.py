"""Build ``eval/ofsted_questions.jsonl``: grade and lead-inspector questions over the Ofsted corpus.

Each question comes from one row of ``shared/eval/ofsted_dev_judgements.csv`` and is kept only
when the PDF itself says the same thing: the grade must sit beside its judgement in the page-1
"Judgement Grade" table, the lead inspector's surname must follow "Lead inspector:" on page 1, and
the inspection year must match the page-1 "Inspection dates" line. The CSV is mostly right, but not
always (blank grades that the PDF has, stray words, pre-2023 care-leaver grades that the PDF
reports jointly with children in care), so nothing goes in on the CSV's word alone.

Usage:
    python eval/build_ofsted_questions.py            # writes eval/ofsted_questions.jsonl
    python eval/build_ofsted_questions.py --shared /path/to/shared --out other.jsonl

The script reads the PDFs with pypdf directly (page 1 only) and imports nothing from ``assistant``,
so it runs while the parser is still being written. The output is deterministic.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import re
import sys
import unicodedata
import zlib
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = HERE.parent.parent / "shared"
DEFAULT_OUT = HERE / "ofsted_questions.jsonl"

GRADES = ("outstanding", "good", "requires improvement", "inadequate")

#: Answers that contradict the expected grade. "requires improvement to be good" contains "good",
#: so "good" is never forbidden for a requires-improvement answer.
MUST_NOT = {
    "outstanding": ["inadequate", "requires improvement"],
    "good": ["requires improvement", "inadequate", "outstanding"],
    "requires improvement": ["inadequate", "outstanding"],
    "inadequate": ["good", "outstanding", "requires improvement"],
}

#: CSV markers for a judgement that does not exist or could not be read.
SKIP_MARKERS = ("data_unreadable", "not_reported_post_reform", "inspection_pre_dates_judgement")

#: CSV grade column → the page-1 table row that holds it (matched on normalised text).
#: "children in care" also matches the 2018–22 joint row "children in care and care leavers";
#: the care-leaver pattern needs its own row (2023+; Wigan 2025 prints "children care leavers").
FIELDS = {
    "overall_effectiveness_grade": r"overall effectiveness",
    "impact_of_leaders_grade": r"impact of leaders on social work practice with children and "
    r"families",
    "help_and_protection_grade": r"experiences and progress of children who need help and "
    r"protection",
    "in_care_grade": r"experiences and progress of children in care(?: and care leavers)?",
    "care_leavers_grade": r"experiences and progress of (?:children )?care leavers",
}
GRADE_AFTER_LABEL = r"\s*:?\s*(requires improvement(?: to be good)?|good|outstanding|inadequate)\b"

#: Question wordings per field; ``{p}`` is the place, ``{y}`` the inspection year.
TEMPLATES = {
    "overall_effectiveness_grade": [
        "What was the overall effectiveness grade in {ps} {y} inspection?",
        "How was {p} judged overall in {y}?",
        "What overall judgement did Ofsted give {p} children's services in {y}?",
        "overall effectiveness for {p} {y}?",
        "What grade did {p} get overall at its {y} inspection?",
    ],
    "impact_of_leaders_grade": [
        "What grade did {p} get for the impact of leaders on social work practice in {y}?",
        "How did Ofsted judge the impact of leaders in {p} in {y}?",
        "How was leadership rated in {ps} {y} inspection?",
        "{p} {y}: impact of leaders on social work practice with children and families grade?",
    ],
    "help_and_protection_grade": [
        "What was {ps} grade for children who need help and protection in {y}?",
        "How were the experiences and progress of children who need help and protection judged"
        " in {p} in {y}?",
        "help and protection grade for {p} in {y}",
        "In the {y} inspection of {p}, how did Ofsted rate services for children needing help"
        " and protection?",
    ],
    "in_care_grade": [
        "What grade did {p} get for children in care in {y}?",
        "How were the experiences and progress of children in care judged in {ps} {y} inspection?",
        "How did {p} do for children in care at the {y} inspection?",
        "children in care grade {p} {y}",
    ],
    "care_leavers_grade": [
        "What grade did {p} get for the experiences and progress of care leavers in {y}?",
        "How were care leavers' experiences judged in {p} in {y}?",
        "How did Ofsted rate {ps} support for care leavers in {y}?",
        "care leavers judgement for {p}, {y} inspection?",
    ],
    "inspector": [
        # Always "children's services": Hertfordshire also had an area SEND inspection in 2023.
        "Who was the lead inspector for the {y} inspection of {p} children's services?",
        "Who led Ofsted's {y} inspection of {p} children's services?",
        "Which HMI led the {y} children's services inspection in {p}?",
        "name of the lead inspector, {p} children's services inspection {y}",
    ],
}

SHORT_FIELD = {
    "overall_effectiveness_grade": "overall",
    "impact_of_leaders_grade": "leaders",
    "help_and_protection_grade": "help-protection",
    "in_care_grade": "in-care",
    "care_leavers_grade": "care-leavers",
    "inspector": "inspector",
}

#: Words left lower case inside a place name ("Southend-on-Sea", "Isles of Scilly").
SMALL_WORDS = {"and", "of", "on", "upon", "with", "the", "in"}
PLACE_NAMES = {"london corporation": "City of London"}


@dataclass(frozen=True)
class Question:
    """One line of the output file, in the shape of ``shared/eval/dev.jsonl`` plus extras."""

    id: str
    question: str
    report: str | None
    gold_paragraphs: list[int]
    answer_must_contain: list[list[str]]
    answer_must_not_contain: list[str] | None
    source: str
    kind: str
    field: str

    def to_json(self) -> str:
        data = asdict(self)
        if data["answer_must_not_contain"] is None:
            del data["answer_must_not_contain"]
        return json.dumps(data, ensure_ascii=False)


@dataclass(frozen=True)
class PageOne:
    """What page 1 of an ILACS report states, read from its normalised text."""

    text: str
    year: int | None
    grades: dict[str, str]
    lead_inspector: str | None


def normalise(text: str) -> str:
    """Curly quotes → straight, every run of whitespace → one space."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text).strip()


def fold(name: str) -> str:
    """Lower case, accents and punctuation dropped: "Máire" and "Maire" compare equal."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", ascii_name.lower())


def canonical_grade(phrase: str) -> str:
    """The CSV's vocabulary: "Requires improvement to be good" → "requires improvement"."""
    phrase = phrase.lower()
    return "requires improvement" if phrase.startswith("requires improvement") else phrase


def place_name(local_authority: str) -> str:
    """CSV name → how a person writes it: "southend-on-sea" → "Southend-on-Sea"."""
    name = " ".join(local_authority.replace("&", "and").split())
    if name in PLACE_NAMES:
        return PLACE_NAMES[name]
    words = []
    for i, word in enumerate(name.split(" ")):
        parts = word.split("-")
        words.append(
            "-".join(
                part if part in SMALL_WORDS and (i or j) else part.capitalize()
                for j, part in enumerate(parts)
            )
        )
    return " ".join(words)


def possessive(place: str) -> str:
    return place + ("'" if place.endswith("s") else "'s")


def read_page_one(pdf: Path) -> PageOne:
    """Extract page 1 and read its year, judgement table and lead inspector."""
    text = normalise(PdfReader(pdf).pages[0].extract_text() or "")
    lower = text.lower()

    dates = re.search(r"inspection dates?:?(.{0,100}?)(?:lead inspector|judgement|$)", lower)
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", dates.group(1))] if dates else []

    table_start = lower.find("judgement grade")
    table = lower[table_start:] if table_start >= 0 else lower
    grades = {}
    for column, label in FIELDS.items():
        found = re.search(label + GRADE_AFTER_LABEL, table)
        if found:
            grades[column] = canonical_grade(found.group(1))

    # Stoke 2022 has two: "Lead inspectors: A, His Majesty's Inspector, and B," (CSV: blank).
    inspector = re.search(
        r"lead inspector:\s*(.+?)(?:,|\s+(?:his|her) majesty|\s+hmi\b|\s+judgement\b)",
        text,
        re.IGNORECASE,
    )
    return PageOne(
        text=lower,
        year=max(years) if years else None,
        grades=grades,
        lead_inspector=inspector.group(1).strip() if inspector else None,
    )


def csv_year(row: dict[str, str]) -> int | None:
    """Year of ``inspection_end_date`` (dd/mm/yyyy or dd/mm/yy), or None when blank."""
    match = re.fullmatch(r"\d{1,2}/\d{1,2}/(\d{2}|\d{4})", row["inspection_end_date"].strip())
    if not match:
        return None
    year = int(match.group(1))
    return year + 2000 if year < 100 else year


def pick(templates: list[str], key: str) -> str:
    """A wording chosen by the question id, so reruns give the same file."""
    return templates[zlib.crc32(key.encode()) % len(templates)]


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def make_question(
    qid: str, field: str, must: str, must_not: list[str] | None, place: str, year: int, source: str
) -> Question:
    template = pick(TEMPLATES[field], qid)
    return Question(
        id=qid,
        question=template.format(p=place, ps=possessive(place), y=year),
        report=None,
        gold_paragraphs=[],
        answer_must_contain=[[must]],
        answer_must_not_contain=must_not,
        source=source,
        kind="inspector" if field == "inspector" else "grade",
        field="lead_inspector" if field == "inspector" else field.removesuffix("_grade"),
    )


def questions_for_row(
    row: dict[str, str], corpus: Path, dropped: Counter, notes: Counter
) -> list[Question]:
    """Every question this CSV row supports, each checked against the PDF.

    Why a field or row gave no question is counted in ``dropped``; fixes made on the way, in
    ``notes``.
    """
    usable = [c for c in FIELDS if row[c].strip() and row[c].strip() not in SKIP_MARKERS]
    for column in FIELDS:
        value = row[column].strip()
        if value in SKIP_MARKERS:
            dropped[f"{column}: csv says {value}"] += 1
        elif not value:
            dropped[f"{column}: csv blank"] += 1
    inspector_csv = row["inspector_name"].strip()
    if not inspector_csv:
        dropped["inspector: csv blank"] += 1
    if not usable and not inspector_csv:
        return []

    relative = Path("childrens-services") / row["path"]
    try:
        page = read_page_one(corpus / relative)
    except Exception as exc:  # noqa: BLE001 - pypdf raises many types; the row is just dropped
        dropped[f"row: PDF unreadable ({type(exc).__name__})"] += 1
        return []

    year = csv_year(row)
    if year is None:
        year = page.year
        if year is None:
            dropped["row: no inspection year in CSV or on page 1"] += 1
            return []
        notes["year taken from page 1 (CSV dates blank)"] += 1
    elif year != page.year:
        dropped[f"row: CSV year {year} differs from page-1 year {page.year}"] += 1
        return []

    place = place_name(row["local_authority"])
    # A check that the PDF is filed under the right council. Two words, because the East Riding
    # of Yorkshire calls itself "East Riding".
    if " ".join(place.lower().split()[:2]) not in page.text.replace("&", "and"):
        dropped["row: local authority not named on page 1"] += 1
        return []

    source = relative.as_posix()
    stem = f"ofs-{slug(place)}-{year}"
    questions = []
    for column in usable:
        grade = row[column].strip()
        if grade not in GRADES:
            dropped[f"{column}: csv value {grade!r} is not a grade"] += 1
            continue
        found = page.grades.get(column)
        if found is None:
            dropped[f"{column}: no such row in the page-1 table"] += 1
        elif found != grade:
            dropped[f"{column}: csv {grade!r} but page 1 says {found!r}"] += 1
        else:
            qid = f"{stem}-{SHORT_FIELD[column]}"
            questions.append(
                make_question(qid, column, grade, MUST_NOT[grade], place, year, source)
            )

    if inspector_csv:
        printed = page.lead_inspector
        if printed is None:
            dropped["inspector: no 'Lead inspector:' on page 1"] += 1
        elif fold(printed.split()[-1]) != fold(inspector_csv.split()[-1]):
            dropped["inspector: surname on page 1 differs from CSV"] += 1
        else:
            surname = printed.split()[-1]
            questions.append(
                make_question(f"{stem}-inspector", "inspector", surname, None, place, year, source)
            )
    return questions


def build(shared: Path) -> tuple[list[Question], Counter, Counter, int, int]:
    """All verified questions, drop reasons, notes, rows that gave a question, rows in all."""
    corpus = shared / "corpus" / "ofsted"
    with (shared / "eval" / "ofsted_dev_judgements.csv").open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    dropped: Counter = Counter()
    notes: Counter = Counter()
    questions: list[Question] = []
    rows_used = 0
    for row in rows:
        found = questions_for_row(row, corpus, dropped, notes)
        rows_used += bool(found)
        questions.extend(found)
    ids = [q.id for q in questions]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise SystemExit(f"duplicate question ids: {duplicates}")
    return questions, dropped, notes, rows_used, len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared/ folder")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the JSONL file to write")
    args = parser.parse_args(argv)
    if not (args.shared / "eval" / "ofsted_dev_judgements.csv").is_file():
        print(f"error: no eval/ofsted_dev_judgements.csv under {args.shared}", file=sys.stderr)
        return 2
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)

    questions, dropped, notes, rows_used, rows_total = build(args.shared)
    args.out.write_text("".join(q.to_json() + "\n" for q in questions), encoding="utf-8")

    by_field = Counter(q.field for q in questions)
    print(f"wrote {len(questions)} questions to {args.out}")
    print(f"CSV rows: {rows_total}, giving questions: {rows_used}, none: {rows_total - rows_used}")
    print("kept per field:")
    for field, count in sorted(by_field.items()):
        print(f"  {count:4}  {field}")
    print("dropped (per field or per row):")
    for reason, count in sorted(dropped.items()):
        print(f"  {count:4}  {reason}")
    for note, count in sorted(notes.items()):
        print(f"note: {count} row(s): {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
