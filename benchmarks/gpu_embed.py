"""The corpus build's embedding on a GPU machine (driven by ``benchmarks/gpu_build.sh``).

    python benchmarks/gpu_embed.py prepare ../shared/corpus/ofsted .gpu   # here, on the CPU
    python3 benchmarks/gpu_embed.py run .gpu                              # there, on the GPU

A GPU machine lent to this project reaches no network and receives at most 64 MiB: the Ofsted
PDFs (49 MB) and the model (87 MB in fp32) do not both fit, and it has no pypdf or FAISS. So
``prepare`` reads and parses the corpus here (the build's CPU part; on that machine's 16 cores
it would take about P/16), and writes to the folder: the parsed reports (JSON lines, gzip),
the model with its weights stored as float16 (45 MB; loaded back as float32) and reference
vectors of 1,000 of the texts computed here by PyTorch in float32.

``run`` loads the model with ``device = "auto"``, chunks every report with the model's own
token counter, and embeds every text the build embeds (chunks and their sentences), timed,
in float32 and then in float16 autocast; it prints the card, the texts per second, and the
cosine of the vectors to this machine's reference vectors. It needs only torch,
sentence-transformers and numpy, which that machine's python3 has.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

REFERENCE = 1000  # texts whose vectors are checked against this machine's


def all_texts(reports, count_tokens) -> list[str]:
    from assistant.chunking import chunk_report, sentence_embed_text, sentence_texts
    from assistant.config import Settings

    settings = Settings()
    texts = []
    for report in reports:
        chunks = list(chunk_report(report, settings.max_tokens, settings.overlap_tokens,
                                   count_tokens))
        texts += [c.embed_text for c in chunks]
        texts += [sentence_embed_text(c, s) for c in chunks for s in sentence_texts(c)]
    return texts


def prepare(corpus: Path, out: Path) -> None:
    import numpy as np
    import torch
    from safetensors.torch import load_file, save_file

    from assistant.embedding import Embedder, resolve_model
    from assistant.indexing import discover, parse_file

    out.mkdir(parents=True, exist_ok=True)
    files, _ = discover([corpus])
    started = time.perf_counter()
    reports = [r for r in (parse_file(str(f), max_pages=2000) for f in files)
               if not isinstance(r, str)]
    print(f"parsed {len(reports)} of {len(files)} files in {time.perf_counter() - started:.1f} s")
    with gzip.open(out / "reports.jsonl.gz", "wt", encoding="utf-8") as handle:
        for report in reports:
            handle.write(json.dumps(report.to_dict()) + "\n")

    source = Path(resolve_model("bundled:minilm"))
    model = out / "model"
    if model.exists():
        shutil.rmtree(model)
    shutil.copytree(source, model, ignore=shutil.ignore_patterns("model.safetensors", "*.md"))
    weights = load_file(str(source / "model.safetensors"))
    save_file({k: v.to(torch.float16) for k, v in weights.items()},
              str(model / "model.safetensors"), metadata={"format": "pt"})

    embedder = Embedder("bundled:minilm", runtime="torch", device="cpu")
    texts = all_texts(reports, embedder.count_tokens)
    step = max(1, len(texts) // REFERENCE)
    sample = texts[::step][:REFERENCE]
    np.save(out / "reference.npy", embedder.encode(sample))
    (out / "reference.json").write_text(json.dumps({"texts": sample, "total": len(texts)}))
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"{len(texts)} texts; wrote {out} ({size / 2**20:.1f} MiB)")


def run(folder: Path) -> None:
    import numpy as np
    import torch

    from assistant.embedding import Embedder
    from assistant.records import Report

    os.environ["REPORT_ASSISTANT_CACHE"] = str(folder / "cache")
    with gzip.open(folder / "reports.jsonl.gz", "rt", encoding="utf-8") as handle:
        reports = [Report.from_dict(json.loads(line)) for line in handle]
    started = time.perf_counter()
    embedder = Embedder(str(folder / "model"), 32, runtime="torch", device="auto")
    embedder.model.float()  # the weights travel as float16; the build computes in float32
    load = time.perf_counter() - started
    card = torch.cuda.get_device_name(0) if torch.cuda.is_available() else "no GPU seen"
    print(f"device {embedder.device} ({card}); torch {torch.__version__}; model load {load:.1f} s")
    started = time.perf_counter()
    texts = all_texts(reports, embedder.count_tokens)
    chunking = time.perf_counter() - started
    reference = json.loads((folder / "reference.json").read_text())
    if len(texts) != reference["total"]:
        print(f"warning: {len(texts)} texts here, {reference['total']} where prepared")
    print(f"{len(reports)} reports, {len(texts)} texts; chunking {chunking:.1f} s")
    expected = np.load(folder / "reference.npy")
    for batch in (32, 256):
        for half in (False, True):
            embedder.batch_size = batch
            embedder.encode(texts[:2000])  # warm-up: kernels, allocator
            if embedder.device.startswith("cuda"):
                torch.cuda.synchronize()
            started = time.perf_counter()
            with torch.autocast("cuda", dtype=torch.float16, enabled=half):
                embedder.encode(texts)
                check = embedder.encode(reference["texts"])
            if embedder.device.startswith("cuda"):
                torch.cuda.synchronize()
            seconds = time.perf_counter() - started
            cosine = (check * expected).sum(axis=1)
            print(f"batch {batch:3d}, {'float16 autocast' if half else 'float32'}: embed "
                  f"{seconds:6.1f} s ({(len(texts) + len(check)) / seconds:,.0f} texts/s); "
                  f"chunking + embed {chunking + seconds:6.1f} s; cosine to the CPU float32 "
                  f"vectors: mean {cosine.mean():.5f}, least {cosine.min():.5f}", flush=True)
            if not embedder.device.startswith("cuda"):
                return  # a CPU run only checks the script


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["prepare", "run"])
    parser.add_argument("paths", nargs="+", type=Path)
    args = parser.parse_args()
    if args.mode == "prepare":
        prepare(args.paths[0], args.paths[1] if len(args.paths) > 1 else Path(".gpu"))
    else:
        run(args.paths[0])


if __name__ == "__main__":
    main()
