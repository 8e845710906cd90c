package io.jlivepatch.control;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** One control operation, with who asked and how it ended: the audit line as a JFR event. */
@Name("io.jlivepatch.Audit")
@Label("Control Operation")
@Category({"jlivepatch"})
@Description("An operation on patches (load, enable, disable, force, unload), who asked for it and how it ended")
@StackTrace(false)
final class AuditEvent extends jdk.jfr.Event {

    @Label("Operation")
    String operation;

    @Label("Patch")
    @Description("The patch id, or the ids a load loaded, comma-separated; empty when unknown")
    String patch;

    @Label("Jar")
    String jar;

    @Label("Jar SHA-256")
    String jarSha256;

    @Label("Via")
    @Description("socket (the CLI), jmx or argument (an agent argument)")
    String via;

    @Label("User")
    @Description("The peer's user, from SO_PEERCRED (kernel-verified)")
    String user;

    @Label("UID")
    long uid;

    @Label("PID")
    @Description("The pid the client claims; -1 when none")
    long pid;

    @Label("PID Check")
    @Description("uid-matched (/proc/<pid> belongs to the peer's user; the pid is not verified), claimed, or none")
    String pidCheck;

    @Label("Settings")
    @Description("What set or configure asked for, key=value pairs; null for other operations")
    String settings;

    @Label("Result")
    @Description("ok (for --no-wait: the transition started), refused or error")
    String result;

    @Label("Reason")
    String reason;

    @Label("Options")
    @Description("The request's options, comma-separated: force-fingerprint (a load that overrode the guard),"
            + " no-wait (an enable or disable answered when its transition started); null for none")
    String options;
}
