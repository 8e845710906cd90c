package io.jlivepatch.control;

import io.jlivepatch.core.PatchManager;
import io.jlivepatch.log.Log;
import io.jlivepatch.patch.PatchException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.slf4j.Logger;

/** The MXBean over the {@link PatchManager}. */
public final class PatchManagerControl implements PatchManagerMXBean {

    /** The MXBean's name. */
    public static final String OBJECT_NAME = "io.jlivepatch:type=PatchManager";

    private static final Logger LOG = Log.get(PatchManagerControl.class);

    private final PatchManager manager;

    private PatchManagerControl(PatchManager manager) {
        this.manager = manager;
    }

    /** Registers the MXBean with the platform MBean server. */
    public static void register(PatchManager manager) throws JMException {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName name = new ObjectName(OBJECT_NAME);
        if (!server.isRegistered(name)) {
            server.registerMBean(new PatchManagerControl(manager), name);
        }
    }

    @Override
    public String[] load(String jarPath) {
        return call(() -> Listing.loaded(manager.load(Path.of(jarPath)))).toArray(String[]::new);
    }

    @Override
    public String[] list() {
        return Listing.patches(manager.list()).toArray(String[]::new);
    }

    @Override
    public String[] getStacks() {
        return Listing.stacks(manager.stacks()).toArray(String[]::new);
    }

    @Override
    public void enable(String id) {
        call(() -> manager.enable(id).await());
    }

    @Override
    public void disable(String id) {
        call(() -> manager.disable(id).await());
    }

    @Override
    public void force(String id) {
        call(() -> {
            manager.force(id);
            return List.of();
        });
    }

    @Override
    public String[] getThreads() {
        List<String> lines = Listing.threads(manager.threads());
        return lines.subList(1, lines.size()).toArray(String[]::new);
    }

    @Override
    public String[] getNotWatching() {
        return manager.notWatching().toArray(String[]::new);
    }

    @Override
    public String getTransition() {
        return Listing.threads(manager.threads()).get(0);
    }

    @Override
    public void unload(String id) {
        call(() -> {
            manager.unload(id);
            return List.of();
        });
    }

    @Override
    public String getVersion() {
        String v = PatchManagerControl.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    @Override
    public String getBarrier() {
        return manager.barrier();
    }

    private interface Operation {
        List<String> run() throws PatchException;
    }

    /**
     * Runs an operation and turns its failure into an exception that any JMX client can read:
     * a JDK type, one line, no cause that the client would have to deserialize.
     */
    private static List<String> call(Operation op) {
        try {
            return op.run();
        } catch (PatchException e) {
            LOG.warn("refused: {}", e.getMessage());
            throw new IllegalArgumentException(e.getMessage());
        } catch (RuntimeException | Error e) {
            LOG.error("internal error", e);
            throw new IllegalStateException("internal error in the agent: " + e);
        }
    }
}
