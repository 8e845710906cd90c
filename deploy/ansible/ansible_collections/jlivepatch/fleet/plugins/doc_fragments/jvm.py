# -*- coding: utf-8 -*-
# The options the jlivepatch modules share: which JVMs of a host, and the command that reaches them.

from __future__ import absolute_import, division, print_function

__metaclass__ = type


class ModuleDocFragment(object):

    DOCUMENTATION = r'''
options:
  pid:
    description: Select the JVM of this process id.
    type: int
  main_class:
    description: Select the JVMs whose main class is this (C(-m module/class) counts as the class).
    type: str
  jar_name:
    description: Select the JVMs run as C(-jar NAME) or with NAME on their class path (file name only).
    type: str
  user:
    description:
      - Select the JVMs this user runs. Alone, every JVM of the user.
      - Without it, only the JVMs of the module's effective uid are selected (as root, root's own
        JVMs, not every user's). As root with C(user) set, the command runs as that user
        (C(setpriv)), whom the Attach API and the agent's socket admit.
    type: str
  cli:
    description: The jlivepatch command on the host, the agent jar (run with C(java) C(-jar)) or the
      launcher C(bin/jlivepatch).
    type: path
    default: /opt/jlivepatch/jlivepatch.jar
  java:
    description: The java that runs C(cli) when it is a jar.
    type: str
    default: java
notes:
  - Selection reads C(/proc) (Linux hosts); all the criteria given must match. A process is a JVM
    when it maps C(libjvm.so), also when that file was replaced on disk since it started (a JDK
    upgraded under it). A process whose command line matches but whose C(maps) cannot be read (a
    non-dumpable C(java) with file capabilities) is not selected, with a warning, and named in a
    C(min_jvms) failure.
  - The jlivepatch command's own JVMs are never selected, known by their main class
    C(io.jlivepatch.cli.Main) (given, or the C(Main-Class) of their C(-jar) file), whatever the
    jar is named.
  - Run it as the JVMs' user (C(become_user)), or as root with C(user); the Attach API and the
    agent's control socket admit that user only.
'''
