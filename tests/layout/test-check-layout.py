#!/usr/bin/env python3
# test-check-layout.py — tools/check-layout.py on a tree that keeps every rule
# and on one that breaks each, with the messages it must print
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   test-check-layout.py PATH-TO-check-layout.py
#
# The fixtures' files are short, so the length rule is checked with
# --max-lines 40 (bad/src/kel-long.c has 41 lines) and at the boundary
# (good/src/kel-foo.c has 36: allowed at 36, not at 35).

import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
checker = sys.argv[1]
results = []


def run(tree, *args):
    p = subprocess.run([sys.executable, checker, '--root', os.path.join(here, tree)] + list(args),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return p.returncode, p.stdout, p.stderr


def check(name, ok, detail=''):
    results.append((name, ok, detail))


def expect(name, out, lines):
    missing = [l for l in lines if l not in out.splitlines()]
    check(name, not missing, 'missing from the output: %r\noutput:\n%s' % (missing, out))


status, out, err = run('good', '--max-lines', '36', '--report')
check('good tree passes', status == 0 and out.endswith('check-layout: OK\n'), out + err)
expect('good tree: --report counts nothing', out, [
    '  files over 36 lines:                                                   0',
    '  include cycles between units:                                          0',
    '  public functions without a gtk-doc comment above their definition:     0',
    '  public functions with a comment in their header:                       0',
])

status, out, err = run('good', '--max-lines', '35')
check('a file one line over the limit fails', status == 1, out + err)
expect('the long file is named with its length', out, [
    'files over 35 lines (1):',
    '  src/kel-foo.c: 36 lines (at most 35)',
    'check-layout: FAIL',
])

status, out, err = run('bad', '--max-lines', '40', '--report')
check('bad tree fails', status == 1, out + err)
expect('over-long file', out, [
    'files over 40 lines (1):',
    '  src/kel-long.c: 41 lines (at most 40)',
])
expect('cycle between two classes, with the includes that make it', out, [
    'include cycles between units (2):',
    '  kel-app <-> kel-win: src/kel-app.c includes kel-win.h; src/kel-win.c includes kel-app.h',
])
expect('cycle through a private header of no class', out, [
    '  kel-p <-> kel-q: src/model/kel-p.c includes kel-q.h;'
    ' src/model/kel-q.c includes kel-p.h (through kel-lib-private.h)',
])
expect('missing doc, undefined function, doc for another function', out, [
    'public functions without a gtk-doc comment above their definition (3):',
    '  kel_app_new: no gtk-doc comment (/** kel_app_new: … */) right above its definition at src/kel-app.c:7',
    '  kel_gone_away (src/kel-gone.h:6): declared, but no definition found in a .c file',
    '  kel_win_close: the comment above its definition at src/kel-win.c:36 documents'
    ' "kel_win_new_for_app", not kel_win_close',
])
expect('doc in the header', out, [
    'public functions with a comment in their header (2):',
    '  kel_win_new: a comment of its own in the header at src/kel-win.h:8 (document it once, in the .c)',
    '  kel_win_title: a comment of its own in the header at src/kel-win.h:16 (document it once, in the .c)',
])
expect('--report counts each rule', out, [
    'report: 11 source files, 6 units, 5 public functions under %s' % os.path.join(here, 'bad', 'src'),
    '  files over 40 lines:                                                   1',
    '  include cycles between units:                                          2',
    '  public functions without a gtk-doc comment above their definition:     3',
    '  public functions with a comment in their header:                       2',
    'check-layout: FAIL',
])

status, out, err = run('no-such-tree')
check('a folder without src/ is a usage error', status == 2 and 'has no src/ folder' in err, out + err)

print('1..%d' % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print('%s %d - %s' % ('ok' if ok else 'not ok', i, name))
    if not ok:
        for line in detail.splitlines():
            print('# ' + line)
