"""How well the judgements table (``assistant.judgements_table``) reads every children's-services
report in ``shared/corpus/ofsted/`` (and the built-in 2011 sample), era by era.

Two checks, both printed as tables per era:

1. The overall grade is read from each PDF's page text by a few independent patterns (page-1
   "Overall effectiveness" row, the SIF overall sentence, the 2013 "Grade N (word)" line), so a
   report that states an overall grade counts even where the scraped CSV has none; the table
   must extract it and agree. The SIF page-1 list ("2.1 Adoption performance Good") is checked
   the same way for the sub-judgements the CSV never has.
2. The table is compared with ``shared/eval/ofsted_dev_judgements.csv`` wherever the CSV has a
   value: overall grade, the four sub-judgements, lead inspector, inspection dates and
   publication date.

Every disagreement is listed with the page checked and the words the PDF prints there, and with
a verdict: "CSV error" when the PDF's own text (read here, not by the parser) states the table's
value, "table error" otherwise. Files that are HTML error pages saved as .pdf are skipped with a
message and not counted. Nothing is embedded; parsing runs in at most 2 worker processes.

Usage:
    .venv/bin/python eval/judgements_agreement.py            # prints; needs ../shared
    .venv/bin/python eval/judgements_agreement.py --out eval/judgements_agreement.txt
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from multiprocessing import Pool
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from assistant.config import builtin_sample  # noqa: E402
from assistant.judgements_table import JudgementRow, parse_dates, report_rows  # noqa: E402
from assistant.reading import ReadError, read_document  # noqa: E402
from assistant.structure import parse_report  # noqa: E402

DEFAULT_SHARED = HERE.parent.parent / "shared"
WORKERS = 2
GRADE = r"(outstanding|good|adequate|inadequate|requires? improvement(?: to be good)?)"
#: CSV grade column → the table's area keys that answer it.
CSV_GRADES = {
    "overall_effectiveness_grade": ("overall_effectiveness",),
    "impact_of_leaders_grade": ("leadership",),
    "help_and_protection_grade": ("help_and_protection",),
    "in_care_grade": ("children_in_care", "children_in_care_and_care_leavers"),
    "care_leavers_grade": ("care_leavers",),
}
#: CSV markers meaning "no value" (the scraper could not read it, or it does not exist).
NO_VALUE = ("", "data_unreadable", "not_reported_post_reform", "inspection_pre_dates_judgement")
#: Independent readings of the overall grade from a page's text (whitespace normalised).
OVERALL_PATTERNS = (
    re.compile(rf"\bOverall effectiveness(?: of services for looked after children and young"
               rf" people)?\s*(?:Grade\s*\d\s*\(\s*)?{GRADE}\b", re.IGNORECASE),
    re.compile(rf"\bChildren[’']s services in [^.]{{1,80}}? (?:are |is |(?=requires? )){GRADE}",
               re.IGNORECASE),
    re.compile(rf"\bThe overall judgement is (?:that children[’']s services? (?:are |is )?)?"
               rf"{GRADE}", re.IGNORECASE),
)
#: An independent reading of the SIF review of the LSCB.
LSCB_PATTERN = re.compile(
    rf"\bLocal Safeguarding Children Board(?: \(LSCB\))? (?:is (?:that it is )?|(?=requires? ))"
    rf"{GRADE}", re.IGNORECASE)
#: The SIF page-1 list: row label → area key.
SIF_LIST = {
    r"1\.\s*Children who need help and protection": "help_and_protection",
    r"2\.\s*Children looked after and achieving permanence": "children_in_care",
    r"2\.1\s*Adoption performance": "adoption",
    r"2\.2\s*Experiences and progress of care leavers": "care_leavers",
    r"3\.\s*Leadership, management and governance": "leadership",
}


@dataclass
class Parsed:
    """One file's table rows and page texts, or why it was skipped."""

    path: str
    rows: list[JudgementRow] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)
    skipped: str | None = None


@dataclass
class Tally:
    """Agreed / compared counts for one era and one field."""

    agreed: Counter = field(default_factory=Counter)
    compared: Counter = field(default_factory=Counter)

    def add(self, era: str, agrees: bool) -> None:
        self.compared[era] += 1
        self.agreed[era] += agrees

    def cell(self, era: str | None) -> str:
        eras = [era] if era else list(self.compared)
        n = sum(self.compared[e] for e in eras)
        k = sum(self.agreed[e] for e in eras)
        return f"{k}/{n} ({100 * k / n:.1f}%)" if n else "–"


def parse(path: Path) -> Parsed:
    """Read and parse one PDF (in a worker process)."""
    try:
        document = read_document(path)
    except ReadError as exc:
        return Parsed(str(path), skipped=str(exc))
    return Parsed(str(path), report_rows(parse_report(document)),
                  [page.text for page in document.pages])


def flat(text: str) -> str:
    return " ".join(text.split())


def five_point(grade: str | None) -> str | None:
    """"Requires improvement to be good" and the CSV's "requires improvement" compare equal;
    a stray word ("to requires improvement") is read as the grade it holds."""
    if not grade:
        return None
    found = re.search(GRADE, grade.lower())
    if not found:
        return grade.lower()
    word = found.group(1)
    return "requires improvement" if word.startswith("require") else word


def stated_overall(pages: list[str]) -> tuple[str, int, str] | None:
    """The overall grade as the PDF's text states it: (grade, page, the words)."""
    for pattern in OVERALL_PATTERNS:
        for number, text in enumerate(pages, start=1):
            found = pattern.search(flat(text))
            if found:
                return five_point(found.group(1)), number, found.group(0)
    return None


def stated_lscb(pages: list[str]) -> tuple[str, int, str] | None:
    """The LSCB review's grade as the PDF's text states it: (grade, page, the words)."""
    for number, text in enumerate(pages, start=1):
        found = LSCB_PATTERN.search(flat(text))
        if found:
            return five_point(found.group(1)), number, found.group(0)
    return None


def stated_sif_list(pages: list[str]) -> dict[str, tuple[str, str]]:
    """The SIF page-1 list's grades: area key → (grade, the words)."""
    page = flat(pages[0]) if pages else ""
    found = {}
    for label, key in SIF_LIST.items():
        match = re.search(rf"{label}\s*{GRADE}", page, re.IGNORECASE)
        if match:
            found[key] = (five_point(match.group(1)), match.group(0))
    return found


def csv_date(value: str) -> date | None:
    """dd/mm/yyyy or dd/mm/yy."""
    found = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})", value.strip())
    if not found:
        return None
    day, month, year = (int(x) for x in found.groups())
    return date(year + 2000 if year < 100 else year, month, day)


def fold(name: str | None) -> str:
    """Accents, case and punctuation dropped: "Máire" = "Maire"."""
    ascii_name = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", ascii_name.lower())


def on_page(pages: list[str], page: int | None, words: str | None) -> bool:
    """Whether ``words`` stand on that page of the PDF's own text."""
    if not page or not words or page > len(pages):
        return False
    return flat(words) in flat(pages[page - 1])


def relative(path: str) -> str:
    """The path as the CSV writes it ("bristol/children's services inspection - ….pdf")."""
    return path.split("childrens-services/", 1)[1] if "childrens-services/" in path \
        else Path(path).name


def era_of(rows: list[JudgementRow]) -> str:
    return rows[0].framework if rows else "no judgements"


def compare(parsed: list[Parsed], csv_rows: dict[str, dict[str, str]]):
    """Tallies per check and era, and every disagreement as a line of text."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    problems: list[str] = []
    eras: Counter = Counter()
    for item in parsed:
        if item.skipped:
            continue
        rel = relative(item.path)
        era = era_of(item.rows)
        eras[era] += 1
        by_key = {r.area_key: r for r in item.rows if r.part is None or "looked after" not in
                  r.part.lower()}
        by_key.update({r.area_key: r for r in item.rows if r.area_key not in by_key})
        _check_text(item, rel, era, by_key, tallies, problems)
        row = csv_rows.get(rel)
        if row:
            _check_csv(item, rel, era, by_key, row, tallies, problems)
    return eras, tallies, problems


def _check_text(item, rel, era, by_key, tallies, problems) -> None:
    stated = stated_overall(item.pages)
    ours = by_key.get("overall_effectiveness")
    if stated:
        tallies["overall extracted"].add(era, ours is not None)
        agrees = ours is not None and ours.grade == stated[0]
        tallies["overall = PDF text"].add(era, agrees)
        if not agrees:
            problems.append(f"{rel}: overall: PDF p. {stated[1]} «{stated[2]}», table "
                            f"{ours.grade if ours else 'none'} → table error")
    elif ours:
        problems.append(f"{rel}: overall: table {ours.grade} (p. {ours.page} «{ours.quote}») "
                        "but the text check found none")
    lscb = stated_lscb(item.pages)
    if lscb:
        mine = by_key.get("lscb")
        agrees = mine is not None and mine.grade == lscb[0]
        tallies["LSCB = PDF text"].add(era, agrees)
        if not agrees:
            problems.append(f"{rel}: lscb: PDF p. {lscb[1]} «{lscb[2]}», table "
                            f"{mine.grade if mine else 'none'} → table error")
    for key, (grade, words) in stated_sif_list(item.pages).items():
        mine = by_key.get(key)
        agrees = mine is not None and mine.grade == grade
        tallies["SIF page-1 list = table"].add(era, agrees)
        if not agrees:
            verdict = ("the report contradicts itself: body heading p. "
                       f"{mine.page} «{mine.quote}»" if mine and on_page(item.pages, mine.page,
                                                                           mine.quote)
                       else "table error")
            problems.append(f"{rel}: {key}: PDF p. 1 «{words}», table "
                            f"{mine.grade if mine else 'none'} → {verdict}")


def _check_csv(item, rel, era, by_key, row, tallies, problems) -> None:
    for column, keys in CSV_GRADES.items():
        value = row[column].strip()
        if value in NO_VALUE:
            continue
        mine = next((by_key[k] for k in keys if k in by_key), None)
        theirs = five_point(value)
        agrees = mine is not None and mine.grade == theirs
        name = "overall (CSV)" if column.startswith("overall") else "sub-judgements (CSV)"
        tallies[name].add(era, agrees)
        if not agrees:
            joint = by_key.get("children_in_care_and_care_leavers")
            if mine is None and column == "care_leavers_grade" and joint:
                problems.append(f"{rel}: {column}: CSV {value!r}, table none → CSV error: the "
                                f"report grades care leavers only jointly with children in care"
                                f" (p. {joint.page} «{joint.quote}»)")
                continue
            problems.append(_grade_problem(item, rel, column, value, mine, theirs))
    _check_fact(item, rel, era, "lead inspector (CSV)", row["inspector_name"],
                item.rows[0].lead_inspector if item.rows else None, tallies, problems)
    start, end = parse_dates(item.rows[0].inspection_dates if item.rows else None)
    for column, mine in (("inspection_start_date", start), ("inspection_end_date", end)):
        theirs = csv_date(row[column])
        if theirs:
            agrees = theirs == mine
            tallies["inspection dates (CSV)"].add(era, agrees)
            if not agrees:
                problems.append(f"{rel}: {column}: CSV {theirs}, table {mine} (p. 1 "
                                f"«{item.rows[0].inspection_dates}») → "
                                + _date_verdict(item, theirs, mine))
    theirs = csv_date(row["publication_date"])
    if theirs:
        mine = parse_dates(item.rows[0].published if item.rows else None)[0]
        agrees = theirs == mine
        tallies["publication date (CSV)"].add(era, agrees)
        if not agrees:
            printed = item.rows[0].published or ""
            verdict = ("CSV error: page 1 prints the table's date (the CSV's is the file name's)"
                       if printed and printed in flat(item.pages[0]) else "table error")
            problems.append(f"{rel}: publication_date: CSV {theirs}, table {mine} (p. 1 "
                            f"«{printed}») → {verdict}")


def _check_fact(item, rel, era, name, theirs, mine, tallies, problems) -> None:
    if not theirs.strip():
        return
    agrees = fold(theirs) == fold(mine)
    tallies[name].add(era, agrees)
    if not agrees:
        text = " ".join(item.pages)
        verdict = ("CSV error: the PDF names the table's inspector as lead"
                   if mine and re.search(rf"Lead inspectors?:?\s*{re.escape(mine)}", flat(text))
                   else "table error")
        problems.append(f"{rel}: inspector: CSV {theirs!r}, table {mine!r} → {verdict}")


def _grade_problem(item, rel, column, value, mine, theirs) -> str:
    if mine is None:
        return f"{rel}: {column}: CSV {value!r}, table none → table error"
    verified = on_page(item.pages, mine.page, mine.quote)
    verdict = (f"CSV error: the PDF states {mine.grade}" if verified and theirs != mine.grade
               else "table error")
    if theirs not in {"outstanding", "good", "requires improvement", "inadequate"}:
        verdict = f"CSV error: {value!r} is not a grade; the PDF states {mine.grade}"
    return (f"{rel}: {column}: CSV {value!r}, table {mine.grade} (p. {mine.page} "
            f"«{mine.quote}») → {verdict}")


def _date_verdict(item, theirs: date, mine: date | None) -> str:
    """The CSV is wrong when page 1 prints the table's dates and the CSV's date is one of
    them but not the range's end (an inspection on site in two spells)."""
    printed = item.rows[0].inspection_dates or ""
    if not mine or not printed or printed not in flat(item.pages[0]):
        return "table error"
    days = [d for part in re.split(r"\band\b", printed) for d in parse_dates(part) if d]
    if theirs in days and mine == days[-1]:
        return (f"CSV error: page 1 prints two spells on site; the CSV ends the inspection "
                f"with the first ({theirs}), the table with the last ({mine})")
    return "table error"


def render(eras: Counter, tallies: dict[str, Tally], problems: list[str],
           skipped: list[Parsed]) -> str:
    order = [e for e in ("safeguarding and LAC", "LAC", "SIF", "ILACS", "ILACS short")
             if e in eras]
    order += sorted(set(eras) - set(order))
    lines = [f"Judgements table vs the PDFs' own text and {CSV_NAME}", ""]
    lines += [f"skipped {relative(p.path)}: {p.skipped}"
              for p in skipped]
    checks = ["overall extracted", "overall = PDF text", "SIF page-1 list = table",
              "LSCB = PDF text", "overall (CSV)", "sub-judgements (CSV)", "lead inspector (CSV)",
              "inspection dates (CSV)", "publication date (CSV)"]
    header = ["era", "reports"] + checks
    table = [header] + [[era, str(eras[era])] + [tallies[c].cell(era) for c in checks]
                        for era in order]
    table.append(["all", str(sum(eras.values()))] + [tallies[c].cell(None) for c in checks])
    lines += ["", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(r) + " |" for r in table[1:]]
    lines += ["", "Cells: agreed/compared. \"overall extracted\" counts reports whose text states"
              " an overall grade; the CSV columns count only rows where the CSV has a value.",
              "", f"Disagreements ({len(problems)}: "
              f"{sum('→ CSV error' in p for p in problems)} the CSV's errors, "
              f"{sum('→ table error' in p for p in problems)} the table's, "
              f"{sum('contradicts itself' in p for p in problems)} the report's own):"]
    lines += [f"- {p}" for p in problems] or ["- none"]
    return "\n".join(lines)


CSV_NAME = "ofsted_dev_judgements.csv"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared/ folder")
    parser.add_argument("--out", type=Path, help="also write the output to this file")
    parser.add_argument("--workers", type=int, default=WORKERS, help="parsing processes (≤ 2)")
    args = parser.parse_args(argv)
    folder = args.shared / "corpus" / "ofsted" / "childrens-services"
    # The built-in sample is the one 2009–2012 report with text (the corpus's 2012 files are
    # HTML error pages).
    paths = sorted(folder.rglob("*.pdf")) + [builtin_sample()]
    if not paths:
        print(f"error: no PDFs under {folder}", file=sys.stderr)
        return 1
    with Pool(max(1, min(WORKERS, args.workers))) as pool:
        parsed = pool.map(parse, paths, chunksize=4)
    with open(args.shared / "eval" / CSV_NAME, newline="", encoding="utf-8") as handle:
        csv_rows = {row["path"]: row for row in csv.DictReader(handle)}
    eras, tallies, problems = compare(parsed, csv_rows)
    text = render(eras, tallies, problems, [p for p in parsed if p.skipped])
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
