"""Settings from ``config.toml``.

The file is looked for at ``--config``, then ``$REPORT_ASSISTANT_CONFIG``, then ``./config.toml``;
with none, the defaults below apply. Relative paths are resolved against the file's folder.

Example:
    >>> s = Settings()
    >>> s.model_name, s.max_tokens
    ('bundled:minilm', 200)
"""

from __future__ import annotations

import hashlib
import json
import os
import tomllib
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path


class ConfigError(Exception):
    """config.toml is unreadable or holds a bad value."""


def builtin_sample() -> Path:
    """The sample report shipped inside the package (Ofsted, Sefton 2011)."""
    return Path(str(resources.files("assistant") / "data" / "sefton-2011.txt"))


@dataclass(frozen=True)
class Settings:
    report_paths: tuple[Path, ...] = ()
    index_dir: Path = Path("index")
    model_name: str = "bundled:minilm"
    batch_size: int = 32
    device: str = "auto"
    runtime: str = "torch"
    quantized: bool = False
    max_tokens: int = 200
    overlap_tokens: int = 30
    top_k: int = 5
    candidates: int = 40
    rrf_k: int = 6
    exact_limit: int = 100_000
    read_seconds: float = 120.0
    read_memory_mb: int = 2048
    max_pages: int = 2000
    read_workers: int | None = None  # None: "auto" (see indexing.reading_workers)
    config_file: Path | None = field(default=None, compare=False)

    @property
    def default_reports(self) -> tuple[Path, ...]:
        """What a bare ``assistant index`` reads: the configured paths, or the sample."""
        return self.report_paths or (builtin_sample(),)

    def index_settings_hash(self) -> str:
        """Hash of everything that changes the stored chunks or vectors."""
        key = {"model": self.model_name, "max_tokens": self.max_tokens,
               "overlap": self.overlap_tokens, "chunker": 3}
        if self.quantized:  # other vectors; absent otherwise, so existing indexes stay valid
            key["quantized"] = "int8"
        return hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:16]

    def with_index_dir(self, index_dir: str | Path | None) -> Settings:
        return self if index_dir is None else replace(self, index_dir=Path(index_dir))


def find_config(explicit: str | Path | None = None) -> Path | None:
    if explicit:
        return Path(explicit)
    env = os.environ.get("REPORT_ASSISTANT_CONFIG")
    if env:
        return Path(env)
    local = Path.cwd() / "config.toml"
    return local if local.is_file() else None


def load_settings(explicit: str | Path | None = None) -> Settings:
    """Read settings; raises ``ConfigError`` with a one-line reason on a bad file."""
    path = find_config(explicit)
    if path is None:
        return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config ({exc})") from exc
    base = path.resolve().parent
    try:
        reports = data.get("reports", {})
        index = data.get("index", {})
        model = data.get("model", {})
        chunking = data.get("chunking", {})
        retrieval = data.get("retrieval", {})
        reading = data.get("reading", {})
        defaults = Settings()
        return Settings(
            report_paths=tuple(base / p for p in reports.get("paths", [])),
            index_dir=base / index.get("dir", "index"),
            exact_limit=int(index.get("exact_limit", defaults.exact_limit)),
            model_name=str(model.get("name", defaults.model_name)),
            batch_size=int(model.get("batch_size", defaults.batch_size)),
            device=str(model.get("device", defaults.device)),
            runtime=str(model.get("runtime", defaults.runtime)),
            quantized=bool(model.get("quantized", defaults.quantized)),
            max_tokens=int(chunking.get("max_tokens", defaults.max_tokens)),
            overlap_tokens=int(chunking.get("overlap_tokens", defaults.overlap_tokens)),
            top_k=int(retrieval.get("top_k", defaults.top_k)),
            candidates=int(retrieval.get("candidates", defaults.candidates)),
            rrf_k=int(retrieval.get("rrf_k", defaults.rrf_k)),
            read_seconds=float(reading.get("timeout_seconds", defaults.read_seconds)),
            read_memory_mb=int(reading.get("memory_mb", defaults.read_memory_mb)),
            max_pages=int(reading.get("max_pages", defaults.max_pages)),
            read_workers=_workers(reading.get("workers", "auto")),
            config_file=path,
        )
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{path}: bad value ({exc})") from exc


def _workers(value: object) -> int | None:
    """``[reading] workers``: "auto" (None) or a whole number of at least 1."""
    if value == "auto":
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f'[reading] workers must be "auto" or a number of at least 1, '
                         f"not {value!r}")
    return value
