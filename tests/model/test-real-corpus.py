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
#     and each eId it names can be shown with --show;
#   - their labels: each is the part's num and heading, or its kind in
#     plain words ("Decision", "Prayers"), never a bare "(a)", at most 160
#     characters (the document's own headings), and one level deeper than
#     the entry before at most; for the documents in CONTENTS below, the
#     labels a reader of that document looks for, in order, and none of the
#     passages of text that used to stand in their place.
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


# What the contents of a real document show: labels that must be there, in
# this order (as a subsequence of the entries), and labels (or their
# beginnings) that must not; (label, deeper) pairs: the second entry nested
# below the first.
CONTENTS = {
    'tna-uksc-2023-42.akn.xml': dict(
        want=['Header', 'Decision', '1. Introduction',
              '(1) The nature of the issue before the court', '2. Refoulement',
              '(1) The legal background', '(i) International law', '(ii) Domestic law',
              '4. Retained EU law', '(6) G v G', '5. Conclusion'],
        never=['LORD REED', 'Section 94(8) provides', 'The premise of these', 'Lord Hodge endorsed'],
        nested=[('1. Introduction', '(1) The nature of the issue before the court'),
                ('(1) The legal background', '(i) International law')],
        short=True),
    'tna-ewca-civ-2025-673.akn.xml': dict(
        want=['Header', 'Decision', 'Introduction', 'Factual background', 'Conclusion',
              'Lord Justice Dingemans', 'Sir Geoffrey Vos MR'],
        never=['Lord Justice Singh:'],
        nested=[('Decision', 'Introduction')]),
    'uk-parliament-sustainable-aviation-fuel-bill.akn.xml': dict(
        want=['Preamble', 'Revenue certainty contracts', '1 Direction to offer revenue certainty contract',
              '2 Notice of directions and revocation', '19 Short title',
              'Schedule Section 11 Financial penalties for failure to comply with levy regulations',
              'Introduction'],
        never=['Be it enacted', '(1)'],
        nested=[('Revenue certainty contracts', '1 Direction to offer revenue certainty contract')]),
    'uk-parliament-sentencing-bill-lords.akn.xml': dict(
        want=['Preamble', 'Part 1 Sentencing', 'Suspended sentences',
              '1 Presumption of suspended sentence order for sentences of 12 months or less',
              'Part 5 General'],
        never=['Be it enacted'],
        nested=[('Part 1 Sentencing', 'Suspended sentences')]),
    'oasis-ke_Debate_Bungeni_2011-06-10.akn.xml': dict(
        want=['Debate section', 'PRAYERS', 'MOTIONS', 'QUORUM', 'DIVISION', 'RECOUT OF VOTES',
              'STATEMENTS', 'Flood into the Republic of BUNGENI', 'ORAL ANSWERS TO QUESTIONS',
              'MINISTRY OF EDUCATION AND SPORTS', 'ADJOURNMENT', 'Conclusions'],
        never=['The House met', '10.30 a.m.', '(Applause)', 'Mr. Alfa', 'Mr. Speaker', 'AYES', 'Date, 10th'],
        nested=[('ORAL ANSWERS TO QUESTIONS', 'MINISTRY OF EDUCATION AND SPORTS')],
        short=True),
    'oasis-cl_Sesion56_2.akn.xml': dict(
        want=['I. ASISTENCIA', 'II. APERTURA DE LA SESIÓN', 'III. ACTAS', 'VI. HOMENAJE'],
        never=['El señor ASCENCIO']),
    'oasis-eu-com-2013-0619.akn.xml': dict(
        want=['EXPLANATORY MEMORANDUM',
              '2013/0305 (COD) Proposal for a REGULATION OF THE EUROPEAN PARLIAMENT AND OF THE…',
              'CHAPTER I Subject matter - Scope - Definitions', 'Article 1 Subject matter and scope',
              'LEGISLATIVE FINANCIAL STATEMENT'],
        nested=[('CHAPTER I Subject matter - Scope - Definitions', 'Article 1 Subject matter and scope')]),
    'legislation-gov-uk-ukpga-1998-29.akn.xml': dict(
        want=['Preamble', 'Part I Preliminary', '1 Basic interpretative provisions.',
              'Part II Rights of data subjects and others', '7 Right of access to personal data.',
              'SCHEDULES'],
        never=['Be it enacted'],
        nested=[('Part I Preliminary', '1 Basic interpretative provisions.')]),
    'laws-africa-swahili_in.akn.xml': dict(
        want=['Kwanza (ib 1-32)', 'Kwanza Jamhuri ya muungano na watu (ib 1-5)',
              '1. Kutangaza jamhuri ya muungano', '2. Eneo la jamhuri ya muungano'],
        nested=[('Kwanza (ib 1-32)', 'Kwanza Jamhuri ya muungano na watu (ib 1-5)'),
                ('Kwanza Jamhuri ya muungano na watu (ib 1-5)', '1. Kutangaza jamhuri ya muungano')]),
}
BARE_NUM = re.compile(r'^\(?[a-zA-Z0-9]{1,6}\)$')


def contents_problems(name, rows):
    """What is wrong with the contents a reader of @name sees, or []."""
    problems = []
    entries = []
    for row in rows:
        eid, _, rest = row.partition('\t')
        label = rest.lstrip(' ')
        entries.append((label, (len(rest) - len(label)) // 2))
    for i, (label, level) in enumerate(entries):
        if BARE_NUM.match(label):
            problems.append('a bare number “%s”' % label)
        if len(label) > 160:
            problems.append('a label of %d characters' % len(label))
        if level > (entries[i - 1][1] + 1 if i > 0 else 0):
            problems.append('“%s” two levels below the entry before' % label)
    spec = CONTENTS.get(name, {})
    labels = [label for label, _ in entries]
    at = 0
    for want in spec.get('want', []):
        try:
            at = labels.index(want, at) + 1
        except ValueError:
            problems.append('no “%s” (in this order)' % want)
    for never in spec.get('never', []):
        problems += ['“%s”' % label for label in labels if label.startswith(never)]
    for upper, lower in spec.get('nested', []):
        if upper in labels and lower in labels:
            i, j = labels.index(upper), labels.index(lower)
            if not (j > i and entries[j][1] > entries[i][1]):
                problems.append('“%s” not below “%s”' % (lower, upper))
    if spec.get('short'):
        problems += ['long “%s”' % label for label in labels if len(label) > 80]
    return problems


def run(*args):
    return subprocess.run([KELISIM] + list(args), capture_output=True, text=True,
                          env=dict(os.environ, DISPLAY='', WAYLAND_DISPLAY=''))


n = 0
failures = 0
print('1..%d' % (6 * len(files)))


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
    problems = contents_problems(name, rows)
    ok(contents.returncode == 0 and not problems,
       '%s: its contents are labelled by num, heading or kind%s'
       % (name, ': ' + '; '.join(problems[:6]) if problems else ''))

shutil.rmtree(tmp, ignore_errors=True)
sys.exit(0)
