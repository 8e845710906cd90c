package io.jlivepatch.agent;

import io.jlivepatch.control.ControlSocket;
import io.jlivepatch.control.Operations;
import io.jlivepatch.control.Peer;
import io.jlivepatch.control.PatchManagerControl;
import io.jlivepatch.control.Settings;
import io.jlivepatch.bootstrap.NotWatchingPolicy;
import io.jlivepatch.bootstrap.Trampolines;
import io.jlivepatch.core.PatchManager;
import io.jlivepatch.epoch.Barrier;
import io.jlivepatch.epoch.EpochDomain;
import io.jlivepatch.log.Log;
import io.jlivepatch.patch.PatchException;
import io.jlivepatch.patch.SignedJars;
import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;

/** The agent once its bootstrap part is in place: the one {@link PatchManager} of this JVM. */
final class AgentRuntime {

    /** How often a stalled grace period reports the threads that hold it. */
    private static final Duration STALL_INTERVAL = Duration.ofSeconds(10);

    private static PatchManager manager;
    private static Operations operations;
    /** Whether a start set {@code require-signed}; only the first that does chooses the keystore. */
    private static boolean signed;

    private AgentRuntime() {
    }

    /** Called with the {@link Agent} class's lock held, so once at a time. */
    static void start(String args, Instrumentation inst) throws Exception {
        AgentArgs parsed = AgentArgs.parse(args);
        if (parsed.logLevel() != null) {
            Log.setLevel(parsed.logLevel());
        }
        Logger log = Log.get(AgentRuntime.class);
        for (String problem : parsed.problems()) {
            log.warn("{}; ignored", problem);
        }
        if (manager == null) {
            Barrier barrier = Barrier.defaultFor(Runtime.version().feature());
            if (parsed.barrier() != null) {
                Barrier forced = Barrier.valueOf(parsed.barrier().toUpperCase(Locale.ROOT));
                if (forced.available()) {
                    barrier = forced;
                } else {
                    log.warn("barrier=membarrier needs JDK 22+ on Linux with --enable-native-access=ALL-UNNAMED;"
                            + " using {}", barrier.name().toLowerCase(Locale.ROOT));
                }
            }
            PatchManager m = new PatchManager(inst, new EpochDomain(barrier, STALL_INTERVAL,
                    Duration.ofSeconds(parsed.gracePeriodTimeout())),
                    Duration.ofSeconds(parsed.transitionTimeout()), Duration.ofSeconds(parsed.stallReport()));
            m.setNotWatchingDefault(NotWatchingPolicy.of(parsed.notWatching()));
            m.start();
            // Before anything a client can reach (the MBeans, the control socket) exists: a load in
            // between would not be checked.
            if (parsed.requireSigned() != null) {
                requireSigned(m, parsed, log);
            }
            Operations ops = Operations.start(m, parsed.audit() == null ? null : Path.of(parsed.audit()),
                    parsed.auditMaxBytes());
            PatchManagerControl.register(m, ops);
            operations = ops;
            try {
                ControlSocket.start(m, ops, new RuntimeSettings(m, parsed));
            } catch (IOException | RuntimeException e) {
                log.warn("no control socket, so the jlivepatch command cannot reach this JVM: {}", e.toString());
            }
            manager = m;
            log.info("agent {} started on Java {} (trampoline support on the {} class path, {} barrier)",
                    version(), Runtime.version(), Trampolines.class.getClassLoader() == null ? "bootstrap" : "system",
                    m.barrier());
        } else if (parsed.requireSigned() != null) {
            requireSigned(manager, parsed, log);
        }
        for (String jar : parsed.patches()) {
            try {
                // Nobody waits for an answer here: a refusal is said on the host's stderr.
                Operations.LoadResult loaded = new Operations.LoadResult();
                operations.run(Peer.agentArgument(), List.of("load", jar), () -> List.of(loaded.of(
                        manager.load(Path.of(jar))).toString()), loaded);
            } catch (PatchException e) {
                log.error(e.getMessage());
            }
        }
    }

    /**
     * Turns {@code require-signed} on, before any patch of these arguments loads and, at the first
     * start, before the control socket and the MBeans take requests. A keystore that
     * cannot be read refuses every load rather than waive the requirement; the agent says so now.
     */
    private static void requireSigned(PatchManager manager, AgentArgs parsed, Logger log) {
        if (signed) {
            log.warn("agent argument 'require-signed' is set already; ignored");
            return;
        }
        SignedJars signatures = SignedJars.of(parsed.requireSigned(), parsed.requireSignedPasswordFile(),
                parsed.requireSignedTsa());
        manager.requireSigned(signatures);
        signed = true;
        try {
            signatures.checkKeystore();
            log.info("patch jars must be signed by a key of {}", signatures.describe());
            if (signatures.describeAuthorities() != null) {
                log.info("a jar's timestamp counts when a time-stamping authority of {} made it",
                        signatures.describeAuthorities());
            }
        } catch (PatchException e) {
            log.warn(e.getMessage());
        }
    }

    /**
     * The settings as {@code jlivepatch set}, a later {@code attach} and {@code settings} see them:
     * the runtime keys read from and written to the live objects, the others as the first start
     * chose them.
     */
    private static final class RuntimeSettings implements Settings {

        /** The keys fixed by the agent's first start, in the order {@code settings} lists them. */
        private static final List<String> FIXED_KEYS = List.of("barrier", "bootstrap", "grace-period-timeout", "audit",
                "audit-max-bytes", "require-signed", "require-signed-password-file", "require-signed-tsa");

        private final PatchManager manager;
        private final AgentArgs start;

        RuntimeSettings(PatchManager manager, AgentArgs start) {
            this.manager = manager;
            this.start = start;
        }

        @Override
        public List<String> current() {
            List<String> lines = new ArrayList<>();
            for (String key : AgentArgs.RUNTIME_KEYS) {
                lines.add(key + "=" + value(key));
            }
            for (String key : FIXED_KEYS) {
                lines.add(key + "=" + value(key) + " (fixed at start)");
            }
            return lines;
        }

        private String value(String key) {
            return switch (key) {
                case "log" -> Log.level();
                case "transition-timeout" -> Long.toString(manager.transitionTimeout().toSeconds());
                case "stall-report" -> Long.toString(manager.stallReport().toSeconds());
                case "not-watching" -> manager.notWatchingDefault().name().toLowerCase(Locale.ROOT);
                case "barrier" -> manager.barrier();
                case "bootstrap" -> Trampolines.class.getClassLoader() == null ? "boot" : "system";
                // The others are as the first start chose them.
                default -> valueIn(start, key);
            };
        }

        /** Checks every pair before it changes anything, so that a refused request changes nothing. */
        @Override
        public synchronized List<String> apply(String pairs, boolean strict) {
            AgentArgs given = AgentArgs.parse(pairs);
            if (!given.problems().isEmpty()) {
                throw new IllegalArgumentException(given.problems().get(0));
            }
            List<String> keys = AgentArgs.keysOf(pairs);
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("no key=value to set");
            }
            for (String key : keys) {
                String refused = AgentArgs.notSettable(key);
                if (key.equals(AgentArgs.PATCH)) {
                    throw new IllegalArgumentException(refused);
                }
                if (refused != null && (strict || !valueIn(given, key).equals(value(key)))) {
                    throw new IllegalArgumentException(refused + " (it is " + key + "=" + value(key) + ")");
                }
            }
            List<String> changed = new ArrayList<>();
            for (String key : keys) {
                if (!AgentArgs.RUNTIME_KEYS.contains(key)) {
                    continue;
                }
                String before = value(key);
                switch (key) {
                    case "log" -> Log.setLevel(given.logLevel());
                    case "transition-timeout" -> manager.setTransitionTimeout(Duration.ofSeconds(given.transitionTimeout()));
                    case "stall-report" -> manager.setStallReport(Duration.ofSeconds(given.stallReport()));
                    default -> manager.setNotWatchingDefault(NotWatchingPolicy.of(given.notWatching()));
                }
                String after = value(key);
                changed.add(key + "=" + after + (after.equals(before) ? " (unchanged)" : " (was " + before + ")"));
            }
            return changed;
        }

        /** The value {@code args} gives a key fixed at start, in the words {@link #value} uses. */
        private static String valueIn(AgentArgs args, String key) {
            return switch (key) {
                case "barrier" -> String.valueOf(args.barrier());
                case "bootstrap" -> args.bootOnBootstrapPath() ? "boot" : "system";
                case "audit" -> String.valueOf(args.audit());
                case "audit-max-bytes" -> Long.toString(args.auditMaxBytes());
                case "require-signed" -> String.valueOf(args.requireSigned());
                case "require-signed-password-file" -> String.valueOf(args.requireSignedPasswordFile());
                case "require-signed-tsa" -> String.valueOf(args.requireSignedTsa());
                case "grace-period-timeout" -> Long.toString(args.gracePeriodTimeout());
                default -> throw new IllegalArgumentException("unknown agent argument '" + key + "'");
            };
        }
    }

    private static String version() {
        String v = AgentRuntime.class.getPackage().getImplementationVersion();
        return v == null ? "(development)" : v;
    }
}
