#!/usr/bin/env bash
# The corpus build's embedding on a GPU, in two steps (see benchmarks/gpu_embed.py for why).
#
#   Here (CPU, this repo's venv):   benchmarks/gpu_build.sh prepare ../shared/corpus/ofsted
#       parses the corpus and writes .gpu/ (about 50 MiB: parsed reports, the model in float16,
#       reference vectors); .gpu/ is git-ignored through .git/info/exclude.
#   On the GPU machine (its python3 has torch and sentence-transformers; nothing is installed):
#       bash benchmarks/gpu_build.sh run .gpu           (carry: .gpu)
#       prints the card, texts/s, the embedding wall time and the cosine to the CPU vectors.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:?usage: gpu_build.sh prepare CORPUS [OUT] | run [FOLDER]}"
shift
case "$mode" in
  prepare)
    corpus="${1:?the corpus folder, e.g. ../shared/corpus/ofsted}"
    out="${2:-.gpu}"
    grep -qxF "/$out/" .git/info/exclude 2>/dev/null || echo "/$out/" >> .git/info/exclude
    .venv/bin/python benchmarks/gpu_embed.py prepare "$corpus" "$out"
    ;;
  run)
    folder="${1:-.gpu}"
    command -v nvidia-smi >/dev/null && nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
    PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1 "${PYTHON:-python3}" benchmarks/gpu_embed.py run "$folder"
    ;;
  *)
    echo "usage: gpu_build.sh prepare CORPUS [OUT] | run [FOLDER]" >&2
    exit 2
    ;;
esac
