package io.jlivepatch.agent;

import io.jlivepatch.control.ControlSocket;
import io.jlivepatch.control.PatchManagerControl;
import io.jlivepatch.bootstrap.NotWatchingPolicy;
import io.jlivepatch.bootstrap.Trampolines;
import io.jlivepatch.core.PatchManager;
import io.jlivepatch.epoch.Barrier;
import io.jlivepatch.epoch.EpochDomain;
import io.jlivepatch.log.Log;
import io.jlivepatch.patch.PatchException;
import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;

/** The agent once its bootstrap part is in place: the one {@link PatchManager} of this JVM. */
final class AgentRuntime {

    /** How often a stalled grace period reports the threads that hold it. */
    private static final Duration STALL_INTERVAL = Duration.ofSeconds(10);

    private static PatchManager manager;

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
            log.warn(problem);
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
            PatchManagerControl.register(m);
            try {
                ControlSocket.start(m);
            } catch (IOException | RuntimeException e) {
                log.warn("no control socket, so the jlivepatch command cannot reach this JVM: {}", e.toString());
            }
            manager = m;
            log.info("agent {} started on Java {} (trampoline support on the {} class path, {} barrier)",
                    version(), Runtime.version(), Trampolines.class.getClassLoader() == null ? "bootstrap" : "system",
                    m.barrier());
        }
        for (String jar : parsed.patches()) {
            try {
                manager.load(Path.of(jar));
            } catch (PatchException e) {
                log.error(e.getMessage());
            }
        }
    }

    private static String version() {
        String v = AgentRuntime.class.getPackage().getImplementationVersion();
        return v == null ? "(development)" : v;
    }
}
