#!/usr/bin/python3
"""What a screen reader finds of the text's links, through AT-SPI.

On GTK 4.22 and later the agreement's text is an AT-SPI Hypertext: one
Hyperlink object per term occurrence, reference and threat number, named as
a screen reader says it and placed on its words.  This test starts a private
desktop (Xvfb, openbox, a D-Bus session with its accessibility bus, from
a11y_session.py), then Kelisim, and checks as a client would:

  - the number of links equals the number of <term>, <def> and <ref>
    elements of the edition, plus the numbers of the items that name a threat;
  - each link's text is the words it covers, its name says what it is
    ("Defined term, link: ...", "Link: ...");
  - moving the caret onto a link and pressing Enter, as Orca does to follow
    a link, opens the definition: a dialog named after the term.

On older GTK the text has no link objects (the caret and the description
follow the focused link instead): the link checks say SKIP and why.

Usage: test-hyperlinks.py GTK_VERSION EDITION KELISIM [ARGS...]
Output is TAP.
"""

import os
import shutil
import sys
import time
import xml.etree.ElementTree as ET

from a11y_session import Session, missing

AKN = '{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}'
TIMEOUT = 20


def skip_all(reason):
    print('1..0 # SKIP ' + reason)
    sys.exit(0)


def expected_links(edition):
    """Term occurrences (<term>, <def>), references (<ref>) and the threat
    numbers of Article 2's list and Annex 2: what the reader sees as links."""
    root = ET.parse(edition).getroot()
    n = 0
    for tag in ('term', 'def', 'ref'):
        n += sum(1 for _ in root.iter(AKN + tag))
    # a numbered item that names a threat (Article 2's list, Annex 2's
    # entries) opens it: its number is a link
    threats = [el for el in root.iter() if (el.get('refersTo') or '').startswith('#threat')
               and el.find(AKN + 'num') is not None]
    return n, len(threats)


def version_at_least(version, major, minor):
    parts = [int(p) for p in version.split('.')[:2]]
    return (parts[0], parts[1]) >= (major, minor)


def main():
    if len(sys.argv) < 4:
        print('usage: test-hyperlinks.py GTK_VERSION EDITION KELISIM [ARGS...]', file=sys.stderr)
        sys.exit(2)
    gtk_version, edition, argv = sys.argv[1], sys.argv[2], sys.argv[3:]
    why = missing()
    if why:
        skip_all(why)
    if not version_at_least(gtk_version, 4, 22):
        skip_all('GTK %s has no AT-SPI hyperlink objects (4.22 and later have)' % gtk_version)

    s = Session(prefix='kel-links-')
    results = []
    try:
        s.start_desktop()
        os.environ['DBUS_SESSION_BUS_ADDRESS'] = s.env['DBUS_SESSION_BUS_ADDRESS']
        os.environ['DISPLAY'] = s.env['DISPLAY']
        os.environ.pop('NO_AT_BRIDGE', None)
        import pyatspi
        s.start(argv, stderr=open(os.path.join(s.dir, 'kelisim.err'), 'w'))
        text = wait(lambda: find_text(pyatspi), 'the agreement text on the accessibility bus')
        run_checks(s, pyatspi, text, edition, results)
    finally:
        left = s.stop()
    results.append(('no process of the test is left', not left, str(left)))
    print('1..%d' % len(results))
    failed = 0
    for i, (name, ok, detail) in enumerate(results, 1):
        print('%s %d - %s' % ('ok' if ok else 'not ok', i, name))
        if not ok:
            failed += 1
            for line in str(detail).splitlines():
                print('# ' + line)
    return 1 if failed else 0


def wait(get, what, timeout=TIMEOUT):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            value = get()
        except Exception:
            value = None
        if value:
            return value
        time.sleep(0.2)
    raise RuntimeError('timed out waiting for ' + what)


def walk(acc, depth=0):
    yield acc
    if depth > 40:
        return
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is not None:
            yield from walk(child, depth + 1)


def find_text(pyatspi):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is None or 'kelisim' not in (app.name or '').lower():
            continue
        for acc in walk(app):
            if acc.getRoleName() in ('text', 'document text', 'document web') and acc.name == 'Agreement text':
                return acc
    return None


def run_checks(s, pyatspi, text, edition, results):
    n_refs_terms, n_threats = expected_links(edition)
    try:
        hypertext = text.queryHypertext()
    except NotImplementedError:
        results.append(('the text is an AT-SPI Hypertext', False, 'no Hypertext interface'))
        return
    results.append(('the text is an AT-SPI Hypertext', True, ''))
    n = hypertext.getNLinks()
    results.append(('one link per term occurrence, reference and threat number (%d)' % (n_refs_terms + n_threats),
                    n == n_refs_terms + n_threats, 'the text has %d links' % n))

    itext = text.queryText()
    bad = []
    terms = refs = 0
    first_term = None
    for i in range(n):
        link = hypertext.getLink(i)
        # pyatspi hands the link object; its Hyperlink interface has the range
        if hasattr(link, 'queryHyperlink'):
            obj, link = link, link.queryHyperlink()
        else:
            obj = link.getObject(0)
        words = itext.getText(link.startIndex, link.endIndex)
        name = obj.name or ''
        if name.startswith('Defined term'):
            terms += 1
            if first_term is None and not name.endswith('defined here'):
                first_term = (link.startIndex, words, name)
        elif name.startswith('Link'):
            refs += 1
            print('# link %d: "%s" — %s' % (i, words, name))
        else:
            bad.append('link %d "%s" is named "%s"' % (i, words, name))
        if not words.strip():
            bad.append('link %d covers no words (%d-%d)' % (i, link.startIndex, link.endIndex))
        if hypertext.getLinkIndex(link.startIndex) != i:
            bad.append('getLinkIndex(%d) is %d, not %d' % (link.startIndex,
                                                           hypertext.getLinkIndex(link.startIndex), i))
    results.append(('every link covers words and is named as a defined term or a link (%d terms, %d others)'
                    % (terms, refs), not bad, '\n'.join(bad[:10])))
    results.append(('a character outside any link has no link', hypertext.getLinkIndex(0) in (-1,)
                    or itext.getText(0, 1) == '', 'getLinkIndex(0) = %d' % hypertext.getLinkIndex(0)))

    # Follow a link as Orca does: the caret onto it, then Enter.
    if first_term is None:
        results.append(('Enter on a term link opens its definition', False, 'no term link'))
        return
    offset, words, name = first_term
    # the window opens with the focus in the text (GTK's AT-SPI has no
    # GrabFocus for it)
    itext.setCaretOffset(offset + 1)
    time.sleep(0.5)
    s.run(['xdotool', 'key', '--clearmodifiers', 'Return']) if shutil.which('xdotool') else \
        pyatspi.Registry.generateKeyboardEvent(36, None, pyatspi.KEY_PRESSRELEASE)

    def dialog():
        app = text
        while app.parent is not None and app.getRoleName() != 'application':
            app = app.parent
        for acc in walk(app):
            if acc.getRoleName() == 'dialog' and acc.name and words.split()[0][:6] in acc.name:
                return acc
        return None

    try:
        found = wait(dialog, 'the term popover', timeout=10)
        results.append(('Enter on the term link "%s" opens a dialog named after the term ("%s")'
                        % (words, found.name), True, ''))
    except RuntimeError as e:
        results.append(('Enter on the term link "%s" opens a dialog named after the term' % words,
                        False, str(e)))


if __name__ == '__main__':
    sys.exit(main())
