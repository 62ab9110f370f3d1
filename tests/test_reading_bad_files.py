"""Readers never crash on bad files: they return pages or raise one-line ``ReadError``s.

The PDF cases run over the robustness test bed in ``shared/corpus/pdf-robustness/``: 191 broken,
encrypted, empty and ordinary PDFs described in ``INDEX.tsv``, each with the category pypdf 7.1.1
gave it on its own (``OK``, ``OK+NO_TEXT``, ``ENCRYPTED_NEEDS_PASSWORD``, ``FATAL_...``). The text
file cases build their files in ``tmp_path`` and always run.
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

import pytest

from assistant.reading import ReadError, read_document
from assistant.records import Document

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
ROBUSTNESS = SHARED / "corpus" / "pdf-robustness"
CHILDRENS_SERVICES = SHARED / "corpus" / "ofsted" / "childrens-services"

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason=f"{SHARED} is not present")


def _index_rows() -> list[dict[str, str]]:
    index = ROBUSTNESS / "INDEX.tsv"
    if not index.is_file():
        return []
    with index.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


ROWS = _index_rows()
CATEGORY = "pypdf_7.1.1_category"


def _rows(keep) -> list:
    """INDEX rows that ``keep`` accepts, as pytest params named by their path."""
    return [pytest.param(row, id=row["path"]) for row in ROWS if keep(row)]


def _chars(row: dict[str, str]) -> int:
    return int(row["chars"] or 0)


@functools.cache
def _outcome(relative_path: str) -> Document | ReadError:
    """Read one test-bed file once per session; the tests below all look at the same outcome."""
    try:
        return read_document(ROBUSTNESS / relative_path)
    except ReadError as err:
        return err


def _text(doc: Document) -> str:
    return "".join(page.text for page in doc.pages)


def _assert_one_line(err: ReadError) -> None:
    message = str(err)
    assert message.strip(), "ReadError has an empty message"
    assert len(message.splitlines()) == 1, f"ReadError message is not one line: {message!r}"


# --- every file: pages or a one-line ReadError, never anything else ----------------------------


@needs_shared
def test_index_lists_the_whole_test_bed():
    assert len(ROWS) == 191
    missing = [row["path"] for row in ROWS if not (ROBUSTNESS / row["path"]).is_file()]
    assert missing == []


@needs_shared
@pytest.mark.parametrize("row", _rows(lambda row: True))
def test_reader_returns_pages_or_raises_read_error(row):
    # Anything other than ReadError (pypdf's AttributeError, TypeError, AssertionError,
    # LimitReachedError ...) escapes _outcome and fails the test with its traceback.
    outcome = _outcome(row["path"])
    if isinstance(outcome, ReadError):
        _assert_one_line(outcome)
    else:
        assert outcome.pages, "a Document must have at least one page"
        assert [p.number for p in outcome.pages] == list(range(1, len(outcome.pages) + 1))
        assert _text(outcome).strip(), "a returned Document must have some text"


# --- categories: what the reader must decide for each kind of file ------------------------------


@needs_shared
@pytest.mark.parametrize("row", _rows(lambda row: row[CATEGORY] == "ENCRYPTED_NEEDS_PASSWORD"))
def test_pdf_that_needs_a_password_is_refused_with_password_in_the_message(row):
    outcome = _outcome(row["path"])
    assert isinstance(outcome, ReadError)
    assert "password" in str(outcome).lower()


@needs_shared
@pytest.mark.parametrize(
    "row",
    _rows(lambda row: row[CATEGORY] == "ENCRYPTED_OPENS_WITHOUT_PASSWORD" and _chars(row) > 0),
)
def test_pdf_encrypted_with_an_empty_user_password_reads_like_any_other(row):
    outcome = _outcome(row["path"])
    assert isinstance(outcome, Document), f"refused: {outcome}"
    assert _text(outcome).strip()


@needs_shared
@pytest.mark.parametrize("row", _rows(lambda row: row[CATEGORY].startswith("FATAL_")))
def test_pdf_that_pypdf_cannot_open_is_refused(row):
    outcome = _outcome(row["path"])
    assert isinstance(outcome, ReadError), f"read {len(outcome.pages)} pages from a fatal file"


@needs_shared
@pytest.mark.parametrize("row", _rows(lambda row: row[CATEGORY] == "OK+ZERO_PAGES"))
def test_pdf_with_no_pages_is_refused(row):
    assert isinstance(_outcome(row["path"]), ReadError)


@needs_shared
@pytest.mark.parametrize("row", _rows(lambda row: row[CATEGORY].endswith("NO_TEXT")))
def test_pdf_with_no_extractable_text_is_refused_with_text_in_the_message(row):
    # OK+NO_TEXT, OK+PAGE_ERRORS+NO_TEXT and ENCRYPTED_OPENS_WITHOUT_PASSWORD+NO_TEXT: the file
    # opens, but there is nothing to index, and the reason is the missing text, not a password.
    outcome = _outcome(row["path"])
    assert isinstance(outcome, ReadError)
    message = str(outcome).lower()
    assert "text" in message
    assert "password" not in message


@needs_shared
@pytest.mark.parametrize("row", _rows(lambda row: row[CATEGORY] == "OK" and _chars(row) > 50))
def test_readable_pdf_with_text_returns_that_text(row):
    outcome = _outcome(row["path"])
    assert isinstance(outcome, Document), f"refused: {outcome}"
    assert len(outcome.pages) == int(row["pages"])
    # pypdf versions differ a little in spacing, so ask for most of the text, not all of it.
    assert len(_text(outcome)) >= _chars(row) // 2


# --- HTML saved as .pdf in the Ofsted corpus -----------------------------------------------------


@needs_shared
@pytest.mark.parametrize(
    "relative_path",
    [
        "blackpool/children's services inspection - 13 july 2012.pdf",
        "rotherham/children's services inspection - 10 august 2012.pdf",
    ],
)
def test_html_page_saved_as_pdf_is_refused_as_html(relative_path):
    with pytest.raises(ReadError) as excinfo:
        read_document(CHILDRENS_SERVICES / relative_path)
    _assert_one_line(excinfo.value)
    assert "html" in str(excinfo.value).lower()


# --- text files (always run) ---------------------------------------------------------------------


def test_text_file_that_is_not_utf8_is_refused(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Inspection of Sefton: caf\u00e9 provision is good \u00a3".encode("latin-1"))
    with pytest.raises(ReadError) as excinfo:
        read_document(path)
    _assert_one_line(excinfo.value)
    assert "utf-8" in str(excinfo.value).lower()


@pytest.mark.parametrize("content", [b"", b"  \n\r\n\t "], ids=["empty", "whitespace-only"])
def test_empty_text_file_is_refused(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(ReadError) as excinfo:
        read_document(path)
    _assert_one_line(excinfo.value)


def test_utf8_text_file_with_bom_is_read(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes("\ufeff1. Partnership working is good.\r\n".encode())
    doc = read_document(path)
    assert doc.pages[0].text == "1. Partnership working is good.\n"
