# -*- coding: utf-8 -*-
# jlivepatch: the JVMs a host selects, and the jlivepatch command run against them.
#
# Shared by the jlivepatch and jlivepatch_gate modules. Standard library only: the hosts need
# Python 3 and a JDK, nothing else. Selection reads /proc, never attaches: only the JVMs a
# task selects are ever contacted, and a command line is read the way ps reads it.

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import hashlib
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
# machine may run one at that moment). Known by its main class, whatever its jar is called: the
# class itself, or the Main-Class of the -jar file's manifest (a release jar, JLIVEPATCH_JAR).
_OWN_MAIN_CLASSES = frozenset(['io.jlivepatch.cli.Main'])


class Jvm(object):
    """One JVM of the host: pid, owner, main class or jar, class path entries."""

    def __init__(self, pid, user, main_class, jar, class_path, uid=None, gid=None):
        self.pid = pid
        self.uid = uid
        self.gid = gid
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


def maps_libjvm(line):
    """
    Whether a line of /proc/<pid>/maps maps HotSpot's libjvm.so, also once the file was replaced
    on disk under the running JVM (a JDK package upgraded: the line ends with ' (deleted)').
    """
    path = line.rstrip()
    if path.endswith(b' (deleted)'):
        path = path[:-len(b' (deleted)')]
    return path.endswith(b'/libjvm.so')


def _is_jvm(proc, pid):
    """Whether process pid runs a HotSpot JVM (libjvm.so is mapped, whatever the launcher); None when maps is unreadable."""
    try:
        with open('%s/%d/maps' % (proc, pid), 'rb') as maps:
            for line in maps:
                if maps_libjvm(line):
                    return True
    except (IOError, OSError):
        return None
    return False


def _manifest_main_class(proc, pid, jar):
    """The Main-Class of the manifest of a -jar file, as the process sees the path; None if unreadable."""
    import zipfile
    path = jar if jar.startswith('/') else '%s/%d/cwd/%s' % (proc, pid, jar)
    try:
        with zipfile.ZipFile(path) as z:
            manifest = z.read('META-INF/MANIFEST.MF').decode('utf-8', 'replace')
    except (IOError, OSError, KeyError, zipfile.BadZipfile):
        return None
    for line in manifest.splitlines():
        if line.startswith('Main-Class:'):
            return line.split(':', 1)[1].strip()
    return None


def _process_at(proc, pid):
    """(argv, uid, gid) of process pid, or None when it is gone or unreadable."""
    try:
        with open('%s/%d/cmdline' % (proc, pid), 'rb') as f:
            raw = f.read()
        st = os.stat('%s/%d' % (proc, pid))
    except (IOError, OSError):
        return None
    argv = [a.decode('utf-8', 'replace') for a in raw.split(b'\0') if a]
    return (argv, st.st_uid, st.st_gid) if argv else None


def why_not_selected(pid, user=None, proc='/proc'):
    """
    Why the process pid was not selected when it exists but is another user's, for a failure
    message ('; pid N is a process of user X: ...'), else ''.
    """
    found = _process_at(proc, pid)
    if found is None:
        return '; no process %d runs here' % pid
    uid = found[1]
    try:
        owner = pwd.getpwuid(uid).pw_name
    except KeyError:
        owner = str(uid)
    if (user is None and uid != os.geteuid()) or (user is not None and owner != user):
        return ("; pid %d is a process of user %s: give that user (jlivepatch_user, the module's user) to"
                " patch it" % (pid, owner))
    return ''


def select(pid=None, main_class=None, jar_name=None, user=None, unconfirmed=None, proc='/proc'):
    """
    The JVMs of this host that match every criterion given: a pid, a main class, a jar name
    (the basename of -jar or of a class path entry), an owner. Without an owner, only the JVMs of
    this process's effective uid (as root, root's JVMs): another user's JVMs are that user's to
    patch, and a user other than root could not reach them anyway. Sorted by pid; never the
    jlivepatch command's own JVMs. A process whose command line matches but that cannot be told
    to be a JVM (its maps unreadable: another user's, or not dumpable) is appended to unconfirmed,
    as 'pid N (its main class): why', for the caller to say.
    """
    pids = [pid] if pid is not None else sorted(int(d) for d in os.listdir(proc) if d.isdigit())
    own = os.getpid()
    euid = os.geteuid()
    selected = []
    for p in pids:
        if p == own:
            continue
        found = _process_at(proc, p)
        if found is None:
            continue
        argv, uid, gid = found
        named, jar, class_path = parse_command_line(argv)
        jars = [os.path.basename(e) for e in ([jar] if jar else []) + class_path]
        if main_class is not None and named != main_class:
            continue
        if jar_name is not None and jar_name not in jars:
            continue
        try:
            owner = pwd.getpwuid(uid).pw_name
        except KeyError:
            owner = str(uid)
        if user is not None and owner != user:
            continue
        if user is None and uid != euid:
            continue
        is_jvm = _is_jvm(proc, p)
        if not is_jvm:
            if is_jvm is None and unconfirmed is not None and (main_class or jar_name or pid is not None
                                                               or os.path.basename(argv[0]) == 'java'):
                unconfirmed.append('pid %d (%s): its /proc/%d/maps cannot be read, so it is not known to be a JVM'
                                   % (p, named or jar or argv[0], p))
            continue
        if named in _OWN_MAIN_CLASSES or (jar and _manifest_main_class(proc, p, jar) in _OWN_MAIN_CLASSES):
            continue
        selected.append(Jvm(p, owner, named, jar, class_path, uid, gid))
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

    def for_jvm(self, jvm):
        """
        The command as the owner of jvm: as root, a JVM of another user is reached as that user
        (setpriv), since the Attach API and the agent's socket admit their own uid only.
        """
        if os.geteuid() != 0 or not jvm.uid:
            return self
        try:
            groups = ['--regid=%d' % pwd.getpwuid(jvm.uid).pw_gid, '--init-groups']
        except KeyError:
            groups = ['--regid=%d' % jvm.gid, '--clear-groups']
        owner = Cli.__new__(Cli)
        owner.timeout = self.timeout
        owner.command = ['setpriv', '--reuid=%d' % jvm.uid] + groups + ['--'] + self.command
        return owner

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

    def check(self, pid, jar, attach=True):
        """
        What a load of jar would do in JVM pid, changing nothing: an ordered list of parse_check_line.
        attach=False: where no agent's socket is at its default path, unchecked rather than an attach
        to look further (check --no-attach; a command older than it is asked without).
        """
        if not attach:
            try:
                return [parse_check_line(line) for line in self.run('check', pid, jar, '--no-attach')]
            except CliError as e:
                if 'takes 1 argument' not in str(e):
                    raise
        return [parse_check_line(line) for line in self.run('check', pid, jar)]

    def states(self, pid):
        """
        The patches of JVM pid as list shows them: {id: {'state': enabled|disabled, 'forced': bool,
        'transition': text or None, 'replaced_by': id or None, 'targets': [(method, state)]}}, a
        target's state as list says it (patched, disabled, pending, 'failed: why'). Attaches the
        agent where it does not run yet.
        """
        patches = {}
        last = None
        for line in self.run('list', pid):
            if not line or line == 'no patches loaded' or line.startswith('grace periods:'):
                continue
            if line[0].isspace():
                if last is not None:
                    method, _, state = line.strip().partition(' ')
                    last['targets'].append((method, state))
                continue
            parsed = parse_list_line(line)
            last = next(iter(parsed.values()))
            last['targets'] = []
            patches.update(parsed)
        return patches


# How check's 'unchecked' detail begins where no agent answers (the CLI's Main.unchecked): none
# runs in the JVM (the attach read where its socket would be), or, with --no-attach, none is
# at the default socket path, which says nothing of a JVM with a java.io.tmpdir of its own.
NO_AGENT = 'the agent does not run'
NO_AGENT_SEEN = "no agent's socket"


def agent_absence(verdict, detail):
    """
    For one line of check (parse_check_line's verdict and detail): NO_AGENT or NO_AGENT_SEEN when
    no agent answered, else None.
    """
    if verdict == 'unchecked':
        for reason in (NO_AGENT, NO_AGENT_SEEN):
            if detail.startswith(reason):
                return reason
    return None


def parse_check_line(line):
    """
    One line of check as (id, verdict, origin, detail): verdict one of enabled, disabled (loaded),
    fits, refused, unchecked (no agent, or one older than check); origin the hex sha256 of the jar a
    loaded patch came from (None where the agent does not say: an agent older than this release);
    detail the text after ': ', or ''; for a patch loaded from another jar, what this jar would do
    once that one is unloaded, 'this jar: fits' or 'this jar: refused: <why>' (an agent older than
    this release does not say: '').
    """
    head, _, detail = line.partition(': ')
    patch_id, _, verdict = head.partition(' ')
    if verdict in ('enabled', 'disabled') and detail.startswith('from sha256:'):
        origin, _, this_jar = detail[len('from sha256:'):].partition('; ')
        return patch_id, verdict, origin, this_jar
    return patch_id, verdict, None, detail


def parse_not_watching(lines):
    """not-watching's lines, '<method> <count> <policy>', as {method: count}."""
    counts = {}
    for line in lines:
        words = line.split()
        if len(words) >= 2 and words[1].isdigit():
            counts[words[0]] = int(words[1])
    return counts


def parse_list_line(line):
    """
    One patch line of list, '<id> <enabled|disabled>[ replace][ forced][ replaced by '<cum>'[, since
    unloaded]][ (<transition>)][ "<description>"]', as {id: {'state', 'replace', 'forced',
    'transition', 'replaced_by', 'replacer_gone'}}: replaced_by the cumulative patch's id, or None
    (an agent older than this release never says it), replacer_gone whether that one has been
    unloaded since; the description is left out.
    """
    patch_id, _, rest = line.partition(' ')
    state, _, rest = rest.partition(' ')
    flags = {'replace': False, 'forced': False}
    for flag in ('replace', 'forced'):
        if rest == flag or rest.startswith(flag + ' '):
            flags[flag] = True
            rest = rest[len(flag) + 1:]
    replaced_by = None
    replacer_gone = False
    if rest.startswith("replaced by '"):
        replaced_by, _, rest = rest[len("replaced by '"):].partition("'")
        replacer_gone = rest.startswith(', since unloaded')
        rest = rest[len(', since unloaded'):] if replacer_gone else rest
        rest = rest.lstrip(' ')
    transition = None
    if rest.startswith('('):
        transition = rest[1:rest.index(')')]
    return {patch_id: {'state': state, 'replace': flags['replace'], 'forced': flags['forced'],
                       'transition': transition, 'replaced_by': replaced_by, 'replacer_gone': replacer_gone}}


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, 'rb') as f:
        for block in iter(lambda: f.read(1 << 16), b''):
            digest.update(block)
    return digest.hexdigest()
