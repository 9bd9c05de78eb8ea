#!/bin/sh
# Runs the libFuzzer harnesses of fuzz/ (the edition loader, the termbase
# loader, search, the contents builder, the print layout, the notes reader) for
# a given time each, starting from their seed corpora.
#
#   tools/fuzz.sh                  60 s each
#   tools/fuzz.sh 3600             an hour each
#   tools/fuzz.sh 600 search       one harness (edition, termbase, search, contents, print, notes)
#
# The corpus the fuzzer grows is kept in the build directory
# ($KELISIM_FUZZ_BUILD, default build-fuzz), so a second run goes on where
# the first stopped.  A crash, leak, timeout (-timeout=10) or memory blow-up
# is written to fuzz/crashes/HARNESS-*; the script then exits with status 1.
# libFuzzer's timeout is wall-clock time: a long run at low priority (nice)
# on a busy machine can stall for seconds, so KELISIM_FUZZ_TIMEOUT (seconds,
# default 10) raises it; replay a timeout alone before believing it.
# To keep a crash as a regression test, fix it and move the file to
# tests/data/fuzz-regressions/.
#
# Needs clang and libFuzzer (Debian: clang, libclang-rt-14-dev); without
# clang it says SKIP and exits 0.
set -eu
cd "$(dirname "$0")/.."

seconds=${1:-60}
[ $# -gt 0 ] && shift
harnesses=${*:-edition termbase search contents print notes}
build=${KELISIM_FUZZ_BUILD:-build-fuzz}

if ! command -v clang >/dev/null 2>&1; then
  echo "fuzz: SKIP, no clang (install the clang and libclang-rt-14-dev packages)"
  exit 0
fi

if [ ! -f "$build/build.ninja" ]; then
  CC=clang meson setup "$build" -Dfuzzing=true -Dwerror=true -Dgui_tests=false \
    -Db_sanitize=address,undefined -Db_lundef=false >/dev/null
fi
# quiet, but a build that fails says why
ninja -C "$build" fuzz/fuzz-edition fuzz/fuzz-termbase fuzz/fuzz-search \
  fuzz/fuzz-contents fuzz/fuzz-print fuzz/fuzz-notes >"$build/fuzz-build.log" 2>&1 \
  || { tail -n 40 "$build/fuzz-build.log" >&2; echo "fuzz.sh: the harnesses do not build" >&2; exit 1; }

# GLib's slice allocator would hide allocations from AddressSanitizer.
export G_SLICE=always-malloc
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
# the font caches Pango and cairo keep for the life of the process (print)
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}"

mkdir -p fuzz/crashes
failed=""
for name in $harnesses; do
  corpus="$build/fuzz-corpus/$name"
  mkdir -p "$corpus"
  # the seeds: small ones are in fuzz/corpus/, big ones are read where they live
  cp fuzz/corpus/"$name"/* "$corpus"/ 2>/dev/null || true
  dict=""
  case "$name" in
    edition|contents|print)
      max_len=200000
      [ "$name" = print ] && max_len=50000
      mkdir -p "$corpus"
      cp fuzz/corpus/edition/* "$corpus"/ 2>/dev/null || true
      cp tests/data/akn/*.akn.xml "$corpus"/
      dict="-dict=fuzz/akn.dict"
      cp data/edition/agreement.kk.akn.xml "$corpus"/
      for f in tests/data/*.akn.xml; do
        [ -f "$f" ] && cp "$f" "$corpus"/
      done
      ;;
    termbase)
      max_len=100000
      dict="-dict=fuzz/tbx.dict"
      cp data/edition/termbase.tbx "$corpus"/
      ;;
    search)
      max_len=4096
      ;;
    notes)
      max_len=65536
      dict="-dict=fuzz/notes.dict"
      ;;
    *)
      echo "fuzz: no harness '$name' (edition, termbase, search, contents, print, notes)" >&2
      exit 2
      ;;
  esac

  echo "== fuzz-$name for ${seconds} s (corpus $corpus)"
  # shellcheck disable=SC2086
  if ! "$build/fuzz/fuzz-$name" $dict -max_total_time="$seconds" -max_len="$max_len" \
       -timeout="${KELISIM_FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 -print_final_stats=1 \
       -artifact_prefix="fuzz/crashes/$name-" "$corpus" 2>"$build/fuzz-$name.log"; then
    tail -n 60 "$build/fuzz-$name.log"
    failed="$failed $name"
  else
    grep -E '^stat::number_of_executed_units|^stat::new_units_added|^stat::peak_rss_mb' \
      "$build/fuzz-$name.log" | sed "s/^/  fuzz-$name /"
  fi
done

if [ -n "$failed" ]; then
  echo "fuzz: FAILED:$failed; the inputs are in fuzz/crashes/" >&2
  exit 1
fi
echo "fuzz: no crash"
