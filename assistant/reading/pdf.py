"""PDF reports through pypdf, one ``Page`` per PDF page, numbered from 1 as a viewer shows them.

pypdf raises far more than its own error classes on broken files (AttributeError, TypeError,
AssertionError, DeprecationError, LimitReachedError, RecursionError ...), so every call into it
is guarded and turned into a one-line ``ReadError``.
"""

from __future__ import annotations

import io
import logging

from assistant.reading.errors import ReadError
from assistant.records import Page

# pypdf logs warnings for every odd object; the user gets one line per file from us instead.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)


def _reason(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text}"[:200] if text else type(exc).__name__


def read_pdf(data: bytes, max_pages: int | None = None) -> tuple[Page, ...]:
    """Extract the text of every page.

    Raises ``ReadError`` for a file that is not a PDF, is corrupt, needs a password, has no
    pages, has more than ``max_pages`` pages, or has no extractable text at all (image-only).
    Pages that fail on their own become empty pages, so one bad page does not lose the report.
    """
    head = data[:1024].lstrip()
    if b"%PDF-" not in data[:1024]:  # readers accept junk (a BOM, a mail header) before it
        if head[:15].lower().startswith((b"<!doctype html", b"<html")):
            raise ReadError("not a PDF: an HTML page saved with a .pdf name")
        raise ReadError("not a PDF (no %PDF- header)")
    from pypdf import PdfReader  # imported here: text-only use never pays for pypdf

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError("encrypted PDF that needs a password; save an unprotected copy")
        count = len(reader.pages)
    except (ReadError, MemoryError):
        raise  # out of memory is the reading worker's to report, not a corrupt file
    except Exception as exc:  # noqa: BLE001 - pypdf raises arbitrary types on broken files
        if type(exc).__name__ in ("FileNotDecryptedError", "DependencyError"):
            raise ReadError(f"encrypted PDF that cannot be opened ({_reason(exc)})") from exc
        raise ReadError(f"corrupt or truncated PDF ({_reason(exc)})") from exc
    if count == 0:
        raise ReadError("the PDF has no pages")
    if max_pages is not None and count > max_pages:
        raise ReadError(f"the PDF has {count} pages, more than the limit of {max_pages} "
                        "([reading] max_pages in config.toml)")
    pages = []
    for index in range(count):
        try:
            text = reader.pages[index].extract_text() or ""
        except MemoryError:
            raise
        except Exception:  # noqa: BLE001 - a broken page is kept as empty, the rest still read
            text = ""
        pages.append(Page(number=index + 1, text=text))
    if not any(p.text.strip() for p in pages):
        raise ReadError("no extractable text (image-only or blank PDF); OCR it first")
    return tuple(pages)
