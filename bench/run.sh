#!/usr/bin/env bash
# Builds okrsite and runs the benchmark: bench/run.sh [SIZES...] [--runs R] [--jvm "-Xmx2g"]
#   [--with-hugo] [--no-hugo] [--floor] [--serve N [--edits 10] [--serve-page 'objectives/{id}.html']]
# Results: stdout and target/bench/results.md. See /work/notes/README-bench.md (or bench/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

for arg in "$@"; do
  if [ "$arg" = "--with-hugo" ] && ! command -v hugo >/dev/null 2>&1; then
    echo "bench: installing hugo (apt-get install -y hugo)" >&2
    if [ "$(id -u)" = 0 ]; then apt-get install -y hugo >&2; else sudo apt-get install -y hugo >&2; fi
  fi
done
if [ ! -x /usr/bin/time ]; then
  echo "bench: /usr/bin/time not found (Debian package 'time'); CPU and RSS come from polling /proc instead" >&2
fi

# -DskipTests still compiles the test classes, where the generator and the benchmark live.
mvn -B -q ${BENCH_MVN_FLAGS:--o} -DskipTests package >&2
exec java -cp target/test-classes:target/okrsite.jar org.okrsite.bench.Benchmark "$@"
