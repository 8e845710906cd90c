# -*- coding: utf-8 -*-
# jlivepatch: the JVMs a host selects, and the jlivepatch command run against them.
#
# Shared by the jlivepatch and jlivepatch_gate modules. Standard library only: the hosts need
# Python 3 and a JDK, nothing else. Selection reads /proc, never attaches: only the JVMs a
# task selects are ever contacted, and a command line is read the way ps reads it.

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import os
import pwd
import subprocess

# The java launcher's options that take their value as the next argument; anything else that
# starts with '-' stands alone (-Dx=y, -Xmx1g, -XX:..., --add-opens=...).
_OPTIONS_WITH_VALUE = frozenset([
    '-cp', '-classpath', '--class-path', '-p', '--module-path', '--upgrade-module-path',
    '--add-modules', '--limit-modules', '--add-reads', '--add-exports', '--add-opens',
    '--patch-module', '--enable-native-access', '--source',
])

# The jlivepatch command is a JVM too: never select it (a task on another host alias of the same
# machine may run one at that moment).
_OWN_MAIN_CLASSES = frozenset(['io.jlivepatch.cli.Main'])
_OWN_JARS = frozenset(['jlivepatch.jar'])


class Jvm(object):
    """One JVM of the host: pid, owner, main class or jar, class path entries."""

    def __init__(self, pid, user, main_class, jar, class_path):
        self.pid = pid
        self.user = user
        self.main_class = main_class
        self.jar = jar
        self.class_path = class_path

    def describe(self):
        """'pid 4242 (io.acme.Main)', as the summary names a JVM."""
        return 'pid %d (%s)' % (self.pid, self.main_class or self.jar or '?')

    def as_dict(self):
        return {'pid': self.pid, 'name': self.describe(), 'user': self.user, 'main_class': self.main_class,
                'jar': self.jar}


def parse_command_line(argv):
    """(main class, -jar path, class path entries) of a java command line; None where absent."""
    main_class = None
    jar = None
    class_path = []
    i = 1
    while i < len(argv):
        arg = argv[i]
        if arg == '-jar' and i + 1 < len(argv):
            jar = argv[i + 1]
            break
        if arg in ('-m', '--module') and i + 1 < len(argv):
            main_class = argv[i + 1].split('/', 1)[-1]
            break
        if arg.startswith('--module='):
            main_class = arg.split('=', 1)[1].split('/', 1)[-1]
            break
        if arg in _OPTIONS_WITH_VALUE and i + 1 < len(argv):
            if arg in ('-cp', '-classpath', '--class-path'):
                class_path = [e for e in argv[i + 1].split(':') if e]
            i += 2
            continue
        if arg.startswith('--class-path='):
            class_path = [e for e in arg.split('=', 1)[1].split(':') if e]
        elif not arg.startswith('-') and not arg.startswith('@'):
            main_class = arg
            break
        i += 1
    return main_class, jar, class_path


def _is_jvm(pid):
    """Whether process pid runs a HotSpot JVM: libjvm.so is mapped, whatever the launcher."""
    try:
        with open('/proc/%d/maps' % pid, 'rb') as maps:
            for line in maps:
                if line.rstrip().endswith(b'/libjvm.so'):
                    return True
    except (IOError, OSError):
        pass
    return False


def _jvm_at(pid):
    try:
        with open('/proc/%d/cmdline' % pid, 'rb') as f:
            raw = f.read()
        uid = os.stat('/proc/%d' % pid).st_uid
    except (IOError, OSError):
        return None
    argv = [a.decode('utf-8', 'replace') for a in raw.split(b'\0') if a]
    if not argv or not _is_jvm(pid):
        return None
    main_class, jar, class_path = parse_command_line(argv)
    try:
        user = pwd.getpwuid(uid).pw_name
    except KeyError:
        user = str(uid)
    return Jvm(pid, user, main_class, jar, class_path)


def select(pid=None, main_class=None, jar_name=None, user=None):
    """
    The JVMs of this host that match every criterion given: a pid, a main class, a jar name
    (the basename of -jar or of a class path entry), an owner. Sorted by pid; never the
    jlivepatch command's own JVMs.
    """
    pids = [pid] if pid is not None else sorted(int(d) for d in os.listdir('/proc') if d.isdigit())
    own = os.getpid()
    selected = []
    for p in pids:
        if p == own:
            continue
        jvm = _jvm_at(p)
        if jvm is None:
            continue
        jars = [os.path.basename(e) for e in ([jvm.jar] if jvm.jar else []) + jvm.class_path]
        if jvm.main_class in _OWN_MAIN_CLASSES or (jvm.jar and os.path.basename(jvm.jar) in _OWN_JARS):
            continue
        if main_class is not None and jvm.main_class != main_class:
            continue
        if jar_name is not None and jar_name not in jars:
            continue
        if user is not None and jvm.user != user:
            continue
        selected.append(jvm)
    return selected


# The options of every module here that selects JVMs and runs the command (doc fragment jvm).
JVM_ARGUMENTS = dict(
    pid=dict(type='int'),
    main_class=dict(type='str'),
    jar_name=dict(type='str'),
    user=dict(type='str'),
    cli=dict(type='path', default='/opt/jlivepatch/jlivepatch.jar'),
    java=dict(type='str', default='java'),
)


class CliError(Exception):
    """A jlivepatch command that failed: its one line."""


class Cli(object):
    """The jlivepatch command: 'java -jar jlivepatch.jar' or the launcher agent/target/bin/jlivepatch."""

    def __init__(self, cli, java='java', timeout=300):
        self.command = [java, '-jar', cli] if cli.endswith('.jar') else [cli]
        self.timeout = timeout

    def run(self, *args):
        """Its standard output's lines; CliError with the command's one failure line."""
        try:
            done = subprocess.run(self.command + [str(a) for a in args], stdin=subprocess.DEVNULL,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=self.timeout)
        except subprocess.TimeoutExpired:
            raise CliError('jlivepatch %s did not answer within %d s' % (' '.join(map(str, args)), self.timeout))
        except OSError as e:
            raise CliError('cannot run %s: %s' % (' '.join(self.command), e))
        out = done.stdout.decode('utf-8', 'replace').splitlines()
        if done.returncode != 0:
            err = [line for line in done.stderr.decode('utf-8', 'replace').splitlines() if line.strip()]
            raise CliError(err[-1] if err else 'jlivepatch %s exited with status %d' % (args[0], done.returncode))
        return out

    def check(self, pid, jar):
        """
        What a load of jar would do in JVM pid, changing nothing: an ordered list of (id, verdict,
        detail), verdict one of enabled, disabled (loaded), fits, refused, unchecked (no agent).
        """
        verdicts = []
        for line in self.run('check', pid, jar):
            head, _, detail = line.partition(': ')
            patch_id, _, verdict = head.partition(' ')
            verdicts.append((patch_id, verdict, detail))
        return verdicts

    def states(self, pid):
        """
        The patches of JVM pid as list shows them: {id: {'state': enabled|disabled, 'forced': bool,
        'transition': text or None}}. Attaches the agent where it does not run yet.
        """
        patches = {}
        for line in self.run('list', pid):
            if not line or line[0].isspace() or line == 'no patches loaded' or line.startswith('grace periods:'):
                continue
            patches.update(parse_list_line(line))
        return patches


def parse_list_line(line):
    """
    One patch line of list, '<id> <enabled|disabled>[ replace][ forced][ (<transition>)][ "<description>"]',
    as {id: {'state', 'replace', 'forced', 'transition'}}; the description is left out.
    """
    patch_id, _, rest = line.partition(' ')
    state, _, rest = rest.partition(' ')
    flags = {'replace': False, 'forced': False}
    for flag in ('replace', 'forced'):
        if rest == flag or rest.startswith(flag + ' '):
            flags[flag] = True
            rest = rest[len(flag) + 1:]
    transition = None
    if rest.startswith('('):
        transition = rest[1:rest.index(')')]
    return {patch_id: {'state': state, 'replace': flags['replace'], 'forced': flags['forced'],
                       'transition': transition}}
