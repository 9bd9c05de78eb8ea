#!/usr/bin/env python3
# test-real-corpus.py — real Akoma Ntoso documents that others published
# SPDX-License-Identifier: GPL-3.0-or-later
#
# For each *.xml in tests/data/real/ (or the folder named by
# $KELISIM_REAL_CORPUS or -Dreal_corpus=DIR; tests/data/real/README.md lists
# the documents and where they come from), checks what a reader of that
# document gets:
#
#   - it opens: `kelisim --edition F --dump-text` exits 0, and every line
#     on stderr is one of the loader's notices, naming the file;
#   - every word: of the words in the file outside <meta> (and outside
#     elements of other namespaces), at least 99 % reach --dump-text;
#   - it searches: a word of its text is found by --search;
#   - it prints: --export-pdf writes a PDF (and pdftotext, when present,
#     finds that word in it);
#   - its contents: `--dump-contents` lists the document's parts, nested,
#     and each eId it names can be shown with --show.
#
# Output is TAP; an empty or missing folder says SKIP.
#
#   test-real-corpus.py /path/to/kelisim

import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

AKN_PREFIXES = ('{http://docs.oasis-open.org/legaldocml/ns/akn/3.0',
                '{http://www.akomantoso.org/2.0')
WORD = re.compile(r'\w+', re.UNICODE)
KELISIM = sys.argv[1]

root = os.environ.get('KELISIM_REAL_CORPUS')
if not root:
    root = os.path.join(os.environ.get('KELISIM_SOURCE_DIR', '.'), 'tests', 'data', 'real')
files = sorted(f for f in os.listdir(root) if f.endswith('.xml')) if os.path.isdir(root) else []
if not files:
    print('1..0 # SKIP no real corpus at %s (set KELISIM_REAL_CORPUS; see tests/data/real/README.md)' % root)
    sys.exit(0)


# Elements inside a line: a word may run across them ("add<b>ress</b>").
INLINE = {'b', 'i', 'u', 'sup', 'sub', 'span', 'term', 'def', 'ref', 'inline', 'abbr',
          'docTitle', 'docType', 'docNumber', 'date', 'location', 'party', 'role',
          'person', 'organization', 'entity', 'concept', 'object', 'event', 'quantity',
          'signature', 'shortTitle', 'docDate', 'docProponent', 'affectedDocument', 'sic',
          'ins', 'del', 'mref', 'rref', 'a', 'outcome', 'judge', 'lawyer', 'courtType',
          'neutralCitation', 'time', 'vote', 'docStage', 'docStatus', 'legislature',
          'session', 'docCommittee', 'docIntroducer', 'docPurpose', 'docAuthority',
          'docJurisdiction', 'docketNumber', 'noteRef', 'marker', 'placeholder', 'fillIn',
          'omissis', 'process', 'recordedTime', 'decoration', 'argument', 'change'}
STRUCTURAL = {'book', 'tome', 'part', 'subpart', 'title', 'subtitle', 'chapter', 'subchapter',
              'division', 'subdivision', 'section', 'article', 'rule', 'debateSection',
              'introduction', 'background', 'arguments', 'remedies', 'motivation', 'decision',
              'attachment', 'preamble', 'conclusions'}


def source_words(path):
    """The words a reader is meant to see: text outside <meta>, in the
    Akoma Ntoso namespace (foreign markup between lines is not read).
    Also whether the document has parts the contents should list."""
    pieces = []
    has_parts = [False]

    def walk(el, inside_akn, parent=''):
        tag = el.tag if isinstance(el.tag, str) else ''
        akn = tag.startswith(AKN_PREFIXES) or (not tag.startswith('{') and inside_akn)
        local = tag.split('}')[-1]
        if local == 'meta':
            return
        if akn and local in STRUCTURAL and ''.join(el.itertext()).strip():
            has_parts[0] = True
        # the fields of a table-of-contents line (number, heading) and names
        # given one after another are apart, though no space is written
        gap = '' if local in INLINE and parent != 'tocItem' and local != 'docProponent' else ' '
        pieces.append(gap)
        if akn and el.text:
            pieces.append(el.text)
        for child in el:
            walk(child, akn, local)
            if akn and child.tail:
                pieces.append(child.tail)
        pieces.append(gap)

    walk(ET.parse(path).getroot(), False)
    return collections.Counter(w.lower() for w in WORD.findall(''.join(pieces))), has_parts[0]


def run(*args):
    return subprocess.run([KELISIM] + list(args), capture_output=True, text=True,
                          env=dict(os.environ, DISPLAY='', WAYLAND_DISPLAY=''))


n = 0
failures = 0
print('1..%d' % (5 * len(files)))


def ok(cond, what):
    global n, failures
    n += 1
    if not cond:
        failures += 1
    print('%s %d - %s' % ('ok' if cond else 'not ok', n, what))


tmp = tempfile.mkdtemp(prefix='kelisim-real-')
have_pdftotext = shutil.which('pdftotext') is not None
for name in files:
    path = os.path.join(root, name)
    dump = run('--edition', path, '--dump-text')
    notices_ok = all(line.startswith('kelisim: ') and path in line
                     for line in dump.stderr.splitlines())
    ok(dump.returncode == 0 and notices_ok,
       '%s opens (%s)' % (name, dump.stderr.strip().replace('\n', ' | ')[:300] or 'no notices'))

    want, has_parts = source_words(path)
    got = collections.Counter(w.lower() for w in WORD.findall(dump.stdout))
    total = sum(want.values())
    reached = sum((want & got).values())
    share = 100.0 * reached / total if total else 100.0
    missing = [w for w, c in (want - got).most_common(8)]
    ok(share >= 99.0, '%s: %d of %d words (%.2f %%) reach --dump-text%s'
       % (name, reached, total, share, '; missing: ' + ' '.join(missing) if share < 100 else ''))

    # a word of the text, long enough to be searched for
    probe = next((w for w in WORD.findall(dump.stdout) if len(w) >= 6 and w.isalpha()), None)
    search = run('--edition', path, '--search', probe) if probe else None
    ok(probe is not None and search.returncode == 0 and search.stdout.strip() != '',
       '%s: --search %s finds it' % (name, probe))

    pdf = os.path.join(tmp, name + '.pdf')
    export = run('--edition', path, '--export-pdf', pdf)
    printed = export.returncode == 0 and os.path.getsize(pdf) > 1000 if os.path.exists(pdf) else False
    if printed and have_pdftotext and probe:
        text = subprocess.run(['pdftotext', '-enc', 'UTF-8', pdf, '-'], capture_output=True, text=True).stdout
        printed = probe.lower() in re.sub(r'-\n', '', text).lower() or probe.lower() in text.lower()
    ok(printed, '%s: --export-pdf writes a PDF with its text (rc %d %s)'
       % (name, export.returncode, export.stderr.strip()[:200].replace('\n', ' | ')))

    contents = run('--edition', path, '--dump-contents')
    rows = [line for line in contents.stdout.splitlines() if line.strip()]
    eids = [line.split('\t')[0].strip() for line in rows]
    shown = all(run('--edition', path, '--show', e).returncode == 0 for e in eids[:5])
    ok(contents.returncode == 0 and (len(rows) > 0 or not has_parts) and shown,
       '%s: --dump-contents lists %d parts%s, and they can be shown'
       % (name, len(rows), '' if has_parts else ' (it has no hierarchy)'))

shutil.rmtree(tmp, ignore_errors=True)
sys.exit(0)
