"""report-assistant: cited answers from long inspection reports, offline.

The pipeline, one module each: reading → structure → chunking → embedding → store → search →
answer. ``cli`` and ``tui`` are thin shells over it; nothing here imports Textual.
"""

__version__ = "0.1.0"
