#!/usr/bin/python3
"""Kelisim with a real screen reader: what Orca says at each step.

Starts, all private to this test: Xvfb, openbox, a D-Bus session with its
accessibility bus, speech-dispatcher whose only output module appends what
would be spoken to a file (no audio, no synthesiser), Orca with its own
settings, and Kelisim.  Then presses keys with xdotool as a blind reader
would and checks what Orca said after each one, waiting for it with a
timeout (never a fixed sleep).  Every process it starts is ended at the end.
Knows Orca 43 (Debian 12) and Orca 51 (Debian testing: run it there with
KELISIM_TESTING_TESTS=a11y tools/testing-chroot.sh); where their words
differ, a step accepts both.

Usage: test-orca.py KELISIM [ARGS...]
Environment: KEL_ORCA_LOG=FILE also writes the step-by-step speech table
there (Markdown); KEL_ORCA_EXPLORE=1 prints what was said at each step
without asserting.  Output is TAP.  Skips (with a reason) when orca,
speech-dispatcher, openbox, Xvfb, dbus-daemon, the AT-SPI bus launcher or
xdotool is missing, or Orca is another version."""

import os
import re
import subprocess
import sys
import time

from a11y_session import Session, TIMEOUT, missing, wait_for

EXPLORE = os.environ.get('KEL_ORCA_EXPLORE') == '1'
GENERIC = '/usr/lib/speech-dispatcher-modules/sd_generic'


def skip(reason):
    print('1..0 # SKIP ' + reason)
    sys.exit(0)


ORCA_VERSIONS = (43, 51)


def need():
    why = missing((('orca', 'orca'), ('speech-dispatcher', 'speech-dispatcher'),
                   ('openbox', 'openbox'), ('Xvfb', 'xvfb'),
                   ('dbus-daemon', 'dbus'), ('xdotool', 'xdotool')))
    if why:
        skip(why)
    if not os.access(GENERIC, os.X_OK):
        skip('%s is missing (Debian package speech-dispatcher)' % GENERIC)
    # The steps below are what Orca 43 (Debian 12) and Orca 51 (Debian
    # testing) say; another version is not known to say the same words.
    out = subprocess.run(['orca', '--version'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                         text=True, check=False).stdout
    version = re.search(r'(\d+)\.\d+', out)
    if version is None or int(version.group(1)) not in ORCA_VERSIONS:
        skip('written for Orca %s; this is Orca %s, whose speech the steps do not yet describe'
             % (' and '.join(str(v) for v in ORCA_VERSIONS), version.group(0) if version else out.strip()))
    return int(version.group(1))


def start_desktop(s):
    s.start_desktop()
    for sub in ('orca', 'sd/modules', 'sdlog'):
        os.makedirs(os.path.join(s.dir, sub), mode=0o700, exist_ok=True)
    s.speech = os.path.join(s.dir, 'speech.log')
    open(s.speech, 'w').close()

    # speech-dispatcher: one output module, which logs instead of speaking
    sd = os.path.join(s.dir, 'sd')
    with open(os.path.join(sd, 'speechd.conf'), 'w') as f:
        f.write('AddModule "kellog" "sd_generic" "kellog.conf"\n'
                'DefaultModule kellog\nDefaultLanguage "en"\nLogLevel 3\n'
                'AudioOutputMethod "libao"\n')
    # libao's null driver: nothing is played
    with open(os.path.join(s.env['HOME'], '.libao'), 'w') as f:
        f.write('default_driver=null\n')
    with open(os.path.join(sd, 'modules', 'kellog.conf'), 'w') as f:
        # $DATA comes single-quoted by sd_generic's rules; one utterance a line
        f.write(r"""GenericExecuteSynth "printf \'[%%s] %%s\\036\\n\' \'$LANGUAGE\' \'$DATA\' >> %s"
GenericStripPunctChars " "
GenericMaxChunkLength 100000
GenericLanguage "en" "en" "utf-8"
GenericLanguage "kk" "kk" "utf-8"
GenericLanguage "ru" "ru" "utf-8"
GenericLanguage "zh" "zh" "utf-8"
AddVoice "en" "MALE1" "log"
AddVoice "kk" "MALE1" "log"
AddVoice "ru" "MALE1" "log"
AddVoice "zh" "MALE1" "log"
DefaultVoice "log"
""" % s.speech)
    sock = os.path.join(s.dir, 'run', 'speechd.sock')
    s.env['SPEECHD_ADDRESS'] = 'unix_socket:' + sock
    sdlog = os.path.join(s.dir, 'sdlog')
    with open(os.path.join(sdlog, 'stderr.txt'), 'w') as err:
        sdproc = s.start(['speech-dispatcher', '-s', '-t', '0', '-C', sd, '-L', sdlog,
                          '-c', 'unix_socket', '-S', sock, '-P', os.path.join(s.dir, 'run', 'sd.pid')],
                         stderr=err)
    # a first start in a chroot just updated can be slow: three times the
    # usual wait; a failure says whether it ended, and what it logged
    try:
        wait_for(lambda: os.path.exists(sock) or sdproc.poll() is not None,
                 'speech-dispatcher socket', TIMEOUT * 3)
    except RuntimeError:
        pass
    if not os.path.exists(sock):
        raise RuntimeError('speech-dispatcher made no socket (%s); its logs:\n%s'
                           % ('still running after %.0f s' % (TIMEOUT * 3) if sdproc.poll() is None
                              else 'it ended with status %s' % sdproc.returncode,
                              log_tails(sdlog)))


def log_tails(folder, lines=20):
    """The last @lines lines of each file in @folder, for a failure's message."""
    out = []
    for name in sorted(os.listdir(folder)):
        try:
            with open(os.path.join(folder, name), errors='replace') as f:
                tail = f.read().splitlines()[-lines:]
        except OSError as e:
            tail = [str(e)]
        out.append('--- %s\n%s' % (name, '\n'.join(tail) or '(empty)'))
    return '\n'.join(out) or '(no log)'



def start_orca(s, orca):
    s.orca_debug = os.path.join(s.dir, 'orca-debug.log')
    argv = ['orca', '--replace', '--debug-file', s.orca_debug]
    if orca < 50:
        # Orca 43: a settings directory of its own, in JSON
        prefs = os.path.join(s.dir, 'orca')
        with open(os.path.join(prefs, 'user-settings.conf'), 'w') as f:
            f.write(ORCA43_SETTINGS)
        argv += ['-u', prefs]
    else:
        # Orca 50 and later keep their settings in GSettings: a key file
        # in this session's config directory, for Orca only
        keyfile = os.path.join(s.env['XDG_CONFIG_HOME'], 'glib-2.0', 'settings')
        os.makedirs(keyfile, exist_ok=True)
        with open(os.path.join(keyfile, 'keyfile'), 'w') as f:
            f.write(ORCA_GSETTINGS)
    s.start(argv, env=dict(s.env, GSETTINGS_BACKEND='keyfile') if orca >= 50 else None)


# The same choices for both: speech through speech-dispatcher, no key or
# character echo, no tutorial, mnemonic or position words, no punctuation
# said, no sounds.
ORCA43_SETTINGS = '''{
 "general": {"speechServerFactory": "speechdispatcherfactory",
             "enableSpeech": true, "enableTutorialMessages": false,
             "enableMnemonicSpeaking": false, "enablePositionSpeaking": false,
             "onlySpeakDisplayedText": false, "verbalizePunctuationStyle": 3,
             "enableEchoByCharacter": false, "enableEchoByWord": false,
             "enableKeyEcho": false, "enableSound": false,
             "profile": ["Default", "default"], "activeProfile": ["Default", "default"],
             "startingProfile": ["Default", "default"], "firstStart": false},
 "profiles": {"default": {"profile": ["Default", "default"]}},
 "pronunciations": {}, "keybindings": {}
}
'''
ORCA_GSETTINGS = '''[org/gnome/orca/default/speech]
speech-server-factory='speechdispatcherfactory'
enable=true
speak-tutorial-messages=false
speak-widget-mnemonic=false
speak-position-in-set=false
only-speak-displayed-text=false
punctuation-level='none'

[org/gnome/orca/default/typing-echo]
key-echo=false
character-echo=false
word-echo=false

[org/gnome/orca/default/sound]
enabled=false
'''


class Speech:
    def __init__(self, path):
        self.path = path
        self.pos = 0

    def text(self):
        with open(self.path, encoding='utf-8', errors='replace') as f:
            return f.read()

    def since(self):
        return self.text()[self.pos:]

    def mark(self):
        self.pos = len(self.text())

    def utterances(self, chunk=None):
        chunk = self.since() if chunk is None else chunk
        # '[en] text': the language tag is kept only when it is not English
        out = []
        for u in chunk.split('\x1e'):
            u = u.strip()
            if u.startswith('[en] '):
                u = u[5:].strip()
            if u:
                out.append(u)
        return out

    def wait(self, patterns, timeout=TIMEOUT):
        """Waits until every regex in @patterns matched what was said since
        the mark, then until the speech has been quiet a moment."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            said = ' | '.join(self.utterances())
            if all(re.search(p, said, re.S) for p in patterns):
                break
            time.sleep(0.1)
        # let the rest of the utterance arrive: quiet for 0.7 s
        last, quiet_since = None, time.monotonic()
        while time.monotonic() < end:
            now = self.since()
            if now != last:
                last, quiet_since = now, time.monotonic()
            elif time.monotonic() - quiet_since > 0.7:
                break
            time.sleep(0.1)
        return ' | '.join(self.utterances())


ORCA = None   # the major version of the Orca under test


def main():
    global ORCA
    orca = ORCA = need()
    if len(sys.argv) < 2:
        print('usage: test-orca.py KELISIM [ARGS...]', file=sys.stderr)
        sys.exit(2)
    s = Session(prefix='kel-orca-')
    results = []
    try:
        start_desktop(s)
        speech = Speech(s.speech)
        app_err = open(os.path.join(s.dir, 'kelisim.err'), 'w')
        if orca < 50:
            # the reader's usual order: the screen reader, then the app
            start_orca(s, orca)
            wait_for(lambda: os.path.getsize(s.speech) > 0,
                     'Orca to speak', timeout=max(TIMEOUT * 6, 60))
            speech.mark()
            s.start(sys.argv[1:], stderr=app_err)
        else:
            # Orca 51 takes an object that GTK 4.24 names in an event
            # before it can be asked about for dead, for a minute: Kelisim
            # started under it is heard only after that.  Orca starts once
            # the window is up, and reads where the focus is.
            s.start(sys.argv[1:], stderr=app_err)
            wait_for(lambda: s.run(['xdotool', 'search', '--onlyvisible', '--name', '^Kelisim$']).strip(),
                     'the Kelisim window', timeout=max(TIMEOUT * 6, 60))
            start_orca(s, orca)
            # Orca up: it has spoken (what it says is the first step's) and
            # runs its event loop; a caret move before that is never heard
            wait_for(lambda: os.path.getsize(s.speech) > 0,
                     'Orca to speak', timeout=max(TIMEOUT * 6, 60))
            wait_for(lambda: 'Starting Atspi main event loop' in open(s.orca_debug, errors='replace').read(),
                     "Orca's event loop", timeout=max(TIMEOUT * 6, 60))
        run_steps(s, speech, results)
    finally:
        left = s.stop()
    if left:
        print('# processes left behind: %s' % left)
    return report(results, left)


KEYCODES = {'F6': '72', 'F10': '76'}


def press(s, keys):
    for k in keys:
        if k.startswith('type:'):
            s.run(['xdotool', 'type', '--delay', '60', k[5:]])
        else:
            # A chord as fingers play it: the modifiers down, the key
            # pressed and released, then the modifiers up.  `xdotool key
            # ctrl+Home` lets Ctrl go before Home; Orca reads the caret
            # move by the last key event it saw, and when the move came
            # after the release of Home (Ctrl already up, modifiers=0) it
            # took it for a plain Home and said one character.
            *mods, key = k.split('+')
            # xdotool 3.2021 (Debian testing) finds F6 and F10 only with
            # Alt (the keymap's F keys also switch to a VT with Ctrl+Alt):
            # Alt+F6 is not F6.  By its keycode (evdev, as Xvfb's keymap
            # has it) the key comes alone.
            key = KEYCODES.get(key, key)
            for m in mods:
                s.run(['xdotool', 'keydown', m])
            s.run(['xdotool', 'key', key])
            for m in reversed(mods):
                s.run(['xdotool', 'keyup', m])
        time.sleep(0.05)


# What a blind reader does, step by step, and what Orca must say then.
# keys: xdotool key names ("type:TEXT" types TEXT); want: regexes that must
# all match what was said after the keys; never: regexes that must not;
# once: regexes that must match exactly once (nothing said twice).
KK_TITLE = r'Шанхай ынтымақтастық ұйымына'
STEPS = [
    dict(step='start', keys=[], want=[r'Agreement text', KK_TITLE], never=[r'ШЖҚ РМК']),
    dict(step='Down: the next line', keys=['Down'], want=[r'\w\w\w'], never=[r'Agreement text']),
    dict(step='Ctrl+Home: back to the title', keys=['ctrl+Home'], want=[KK_TITLE]),
    dict(step='Tab: a defined term', keys=['Tab'], want=[r'Defined term', r'link']),
    dict(step='Tab: the next link', keys=['Tab'], want=[r'link']),
    dict(step='Shift+Tab: back', keys=['shift+Tab'], want=[r'Defined term', r'link']),
    dict(step='Where Am I (KP_Enter)', keys=['KP_Enter'], want=[r'Defined term']),
    dict(step='Enter: the term popover', keys=['Return'],
         want=[r'dialog', r'халықаралық ақпараттық қауіпсіздік', r'международная информационная безопасность', r'国际信息安全']),
    # one Tab a step: Orca drops a focus event that a newer one overtakes,
    # so four quick Tabs would be heard as one however the focus went
    dict(step='Tab in the popover: Next occurrence', keys=['Tab'],
         want=[r'Next occurrence (push )?button'], never=[r'Agreement text']),
    dict(step='Tab: Copy definition', keys=['Tab'], want=[r'Copy definition (push )?button'],
         never=[r'Agreement text']),
    dict(step='Tab: Go to Definition', keys=['Tab'], want=[r'Go to Definition (push )?button'],
         never=[r'Agreement text']),
    dict(step='Tab: Show in Glossary', keys=['Tab'], want=[r'Show in Glossary (push )?button'],
         never=[r'Agreement text']),
    dict(step='Tab: round to the definition', keys=['Tab'], want=[r'ақпараттық кеңістікте'],
         never=[r'Agreement text']),
    dict(step='Shift+Tab in the popover', keys=['shift+Tab'], want=[r'Show in Glossary (push )?button'],
         never=[r'Agreement text']),
    dict(step='Escape: back to the link', keys=['Escape'], want=[r'Defined term']),
    dict(step='F6: the contents', keys=['F6'], want=[r'Contents', r'List with \d+ items']),
    dict(step='Down in the contents', keys=['Down'], want=[r'\w\w\w'],
         once=[r'Кіріспе|бап|қосымша']),
    # the term focused before the jump is left behind: not read again here
    dict(step='Enter on a row: the text there', keys=['Return'], want=[r'Agreement text', r'\w\w\w'],
         never=[r'Contents panel', r'Defined term']),
    dict(step='Ctrl+F: the empty search', keys=['ctrl+f'],
         want=[r'Search the agreement', r'Type a word, then Enter']),
    dict(step='Enter on the empty search', keys=['Return'], want=[r'Type a word to search']),
    dict(step='Space, Enter: a blank search', keys=['space', 'Return'], want=[r'Type a word to search']),
    dict(step='Ctrl+F, a word, Enter', keys=['ctrl+f', 'type:террорлық', 'Return'],
         want=[r'\d+ of 3', r'террорлық']),
    # the contents mark the part being read without selecting it: Orca
    # does not leave for the contents panel when the reading moves
    dict(step='Escape: the match in the text', keys=['Escape'], want=[r'Agreement text', r'террорлық'],
         never=[r'Contents panel', r'Defined term']),
    dict(step='Ctrl+3: terms in Chinese', keys=['ctrl+3'], want=[r'中文']),
    dict(step='Ctrl+1: terms in Kazakh', keys=['ctrl+1'], want=[r'Қазақша']),
    dict(step='Ctrl+plus: zoom', keys=['ctrl+plus'], want=[r'\d+ ?%']),
    dict(step='Ctrl+Shift+C: copy the citation', keys=['ctrl+shift+c'], want=[r'Citation copied']),
    dict(step='Alt+2: the glossary', keys=['alt+2'], want=[r'Glossary']),
    # the row's number said once, with its name, not again after it
    dict(step='Alt+3: the threats', keys=['alt+3'], want=[r'Threats'],
         once=[r'(?<!\d)1(?!\d)']),
    dict(step='Alt+1: the contents', keys=['alt+1'], want=[r'Contents']),
    dict(step='F10: the main menu', keys=['F10'], want=[r'Open Edition']),
    # (Show the Bundled Agreement is left out while it is what is shown)
    dict(step='Down: the next item', keys=['Down'], want=[r'Go To']),
    dict(step='Escape: the menu closes', keys=['Escape'], want=[r'Main menu']),
]

# Steps that do not pass yet with an Orca version, by name, and why:
# reported as TODO in TAP.  None today: add {ORCA_MAJOR: {'step': 'why'}}.
TODO = {}


def check(step, said):
    problems = []
    for p in step.get('want', []):
        if not re.search(p, said, re.S):
            problems.append('did not say /%s/' % p)
    for p in step.get('never', []):
        if re.search(p, said, re.S):
            problems.append('said /%s/' % p)
    for p in step.get('once', []):
        n = len(re.findall(p, said))
        if n != 1:
            problems.append('said /%s/ %d times' % (p, n))
    return problems


def run_steps(s, speech, results):
    for i, step in enumerate(STEPS):
        # with Orca 51, what it said as it started (Kelisim already up)
        # is the first step's
        if i > 0 or ORCA < 50:
            speech.mark()
        press(s, step['keys'])
        said = speech.wait(step.get('want', []))
        problems = check(step, said)
        results.append((step, said, problems))
        if EXPLORE:
            print('## %s [%s]: %s' % (step['step'], ' '.join(step['keys']), said), flush=True)


def report(results, left):
    table = ['| step | keys | Orca %s said | verdict |' % ORCA, '| --- | --- | --- | --- |']
    failed = False
    print('1..%d' % (len(results) + 1))
    for i, (step, said, problems) in enumerate(results, 1):
        keys = ' '.join(step['keys']) or '(none)'
        why = TODO.get(ORCA, {}).get(step['step'])
        verdict = 'good' if not problems else ('TODO: ' + why if why else 'wrong: ' + '; '.join(problems))
        table.append('| %s | %s | %s | %s |' % (step['step'], keys, said.replace('|', '\\|') or '(silent)',
                                               verdict.replace('|', '\\|')))
        if not problems:
            print('ok %d - %s: %s' % (i, step['step'], said))
            continue
        todo = why is not None or EXPLORE
        failed = failed or not todo
        print('not ok %d - %s: Orca said: %s%s' % (i, step['step'], said or '(nothing)',
                                                  ' # TODO ' + (why or 'exploring') if todo else ''))
        for p in problems:
            print('#   ' + p)
    print(('ok' if not left else 'not ok') + ' %d - every process ended' % (len(results) + 1))
    if os.environ.get('KEL_ORCA_LOG'):
        with open(os.environ['KEL_ORCA_LOG'], 'w') as f:
            f.write('\n'.join(table) + '\n')
    return 1 if failed or left else 0


if __name__ == '__main__':
    sys.exit(main())
