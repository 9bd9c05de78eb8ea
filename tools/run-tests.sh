#!/bin/sh
# The whole test suite, as CI runs it.  Run from anywhere as root; needs the
# packages of tools/debian-packages.txt.  Six passes, each timed:
#
#  1. build with warnings as errors and run every test, the window tests
#     included (they start Xvfb themselves when there is no display);
#  2. the same suite built with AddressSanitizer and UndefinedBehaviorSanitizer,
#     leaks included (tests/lsan.supp: the toolkit's own caches only), but
#     for the test with Orca, which checks speech, not memory;
#  3. valgrind memcheck over the command line, a hostile file, the XML
#     arena and one window scenario: no invalid access, no definite leak
#     (tests/valgrind.supp);
#  4. each libFuzzer harness for 30 s (tools/fuzz.sh), when clang is here;
#  5. the current GNOME stack: the build with warnings as errors and the
#     whole suite in a Debian testing chroot (tools/testing-chroot.sh);
#  6. the Flatpak, built from a clean clone against a stand-in GNOME runtime
#     made from Debian testing, and run in its sandbox (tools/flatpak-check.sh).
#
# KELISIM_TEST_PASSES (default "1 2 3 4 5 6") chooses passes.
#
# The build directories are $KELISIM_TEST_BUILD (default build-test) and the
# same name with -asan and -fuzz after it.
set -eu
cd "$(dirname "$0")/.."

build=${KELISIM_TEST_BUILD:-build-test}
root=$(pwd)
times=""

now () { date +%s; }

record () {
  times="$times
  $1: $(( $(now) - $2 )) s"
  echo "-- $1 took $(( $(now) - $2 )) s"
}

configure () {
  dir=$1
  shift
  meson setup "$dir" "$@" --reconfigure >/dev/null 2>&1 || meson setup "$dir" "$@" >/dev/null
}

start_all=$(now)
passes=${KELISIM_TEST_PASSES:-1 2 3 4 5 6}
want () {
  case " $passes " in *" $1 "*) return 0 ;; esac
  echo "== $1. skipped (KELISIM_TEST_PASSES=$passes)"
  return 1
}

if want 1; then
echo "== 1. build and test (warnings are errors)"
start=$(now)
configure "$build" -Dwerror=true
# all of it: meson test builds only the tests' own programs, not the
# compiled GSettings schema or the translations they read
ninja -C "$build"
meson test -C "$build" --print-errorlogs
record "1. build and test" "$start"
fi

if want 2; then
echo "== 2. the whole suite under AddressSanitizer and UndefinedBehaviorSanitizer"
start=$(now)
configure "$build-asan" -Dwerror=true -Db_sanitize=address,undefined -Db_lundef=false
# all of it (see pass 1)
ninja -C "$build-asan"
(
  # GLib's slice allocator would hide allocations from the sanitizers.
  export G_SLICE=always-malloc
  # GDK sets up EGL at start even for the cairo renderer; Mesa's driver
  # leaks there and is unloaded before LeakSanitizer can name it.  The tests
  # draw with cairo, so GL is not needed.
  export GDK_DEBUG=gl-disable
  export ASAN_OPTIONS=detect_leaks=1
  export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
  # Every test with LeakSanitizer on but those named here: "drag", as GTK
  # 4.8 leaks render nodes of the frames painted while a drag is under way
  # (GtkTextView's own drag too; tests/gui/test-drag.c).
  no_leak_check="drag"
  # the test with Orca (suite a11y) checks what is spoken, not memory
  tests=$(meson test -C "$build-asan" --list --no-suite a11y 2>/dev/null | sed -n 's|^[^ ]* / ||p' | grep -vxF "$no_leak_check")
  # shellcheck disable=SC2086
  meson test -C "$build-asan" --print-errorlogs --timeout-multiplier 3 $tests
  if [ -n "$no_leak_check" ]; then
    # shellcheck disable=SC2086
    ASAN_OPTIONS=detect_leaks=0 meson test -C "$build-asan" --print-errorlogs --timeout-multiplier 3 $no_leak_check
  fi
)
record "2. sanitizers" "$start"
fi

if want 3; then
echo "== 3. valgrind memcheck: the command line and a window"
start=$(now)
if command -v valgrind >/dev/null 2>&1; then
  vg_log="$build/valgrind.log"
  : > "$vg_log"
  memcheck () {
    echo "   $*"
    env -u DISPLAY -u WAYLAND_DISPLAY \
      GSETTINGS_SCHEMA_DIR="$root/$build/data" GSETTINGS_BACKEND=memory \
      KELISIM_SOURCE_DIR="$root" KELISIM_BUILD_DIR="$root/$build" KELISIM_SHARED="$root/../shared" \
      G_SLICE=always-malloc LC_ALL=C.UTF-8 GDK_DEBUG=gl-disable GSK_RENDERER=cairo \
      GTK_A11Y=none NO_AT_BRIDGE=1 G_DEBUG=fatal-criticals \
      "$@" >/dev/null 2>>"$vg_log" || { tail -n 80 "$vg_log"; echo "valgrind: FAILED: $*" >&2; exit 1; }
  }
  valgrind="valgrind --quiet --suppressions=$root/tests/valgrind.supp --leak-check=full \
    --errors-for-leak-kinds=definite --error-exitcode=1 --num-callers=30"
  kelisim="$build/src/kelisim"
  # exit status 0 expected of each (valgrind's own failure is status 1)
  memcheck $valgrind "$kelisim" --dump-text
  memcheck $valgrind "$kelisim" --dump-terms
  memcheck $valgrind "$kelisim" --lookup "ақпараттық ресурстарға"
  memcheck $valgrind "$kelisim" --search "қауіпсіздік"
  memcheck $valgrind "$kelisim" --show art_3__para_2
  # a hostile file: refused with status 1, so valgrind's errors say 99
  memcheck sh -c "$valgrind --error-exitcode=99 $kelisim --edition tests/data/hostile/billion-laughs.akn.xml --dump-text; test \$? -eq 1"
  memcheck sh -c "$valgrind --error-exitcode=99 $kelisim --edition tests/data/hostile/truncated.akn.xml --dump-text; test \$? -eq 1"
  # the XML arena tells memcheck what it hands out (src/model/kel-xml-arena.c):
  # its test of that must pass here, not skip
  memcheck sh -c "$valgrind $build/tests/model/test-xml-arena -p /xml-arena/valgrind \
    -p /xml-arena/two-trees -p /xml-arena/long-text >$build/xml-arena.tap \
    && grep -q '^ok [0-9]* /xml-arena/valgrind\$' $build/xml-arena.tap"
  # one window scenario, under Xvfb when there is no display
  if [ -x "$build/tests/gui/test-window" ]; then
    memcheck tests/gui-wrapper.sh $valgrind "$build/tests/gui/test-window" -p /window/term-popover
  else
    echo "   SKIP the window scenario: no GUI tests in this build (-Dgui_tests=false)"
  fi
  echo "   no invalid access, no definite leak (log: $vg_log)"
else
  echo "   SKIP: valgrind is not installed (Debian package valgrind)"
fi
record "3. valgrind" "$start"
fi

if want 4; then
echo "== 4. fuzzers, 30 s each"
start=$(now)
KELISIM_FUZZ_BUILD="$build-fuzz" tools/fuzz.sh 30
record "4. fuzzers" "$start"
fi

if want 5; then
echo "== 5. the current GNOME stack: Debian testing"
start=$(now)
KELISIM_TESTING_BUILD="$build-testing" tools/testing-chroot.sh
record "5. Debian testing" "$start"
fi

if want 6; then
echo "== 6. the Flatpak, built and run in its sandbox"
start=$(now)
tools/flatpak-check.sh
record "6. Flatpak" "$start"
fi

echo "== all passes succeeded in $(( $(now) - start_all )) s:$times"
