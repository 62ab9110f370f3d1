"""The terminal app (Textual): a thin shell over the core. Build it with ``create_app``.

Example:
    >>> from assistant.config import Settings
    >>> app = create_app(Settings())   # doctest: +SKIP
    >>> app.run()                      # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path

from assistant.config import Settings


def create_app(settings: Settings, *, report: str | None = None, embedder=None,
               data_dir: Path | None = None, export_dir: Path | None = None):
    """The app, for the CLI and for tests.

    Args:
        settings: where the index is, which model, which reports a build reads.
        report: limit questions to this report id from the start.
        embedder: an already loaded model to share (tests); loaded in a worker otherwise.
        data_dir: where the question history lives (default: the user's data folder).
        export_dir: where briefings are written (default: the current folder).
    """
    from assistant.app.application import ReportAssistantApp
    from assistant.history import data_dir as default_data_dir

    return ReportAssistantApp(settings, report=report, embedder=embedder,
                              data_dir=data_dir or default_data_dir(),
                              export_dir=export_dir or Path.cwd())
