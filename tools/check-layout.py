#!/usr/bin/env python3
# check-layout.py — the layout rules of issue 15, checked on every test run
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reads the C sources under ROOT/src (and every folder below it) as text and
# fails, with one line per offence, when:
#
#  a. a source file (.c or .h) is over 800 lines (--max-lines);
#  b. there is an include cycle between units.  A unit is a class's files:
#     kel-foo.c and kel-foo.h are unit kel-foo, and kel-foo-bar.c (with
#     kel-foo-bar.h, if any) is unit kel-foo too when it includes
#     kel-foo-private.h.  A private header that belongs to no class (such as
#     model/kel-model-private.h, shared by a whole library) is looked through:
#     whoever includes it depends on what it includes.  Only #include "…" of
#     files under src/ count; config.h and generated headers are not edges;
#  c. a public function (declared in a header under src/ that is not
#     *-private.h) is not documented exactly once: it needs a gtk-doc comment
#     (/** … */ whose first line names it, "kel_foo:") right above its
#     definition in a .c file, and its header must not carry a comment of its
#     own for it (a gtk-doc comment naming it, or any comment that ends on
#     the line right above its declaration).  A header's leading file comment
#     and section comments followed by a blank line are allowed.
#     G_DECLARE_* types' *_get_type functions are exempt; a G_DEFINE_QUARK
#     defines its *_quark function, and its comment goes above the macro.
#
# The other target, at most 5 pairs found by the `duplicates` tool in
# src/ beyond GObject boilerplate, is NOT checked here: that tool is not
# available in CI.  Run `duplicates --repo src --most 200` by hand.
#
#   tools/check-layout.py [--root DIR] [--max-lines N] [--report]
#
# Exit status 0 when every rule holds, 1 when one does not (each offence on
# stdout, grouped by rule), 2 on a usage error.  --report prints, in
# addition, the count of offences per rule and what was read.
# Python 3 standard library only.

import argparse
import os
import re
import sys

INCLUDE_RE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
IDENT_CALL_RE = re.compile(r'([A-Za-z_][A-Za-z0-9_]*)\s*\(')


def read(path):
    with open(path, encoding='utf-8', errors='replace') as f:
        return f.read()


def source_files(src):
    out = []
    for dirpath, dirnames, filenames in os.walk(src):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith('.c') or name.endswith('.h'):
                out.append(os.path.join(dirpath, name))
    return out


def stem(path):
    return os.path.splitext(os.path.basename(path))[0]


# ---------------------------------------------------------------- rule a --

def check_lengths(files, root, max_lines):
    offences = []
    for path in files:
        n = read(path).count('\n')
        if n > max_lines:
            offences.append('%s: %d lines (at most %d)' % (os.path.relpath(path, root), n, max_lines))
    return offences


# ---------------------------------------------------------------- rule b --

def units_of(files):
    """Maps each file to its unit, None for a private header of no class."""
    stems = {stem(p) for p in files}
    includes = {p: INCLUDE_RE.findall(read(p)) for p in files}
    unit_of_stem = {}
    for s in stems:
        unit_of_stem[s] = s
    # kel-foo-bar.c including kel-foo-private.h: kel-foo-bar is unit kel-foo
    for p in files:
        if not p.endswith('.c'):
            continue
        s = stem(p)
        for inc in includes[p]:
            base = os.path.basename(inc)
            if base.endswith('-private.h'):
                cls = base[:-len('-private.h')]
                if s.startswith(cls + '-') and (cls in stems):
                    unit_of_stem[s] = cls
    units = {}
    for p in files:
        s = stem(p)
        if s.endswith('-private'):
            cls = s[:-len('-private')]
            units[p] = unit_of_stem.get(cls, cls) if cls in stems else None
        else:
            units[p] = unit_of_stem[s]
    return units, includes


def find_cycles(files, root):
    by_name = {}
    for p in files:
        by_name.setdefault(os.path.basename(p), p)
    units, includes = units_of(files)

    def targets(path, seen, via):
        """[(file, through)]: the files @path depends on, looking through
        classless headers (@through names the one it went through)."""
        out = []
        for inc in includes[path]:
            t = by_name.get(os.path.basename(inc))
            if t is None or t in seen:
                continue
            if units[t] is None:
                seen.add(t)
                out.extend(targets(t, seen, via or os.path.basename(t)))
            else:
                out.append((t, via))
        return out

    edges = {}    # unit -> {unit: (file, included file)}
    for p in files:
        u = units[p]
        if u is None:
            continue
        for t, via in targets(p, {p}, None):
            v = units[t]
            if v != u:
                edges.setdefault(u, {}).setdefault(v, (p, t, via))
    nodes = sorted(set(edges) | {v for d in edges.values() for v in d})

    # Tarjan's strongly connected components
    index, low, stack, on_stack, sccs = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, {})):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                sccs.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in nodes:
        if v not in index:
            visit(v)

    offences = []
    for comp in sorted(sccs):
        members = set(comp)
        why = []
        for u in comp:
            for v, (f, t, via) in sorted(edges.get(u, {}).items()):
                if v in members:
                    why.append('%s includes %s%s' % (os.path.relpath(f, root), os.path.basename(t),
                                                     ' (through %s)' % via if via else ''))
        offences.append('%s: %s' % (' <-> '.join(comp), '; '.join(why)))
    return offences, len(set(u for u in units.values() if u is not None))


# ---------------------------------------------------------------- rule c --

def blank_comments(text):
    """@text with comments and string literals turned into spaces, lines kept,
    and the spans of the comments [(start, end)]."""
    out = []
    spans = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
            spans.append((i, j))
            out.append(re.sub(r'[^\n]', ' ', text[i:j]))
            i = j
        elif text.startswith('//', i):
            j = text.find('\n', i)
            j = n if j < 0 else j
            spans.append((i, j))
            out.append(' ' * (j - i))
            i = j
        elif c == '"' or c == "'":
            j = i + 1
            while j < n and text[j] != c and text[j] != '\n':
                j += 2 if text[j] == '\\' else 1
            j = min(j, n)
            if j < n and text[j] == c:
                j += 1      # the closing quote; an unclosed one ends at the line's end
            out.append(re.sub(r'[^\n]', ' ', text[i:j]))
            i = j
        else:
            out.append(c)
            i += 1
    return ''.join(out), spans


def line_of(text, pos):
    return text.count('\n', 0, pos) + 1


def declarations(header):
    """[(name, line)] of the functions a header declares."""
    text = read(header)
    code, _ = blank_comments(text)
    # preprocessor lines, with their continuations
    code = re.sub(r'^[ \t]*#(?:[^\n]*\\\n)*[^\n]*', lambda m: re.sub(r'[^\n]', ' ', m.group(0)), code, flags=re.M)
    # upper-case macros with arguments (G_DECLARE_FINAL_TYPE (…), G_GNUC_PRINTF (…))
    def blank(m):
        return re.sub(r'[^\n]', ' ', m.group(0))
    code = re.sub(r'\b[A-Z][A-Z0-9_]*\s*\((?:[^()]|\([^()]*\))*\)', blank, code)
    out = []
    depth = 0
    start = 0
    for i, c in enumerate(code):
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                start = i + 1
        elif c == ';' and depth == 0:
            stmt = code[start:i]
            stmt_pos = start
            start = i + 1
            if re.match(r'\s*(typedef|extern\s+const|struct|enum|union)\b', stmt):
                continue
            m = IDENT_CALL_RE.search(stmt)
            if m is None:
                continue
            name = m.group(1)
            before = stmt[:m.start()]
            if '(' in before or '=' in stmt[:m.start()]:
                continue
            if not re.search(r'[A-Za-z_*]', before):
                continue    # a call, not a declaration
            lead = len(stmt) - len(stmt.lstrip())
            out.append((name, line_of(code, stmt_pos + lead)))
    return out


def comment_above_line(text, spans, line):
    """The comment that ends on the line before @line, or None."""
    for (s, e) in spans:
        if line_of(text, e) == line - 1 and text[e:].split('\n', 1)[0].strip() == '':
            return text[s:e]
    return None


def gtkdoc_names(comment):
    """The identifier a /** comment documents ("kel_foo:" on its first line)."""
    if not comment.startswith('/**') or comment.startswith('/***'):
        return None
    body = comment[3:].lstrip(' \t')
    for line in body.split('\n'):
        line = line.strip().lstrip('*').strip()
        if line:
            m = re.match(r'([A-Za-z_][A-Za-z0-9_]*)\s*:', line)
            return m.group(1) if m else ''
    return ''


class Definitions:
    def __init__(self, cfiles):
        self.files = []
        for p in cfiles:
            text = read(p)
            code, spans = blank_comments(text)
            self.files.append((p, text, code, spans))

    def find(self, name):
        """(file, line, comment above or None) of @name's definition."""
        def_re = re.compile(r'^(?:[A-Za-z_][\w \t\*]*[\s\*])?' + re.escape(name) + r'\s*\(', re.M)
        quark = None
        if name.endswith('_quark'):
            quark = re.compile(r'^G_DEFINE_QUARK\s*\([^,]*,\s*' + re.escape(name[:-len('_quark')]) + r'\s*\)', re.M)
        for (p, text, code, spans) in self.files:
            for m in def_re.finditer(code):
                rest = code[m.end():]
                # the parameter list, then a body: a definition, not a declaration
                depth, k = 1, 0
                while k < len(rest) and depth:
                    depth += {'(': 1, ')': -1}.get(rest[k], 0)
                    k += 1
                after = rest[k:].lstrip()
                if not after.startswith('{'):
                    continue
                line = line_of(code, m.start())
                # the return type may stand on the lines above (GNU style)
                first = line
                lines = code.split('\n')
                while first > 1:
                    above = lines[first - 2].strip()
                    if above and not above.endswith((';', '}', '{', ')')) and not above.startswith('#') \
                            and re.match(r'^[A-Za-z_][\w \t\*]*$', above):
                        first -= 1
                    else:
                        break
                return p, line, comment_above_line(text, spans, first)
            if quark is not None:
                m = quark.search(code)
                if m:
                    line = line_of(code, m.start())
                    return p, line, comment_above_line(text, spans, line)
        return None


def check_docs(files, root):
    headers = [p for p in files if p.endswith('.h') and not p.endswith('-private.h')]
    defs = Definitions([p for p in files if p.endswith('.c')])
    missing, in_header = [], []
    n_public = 0
    for h in headers:
        text = read(h)
        _, spans = blank_comments(text)
        first_comment = spans[0] if spans and text[:spans[0][0]].strip() == '' else None
        declared = declarations(h)
        names = {n for n, _ in declared}
        flagged = set()
        for name, line in declared:
            if name.endswith('_get_type'):
                continue
            n_public += 1
            rel_h = os.path.relpath(h, root)
            found = defs.find(name)
            if found is None:
                missing.append('%s (%s:%d): declared, but no definition found in a .c file'
                               % (name, rel_h, line))
            else:
                p, dline, comment = found
                if comment is None or gtkdoc_names(comment) is None:
                    missing.append('%s: no gtk-doc comment (/** %s: … */) right above its definition at %s:%d'
                                   % (name, name, os.path.relpath(p, root), dline))
                elif gtkdoc_names(comment) != name:
                    missing.append('%s: the comment above its definition at %s:%d documents "%s", not %s'
                                   % (name, os.path.relpath(p, root), dline, gtkdoc_names(comment), name))
            above = comment_above_line(text, spans, line)
            if above is not None and (first_comment is None or text[first_comment[0]:first_comment[1]] != above):
                flagged.add(name)
                in_header.append('%s: a comment of its own in the header at %s:%d (document it once, in the .c)'
                                 % (name, rel_h, line - above.count('\n') - 1))
        # gtk-doc comments for functions anywhere else in the header
        for (s, e) in spans:
            c = text[s:e]
            named = gtkdoc_names(c)
            if named and named in names and named not in flagged:
                flagged.add(named)
                in_header.append('%s: a gtk-doc comment in the header at %s:%d (document it once, in the .c)'
                                 % (named, os.path.relpath(h, root), line_of(text, s)))
    return missing, in_header, n_public


# ------------------------------------------------------------------ main --

def main(argv):
    ap = argparse.ArgumentParser(description='Checks the source layout rules of issue 15.')
    ap.add_argument('--root', default=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'),
                    help='the project folder (its src/ is read); default: this script\'s project')
    ap.add_argument('--max-lines', type=int, default=800, help='the longest a source file may be (800)')
    ap.add_argument('--report', action='store_true', help='print the count of offences per rule')
    args = ap.parse_args(argv)

    root = os.path.abspath(args.root)
    src = os.path.join(root, 'src')
    if not os.path.isdir(src):
        print('check-layout: %s has no src/ folder' % root, file=sys.stderr)
        return 2
    files = source_files(src)

    long_files = check_lengths(files, root, args.max_lines)
    cycles, n_units = find_cycles(files, root)
    missing, in_header, n_public = check_docs(files, root)

    rules = [
        ('files over %d lines' % args.max_lines, long_files),
        ('include cycles between units', cycles),
        ('public functions without a gtk-doc comment above their definition', missing),
        ('public functions with a comment in their header', in_header),
    ]
    for title, offences in rules:
        if offences:
            print('%s (%d):' % (title, len(offences)))
            for o in offences:
                print('  ' + o)
    if args.report:
        print('report: %d source files, %d units, %d public functions under %s'
              % (len(files), n_units, n_public, src))
        for title, offences in rules:
            print('  %-70s %d' % (title + ':', len(offences)))
    failed = any(offences for _, offences in rules)
    print('check-layout: %s' % ('FAIL' if failed else 'OK'))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
