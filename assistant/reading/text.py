"""Plain-text reports: UTF-8 only, one page (text files carry no page numbers)."""

from __future__ import annotations

from assistant.reading.errors import ReadError
from assistant.records import Page


def read_text(data: bytes) -> tuple[Page, ...]:
    """Decode a text report.

    Example:
        >>> read_text(b"1. Hello.")[0].text
        '1. Hello.'
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadError(
            f"not UTF-8 text (bad byte at offset {exc.start}); re-save the file as UTF-8"
        ) from exc
    if not text.strip():
        raise ReadError("the file is empty")
    return (Page(number=None, text=text.replace("\r\n", "\n").replace("\r", "\n")),)
