#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks the Flatpak manifest against the rest of the tree: valid JSON, the
# same application ID as the desktop file, the metainfo and the icons, a
# pinned GNOME runtime, the kelisim command, and no permission beyond what an
# offline reader needs.  Prints TAP.
#
#   test-flatpak-manifest.sh SOURCE_DIR APP_ID
set -u

if ! command -v python3 >/dev/null 2>&1; then
  echo "1..0 # SKIP python3 not found (Debian package python3)"
  exit 0
fi

exec python3 - "$1" "$2" <<'EOF'
import configparser
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

source_dir, app_id = sys.argv[1], sys.argv[2]
manifest_path = os.path.join(source_dir, "flatpak", app_id + ".json")
desktop_path = os.path.join(source_dir, "data", app_id + ".desktop.in")
metainfo_path = os.path.join(source_dir, "data", app_id + ".metainfo.xml.in")

# Only what an offline reader needs: the display and the GPU.
ALLOWED_FINISH_ARGS = {
    "--share=ipc",
    "--socket=wayland",
    "--socket=fallback-x11",
    "--device=dri",
}

checks = []


def check(name):
    def register(fn):
        checks.append((name, fn))
        return fn
    return register


def load_manifest():
    with open(manifest_path, encoding="utf-8") as f:
        return json.load(f)


def load_desktop():
    parser = configparser.RawConfigParser(interpolation=None)
    parser.optionxform = str
    with open(desktop_path, encoding="utf-8") as f:
        parser.read_file(f)
    return parser["Desktop Entry"]


def manifest_id(m):
    ids = {m[k] for k in ("id", "app-id") if k in m}
    assert len(ids) == 1, f"expected one of id/app-id, found {ids or 'none'}"
    return ids.pop()


@check("manifest is valid JSON")
def _():
    load_manifest()


@check("app ID matches the desktop file, metainfo and icons")
def _():
    m = load_manifest()
    got = manifest_id(m)
    assert got == app_id, f"manifest ID {got!r}, project ID {app_id!r}"
    desktop = load_desktop()
    assert desktop.get("Icon") == app_id, f"desktop Icon={desktop.get('Icon')!r}"
    root = ET.parse(metainfo_path).getroot()
    assert root.findtext("id") == app_id, f"metainfo <id> {root.findtext('id')!r}"
    launchable = root.find("launchable[@type='desktop-id']")
    assert launchable is not None and launchable.text == app_id + ".desktop", \
        "metainfo <launchable type=desktop-id> does not name the desktop file"
    for icon in ("icons/hicolor/scalable/apps/" + app_id + ".svg",
                 "icons/hicolor/symbolic/apps/" + app_id + "-symbolic.svg"):
        assert os.path.isfile(os.path.join(source_dir, "data", icon)), f"no data/{icon}"


@check("runtime is org.gnome.Platform on a pinned branch, SDK org.gnome.Sdk")
def _():
    m = load_manifest()
    assert m.get("runtime") == "org.gnome.Platform", f"runtime {m.get('runtime')!r}"
    assert m.get("sdk") == "org.gnome.Sdk", f"sdk {m.get('sdk')!r}"
    version = str(m.get("runtime-version", ""))
    assert re.fullmatch(r"[0-9]+(\.[0-9]+)?", version), \
        f"runtime-version {version!r} is not a pinned release branch (not master or nightly)"


@check("command is kelisim, as in the desktop file and metainfo")
def _():
    m = load_manifest()
    assert m.get("command") == "kelisim", f"command {m.get('command')!r}"
    exec_line = load_desktop().get("Exec", "")
    assert exec_line.split()[0] == "kelisim", f"desktop Exec={exec_line!r}"
    binaries = [b.text for b in ET.parse(metainfo_path).getroot().iter("binary")]
    assert binaries == ["kelisim"], f"metainfo provides binaries {binaries}"


@check("finish-args grant nothing beyond ipc, wayland, fallback-x11 and dri")
def _():
    m = load_manifest()
    args = m.get("finish-args", [])
    extra = [a for a in args if a not in ALLOWED_FINISH_ARGS]
    assert not extra, f"permissions not allowed: {extra}"


@check("one meson module built from the source tree")
def _():
    m = load_manifest()
    modules = m.get("modules", [])
    assert len(modules) == 1, f"{len(modules)} modules"
    module = modules[0]
    assert module.get("buildsystem") == "meson", f"buildsystem {module.get('buildsystem')!r}"
    sources = module.get("sources", [])
    assert len(sources) == 1 and sources[0].get("type") == "dir", "expected one dir source"
    tree = os.path.normpath(os.path.join(source_dir, "flatpak", sources[0].get("path", "")))
    assert os.path.isfile(os.path.join(tree, "meson.build")), f"{tree} has no meson.build"


# The build folders of README.md and tools/ (run-tests.sh, testing-chroot.sh,
# flatpak-check.sh), and any other with meson's files in the checkout: none
# may be copied into the sandbox's build.
KNOWN_BUILD_DIRS = {"build", "build-test", "build-test-asan", "build-test-fuzz",
                    "build-test-testing", "build-testing", "build-flatpak", ".flatpak-builder"}


@check("the source's skip list keeps .git and every build folder out of the sandbox build")
def _():
    m = load_manifest()
    skip = set(m["modules"][0]["sources"][0].get("skip", []))
    present = {d for d in os.listdir(source_dir)
               if os.path.isdir(os.path.join(source_dir, d, "meson-private"))}
    missing = sorted(({".git"} | KNOWN_BUILD_DIRS | present) - skip)
    assert not missing, f"not skipped: {missing}"


print(f"1..{len(checks)}")
for number, (name, fn) in enumerate(checks, 1):
    try:
        fn()
    except Exception as e:  # any failure, including a missing file or bad JSON
        print(f"not ok {number} - {name}")
        print(f"# {type(e).__name__}: {e}")
    else:
        print(f"ok {number} - {name}")
EOF
