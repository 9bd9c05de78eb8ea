#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write an edition N times the size of the bundled agreement, for scale tests.

    tools/make-scaled-edition.py N [-o OUT.akn.xml] [--source AGREEMENT.akn.xml]

The result is an Akoma Ntoso act in the same profile as
data/edition/agreement.kk.akn.xml (see data/edition/README.md): the same
meta, preface, preamble, conclusions and annexes, with the body repeated
until the file is N times the agreement's size.  Copy k of the body has its
articles renumbered art_{12k+1} .. art_{12k+12} (eIds, their sub-elements'
eIds, the "3-бап" numbers, and the cross-references inside the body, which
stay within their copy), so every eId stays unique; the label table gets
the Russian and Chinese labels of each copy's articles.  The terms, threats
and references are the agreement's, so the bundled termbase
(data/edition/termbase.tbx) belongs to every scaled edition as it is.

N = 1 writes the agreement unchanged.  The output is valid against the
official schema:

    xmllint --noout --schema ../shared/akn/akomantoso30.xsd OUT.akn.xml
"""

import argparse
import os
import re
import sys

ARTICLES = 12
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, 'data', 'edition', 'agreement.kk.akn.xml')


def renumber(text, offset):
    """Copy of the body or of article labels with article n as n + offset."""
    if offset == 0:
        return text

    def art(m):
        return '%sart_%d' % (m.group(1), int(m.group(2)) + offset)

    text = re.sub(r'(eId="|href="#)art_(\d+)(?=["_])', art, text)
    text = re.sub(r'<num>(\d+)-бап</num>',
                  lambda m: '<num>%d-бап</num>' % (int(m.group(1)) + offset), text)
    return text


def scale(source, factor):
    start = source.index('<body>') + len('<body>')
    end = source.index('</body>')
    body = source[start:end]

    # the label table's lines for the articles, repeated with each copy
    labels = ''.join(re.findall(r'[ \t]*<kel:label eId="art_\d+"[^>]*>[^<]*</kel:label>\n', source))
    labels_end = source.index('</kel:labels>')
    labels_end = source.rindex('\n', 0, labels_end) + 1

    size = len(source.encode('utf-8'))
    per_copy = len(body.encode('utf-8')) + len(labels.encode('utf-8'))
    rest = size - len(body.encode('utf-8'))
    copies = max(1, round((factor * size - rest) / per_copy))

    extra_labels = ''.join(renumber(labels, ARTICLES * k) for k in range(1, copies))
    bodies = ''.join(renumber(body, ARTICLES * k) for k in range(copies))
    return (source[:labels_end] + extra_labels + source[labels_end:start]
            + bodies + source[end:]), copies


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('factor', type=int, help='how many times the agreement\'s size')
    parser.add_argument('-o', '--output', help='the file to write (default: standard output)')
    parser.add_argument('--source', default=SOURCE, help='the edition to scale (default: the bundled one)')
    args = parser.parse_args()
    if args.factor < 1:
        parser.error('N must be at least 1')

    with open(args.source, encoding='utf-8') as f:
        source = f.read()
    result, copies = scale(source, args.factor)
    if args.output:
        with open(args.output, 'w', encoding='utf-8') as f:
            f.write(result)
    else:
        sys.stdout.write(result)
    print('%dx: %d copies of the body, articles art_1..art_%d, %d bytes'
          % (args.factor, copies, ARTICLES * copies, len(result.encode('utf-8'))), file=sys.stderr)


if __name__ == '__main__':
    main()
