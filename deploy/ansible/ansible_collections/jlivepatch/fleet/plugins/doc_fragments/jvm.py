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
    description: Select the JVMs this user runs. Alone, every JVM of the user.
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
  - Selection reads C(/proc) (Linux hosts); all the criteria given must match, and the jlivepatch
    command's own JVMs are never selected.
  - Run it as the JVMs' user (C(become_user)); the Attach API and the agent's control socket admit
    that user only.
'''
