package io.jlivepatch.control;

import io.jlivepatch.core.PatchManager;
import io.jlivepatch.log.Log;
import io.jlivepatch.patch.PatchException;
import io.jlivepatch.patch.PatchJar;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;

/**
 * The door every operation on patches passes, from the CLI, JMX or an agent argument: it runs the
 * operation, records one audit line and one {@link AuditEvent} for it, and brings the per-patch
 * MBeans ({@link PatchBeans}) up to date. Reads ({@code list}, {@code threads}, {@code stacks},
 * {@code settings}, {@code requests}, {@code check}, {@code not-watching})
 * change nothing and are not audited.
 *
 * <p>A refusal goes to the caller alone: nothing of it reaches the host's standard error (the
 * host's operators see the lifecycle lines, its log scanners no user's typo). An internal error
 * of the agent is a bug, and is logged with its stack as well.
 *
 * <p>Audit line, one per operation, fields in this order, {@code -} for what is unknown:
 * <pre>
 * 2026-12-05T23:41:07.412Z op=load patch=fix-1 sha256=3a6b… via=socket user=alice uid=1000 pid=4242 pid-check=uid-matched result=ok jar="/srv/fix-1.jar"
 * 2026-12-05T23:41:09.007Z op=enable patch=nope sha256=- via=socket user=alice uid=1000 pid=4250 pid-check=uid-matched result=refused reason="no patch 'nope' is loaded"
 * 2026-12-05T23:41:12.530Z op=set patch=- sha256=- via=socket user=alice uid=1000 pid=4251 pid-check=uid-matched result=ok settings="log=debug"
 * 2026-12-05T23:41:15.002Z op=load patch=fix-2 sha256=9c1d… via=socket user=alice uid=1000 pid=4260 pid-check=uid-matched result=ok jar="/srv/fix-2.jar" options=force-fingerprint
 * </pre>
 * {@code settings} (for {@code set} and {@code configure}), {@code reason} and {@code jar} are quoted, with {@code \} and {@code "} escaped by {@code \}
 * and control characters written out ({@code \n}, {@code \r}, {@code \t}, {@code \xHH}); {@code options}, last and only
 * when the request had any, names them: {@code force-fingerprint}, {@code no-wait}.
 */
public final class Operations {

    private static final Logger LOG = Log.get(Operations.class);

    private final AuditLog log;
    /** Set once, before this object is handed to the control plane's threads. */
    private PatchBeans beans;

    /** Operations audited to {@code auditFile} ({@code null}: JFR events only), without MBeans. */
    Operations(Path auditFile) {
        this(auditFile, AuditLog.DEFAULT_MAX_BYTES);
    }

    /** Operations audited to {@code auditFile}, bounded to {@code auditMaxBytes} ({@link AuditLog}). */
    Operations(Path auditFile, long auditMaxBytes) {
        this.log = auditFile == null ? null : new AuditLog(auditFile, auditMaxBytes);
        try {
            // Registers the event with JFR here, on the thread that starts the agent, rather than
            // at the first operation.
            Class.forName(AuditEvent.class.getName(), true, Operations.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.debug("cannot prepare the audit event: {}", e.toString());
        }
    }

    /**
     * The operations on {@code manager}, audited to {@code auditFile} ({@code null}: JFR events
     * only, else bounded to {@code auditMaxBytes}), with the per-patch MBeans registered for the
     * patches loaded now.
     */
    public static Operations start(PatchManager manager, Path auditFile, long auditMaxBytes) {
        Operations ops = new Operations(auditFile, auditMaxBytes);
        ops.beans = new PatchBeans(manager, ops);
        ops.beans.sync();
        return ops;
    }

    /** An operation on patches; its output lines. */
    public interface Operation {
        List<String> run() throws PatchException;
    }

    /**
     * Runs {@code op}, the request {@code request} (command, then arguments) of {@code peer},
     * and audits it.
     *
     * @param loaded what a successful load loaded and the jar's digest, read after {@code op}
     *     ran; {@code null} for other commands
     */
    public List<String> run(Peer peer, List<String> request, Operation op, LoadResult loaded)
            throws PatchException {
        String command = request.isEmpty() ? "" : request.get(0);
        if (ControlProtocol.READS.contains(command)) {
            return op.run();
        }
        String result = "ok";
        String reason = null;
        try {
            return op.run();
        } catch (PatchException | IllegalArgumentException e) {
            result = "refused";
            reason = e.getMessage();
            LOG.debug("refused '{}': {}", String.join(" ", request), reason);
            throw e;
        } catch (RuntimeException | Error e) {
            result = "error";
            reason = e.toString();
            throw e;
        } finally {
            record(peer, request, loaded, result, reason);
            if (beans != null) {
                beans.sync();
            }
        }
    }

    /**
     * {@link #run} for a JMX client, whose failure must be an exception any client can read: a
     * JDK type, one line, no cause it would have to deserialize. A refusal is an
     * {@link IllegalArgumentException} with the CLI's line.
     */
    List<String> runForJmx(List<String> request, Operation op, LoadResult loaded) {
        try {
            return run(Peer.jmx(), request, op, loaded);
        } catch (PatchException e) {
            throw new IllegalArgumentException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            LOG.error("internal error", e);
            throw new IllegalStateException("internal error in the agent: " + e);
        }
    }

    /** Filled in by a load that succeeded: the ids it loaded and the jar's SHA-256. */
    public static final class LoadResult {
        String ids;
        String sha256;

        /** Records what {@code loaded} says, and answers it. */
        public List<PatchManager.Loaded> of(List<PatchManager.Loaded> loaded) {
            ids = String.join(",", loaded.stream().map(PatchManager.Loaded::id).toList());
            sha256 = loaded.isEmpty() ? null : loaded.get(0).jarSha256();
            return loaded;
        }
    }

    /**
     * Audits a change the control socket refused before it ran (its caps were full), without
     * reading the jar of a load for its digest: that read may wait seconds for a jar read slot,
     * and a refusal must stay as cheap as it was (found by review).
     */
    void refusedUnrun(Peer peer, List<String> request, String reason) {
        record(peer, request, null, "refused", reason, false);
    }

    private void record(Peer peer, List<String> request, LoadResult load, String result, String reason) {
        record(peer, request, load, result, reason, true);
    }

    private void record(Peer peer, List<String> request, LoadResult load, String result, String reason,
            boolean digest) {
        String command = request.isEmpty() ? "" : request.get(0);
        List<String> all = request.subList(Math.min(1, request.size()), request.size());
        // Options come with the socket's requests only, where an argument that begins with "--" is
        // one (the socket takes it so, and refuses one it does not know): a JMX client's jar or id
        // may begin with "--" (found by review: a JMX load of a jar so named was audited as forced,
        // without its jar).
        boolean hasOptions = "socket".equals(peer.via());
        List<String> args = all.stream().filter(a -> !(hasOptions && a.startsWith("--"))).toList();
        // A load that overrode the guard, an enable that did not wait: said (found by review: both
        // were audited as the plain operation).
        String optionsSaid = !hasOptions ? "" : String.join(",", all.stream().filter(a -> a.startsWith("--"))
                .map(a -> a.substring(2)).toList());
        boolean isLoad = command.equals("load");
        String jar = isLoad && !args.isEmpty() ? args.get(0) : null;
        boolean isSettings = command.equals("set") || command.equals("configure");
        String settings = isSettings && !args.isEmpty() ? args.get(0) : null;
        String patch = isLoad ? (load != null && load.ids != null ? load.ids : null)
                : isSettings || args.isEmpty() ? null : args.get(0);
        String sha256 = !isLoad ? null : load != null && load.sha256 != null ? load.sha256 : digest ? sha256Of(jar) : null;
        try {
            AuditEvent event = new AuditEvent();
            if (event.shouldCommit()) {
                event.operation = command;
                event.patch = patch;
                event.settings = settings;
                event.jar = jar;
                event.jarSha256 = sha256;
                event.via = peer.via();
                event.user = peer.user();
                event.uid = peer.uid();
                event.pid = peer.pid();
                event.pidCheck = peer.pidCheck().label();
                event.result = result;
                event.reason = reason;
                event.options = optionsSaid.isEmpty() ? null : optionsSaid;
                event.commit();
            }
        } catch (LinkageError e) {
            LOG.debug("no audit event: {}", e.toString());
        }
        if (log != null) {
            log.append(line(Instant.now(), command, patch, sha256, peer, result, settings, reason, jar, optionsSaid));
        }
    }

    /** The audit line; see the class comment. */
    static String line(Instant when, String command, String patch, String sha256, Peer peer, String result,
            String settings, String reason, String jar) {
        return line(when, command, patch, sha256, peer, result, settings, reason, jar, "");
    }

    /** The audit line, with the request's options ({@code force-fingerprint}, {@code no-wait}) when it had any. */
    static String line(Instant when, String command, String patch, String sha256, Peer peer, String result,
            String settings, String reason, String jar, String options) {
        StringBuilder b = new StringBuilder(when.toString())
                .append(" op=").append(token(command))
                .append(" patch=").append(token(patch))
                .append(" sha256=").append(token(sha256))
                .append(" via=").append(peer.via())
                .append(" user=").append(token(peer.user()))
                .append(" uid=").append(peer.uid() < 0 ? "-" : Long.toString(peer.uid()))
                .append(" pid=").append(peer.pid() < 0 ? "-" : Long.toString(peer.pid()))
                .append(" pid-check=").append(peer.pidCheck().label())
                .append(" result=").append(result);
        if (settings != null) {
            b.append(" settings=").append(quote(settings));
        }
        if (reason != null) {
            b.append(" reason=").append(quote(reason));
        }
        if (jar != null) {
            b.append(" jar=").append(quote(jar));
        }
        if (!options.isEmpty()) {
            b.append(" options=").append(token(options));
        }
        return b.toString();
    }

    /**
     * A value without spaces, quotes, {@code =}, control or format characters (bidirectional
     * overrides) or line separators as it is, each of those made {@code ?} (found by review: an
     * escape sequence in an id reached the file).
     */
    private static String token(String value) {
        if (value == null || value.isEmpty()) {
            return "-";
        }
        return value.replaceAll("[\\s\"\\\\=\\p{Cc}\\p{Cf}\\u2028\\u2029]", "?");
    }

    private static String quote(String value) {
        return '"' + Log.printable(value.replace("\\", "\\\\").replace("\"", "\\\"")) + '"';
    }

    /** The digest of a jar a load refused, as it is now; {@code null} when it cannot be read. */
    private static String sha256Of(String jar) {
        if (jar == null) {
            return null;
        }
        try {
            return PatchJar.sha256(Path.of(jar));
        } catch (PatchException | RuntimeException e) {
            return null;
        }
    }
}
