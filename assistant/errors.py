"""The error types whose messages are written for users (shown as one line, no traceback)."""

from __future__ import annotations

from assistant.cluster import ClusterError
from assistant.config import ConfigError
from assistant.embedding import ModelError
from assistant.evaluation import QuestionsError
from assistant.reading import ReadError
from assistant.store import StoreError

USER_ERRORS: tuple[type[Exception], ...] = (ClusterError, ConfigError, ModelError,
                                            QuestionsError, ReadError, StoreError)
