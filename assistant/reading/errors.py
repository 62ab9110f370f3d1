"""The one error readers raise."""

from __future__ import annotations


class ReadError(Exception):
    """A file that cannot be read as a report. ``str(err)`` is a one-line reason for the user."""
