"""Readers: a file on disk → a ``Document`` of pages with page numbers.

Example:
    >>> doc = read_document("assistant/data/sefton-2011.txt")
    >>> doc.pages[0].number is None
    True

Any file that cannot be read raises ``ReadError`` with a one-line reason; callers skip it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from assistant.reading.errors import ReadError
from assistant.reading.pdf import read_pdf
from assistant.reading.text import read_text
from assistant.records import Document

#: File suffixes the readers accept when a folder is scanned.
SUPPORTED_SUFFIXES = (".pdf", ".txt", ".md")

__all__ = ["ReadError", "SUPPORTED_SUFFIXES", "content_hash", "read_document"]


def content_hash(data: bytes) -> str:
    """The hash the index uses to tell whether a report changed."""
    return hashlib.sha256(data).hexdigest()


def read_document(path: str | Path, max_pages: int | None = None) -> Document:
    """Read a PDF or text file into pages. Raises ``ReadError`` for anything unreadable.

    ``max_pages`` refuses a longer PDF at once, before any page is read.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot open file: {exc.strerror or exc}") from exc
    digest = content_hash(data)
    if path.suffix.lower() == ".pdf":
        pages = read_pdf(data, max_pages)
        return Document(source=str(path), pages=pages, content_hash=digest, is_pdf=True)
    pages = read_text(data)
    return Document(source=str(path), pages=pages, content_hash=digest, is_pdf=False)
