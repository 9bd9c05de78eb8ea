"""A private desktop for the accessibility tests: Xvfb, openbox, a D-Bus
session with its accessibility bus, and every process started in it ended
at the end (also those that left the process group, found by a marker in
their environment).  test-orca.py adds speech-dispatcher and Orca to it,
test-hyperlinks.py reads the accessibility tree through pyatspi."""

import os
import shutil
import signal
import subprocess
import tempfile
import time

BUS_LAUNCHER = '/usr/libexec/at-spi-bus-launcher'
TIMEOUT = float(os.environ.get("KEL_ORCA_TIMEOUT", "10"))


def missing(progs=(('Xvfb', 'xvfb'), ('dbus-daemon', 'dbus'), ('openbox', 'openbox'))):
    """Why the desktop cannot start here (a program and its Debian
    package), or None."""
    for prog, package in progs:
        if shutil.which(prog) is None:
            return '%s is not installed (Debian package %s)' % (prog, package)
    if not os.access(BUS_LAUNCHER, os.X_OK):
        return '%s is missing (Debian package at-spi2-core)' % BUS_LAUNCHER
    return None


def wait_for(cond, what, timeout=TIMEOUT):
    """Polls @cond until it returns something true (returned), else raises
    RuntimeError after @timeout seconds."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        v = cond()
        if v:
            return v
        time.sleep(0.1)
    raise RuntimeError('timed out waiting for ' + what)


class Session:
    """The private desktop: every process started, and how to end them."""

    def __init__(self, prefix='kel-a11y-'):
        self.dir = tempfile.mkdtemp(prefix=prefix)
        self.procs = []
        self.marker = 'KEL_ORCA_SESSION=' + self.dir
        self.env = dict(os.environ)
        for k in ('GTK_A11Y', 'NO_AT_BRIDGE', 'DISPLAY', 'WAYLAND_DISPLAY',
                  'DBUS_SESSION_BUS_ADDRESS', 'AT_SPI_BUS_ADDRESS', 'SPEECHD_ADDRESS',
                  'G_DEBUG', 'MALLOC_CHECK_'):
            self.env.pop(k, None)
        # the marker finds every descendant, also those that left our
        # process group (D-Bus activated services, daemons)
        self.env['KEL_ORCA_SESSION'] = self.dir
        for sub in ('home', 'run', 'config', 'data', 'cache'):
            os.makedirs(os.path.join(self.dir, sub), mode=0o700, exist_ok=True)
        self.env.update(HOME=os.path.join(self.dir, 'home'),
                        XDG_RUNTIME_DIR=os.path.join(self.dir, 'run'),
                        XDG_CONFIG_HOME=os.path.join(self.dir, 'config'),
                        XDG_DATA_HOME=os.path.join(self.dir, 'data'),
                        XDG_CACHE_HOME=os.path.join(self.dir, 'cache'),
                        XDG_SESSION_TYPE='x11', GDK_BACKEND='x11',
                        GTK_THEME='Adwaita', LC_ALL='C.UTF-8', LANGUAGE='',
                        GSK_RENDERER=os.environ.get('GSK_RENDERER', 'cairo'))

    def start(self, argv, env=None, **kw):
        """Starts @argv in the session (its environment, or @env)."""
        p = subprocess.Popen(argv, env=env or self.env, stdin=subprocess.DEVNULL,
                             stdout=kw.pop('stdout', subprocess.DEVNULL),
                             stderr=kw.pop('stderr', subprocess.DEVNULL), **kw)
        self.procs.append(p)
        return p

    def run(self, argv):
        return subprocess.run(argv, env=self.env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              timeout=TIMEOUT, check=False, text=True).stdout

    def start_desktop(self):
        """Xvfb on a free display, a D-Bus session, its accessibility bus
        and openbox; DISPLAY and DBUS_SESSION_BUS_ADDRESS set in self.env."""
        r, w = os.pipe()
        self.start(['Xvfb', '-displayfd', str(w), '-screen', '0', '1280x900x24',
                    '-nolisten', 'tcp', '-noreset'], pass_fds=(w,))
        os.close(w)
        with os.fdopen(r) as f:
            display = f.readline().strip()
        if not display:
            raise RuntimeError('Xvfb did not start')
        self.env['DISPLAY'] = ':' + display
        bus = self.start(['dbus-daemon', '--session', '--nofork', '--print-address=1', '--nopidfile'],
                         stdout=subprocess.PIPE, text=True)
        self.env['DBUS_SESSION_BUS_ADDRESS'] = bus.stdout.readline().strip()
        self.start([BUS_LAUNCHER, '--launch-immediately'])
        self.start(['openbox', '--sm-disable'])

    def ours(self):
        """Pids of every live process carrying this session's marker."""
        pids = []
        needle = self.marker.encode()
        for name in os.listdir('/proc'):
            if not name.isdigit() or int(name) == os.getpid():
                continue
            try:
                with open('/proc/%s/environ' % name, 'rb') as f:
                    if needle in f.read().split(b'\0'):
                        pids.append(int(name))
            except OSError:
                pass
        return pids

    def stop(self):
        """Ends every process of the session; returns the pids that would
        not end (empty when all did)."""
        for p in reversed(self.procs):
            if p.poll() is None:
                p.terminate()
        deadline = time.monotonic() + 5
        for p in self.procs:
            try:
                p.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
        for sig in (signal.SIGTERM, signal.SIGKILL):
            pids = self.ours()
            for pid in pids:
                try:
                    os.kill(pid, sig)
                except OSError:
                    pass
            end = time.monotonic() + 3
            while self.ours() and time.monotonic() < end:
                time.sleep(0.1)
        left = self.ours()
        if not os.environ.get('KEL_ORCA_KEEP'):
            shutil.rmtree(self.dir, ignore_errors=True)
        return left
