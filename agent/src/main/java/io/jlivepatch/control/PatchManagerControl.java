package io.jlivepatch.control;

import io.jlivepatch.core.PatchManager;
import java.lang.management.ManagementFactory;
import java.util.List;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/** The MXBean over the {@link PatchManager}. */
public final class PatchManagerControl implements PatchManagerMXBean {

    /** The MXBean's name. */
    public static final String OBJECT_NAME = "io.jlivepatch:type=PatchManager";

    private final PatchManager manager;
    private final Operations operations;

    private PatchManagerControl(PatchManager manager, Operations operations) {
        this.manager = manager;
        this.operations = operations;
    }

    /** Registers the MXBean with the platform MBean server; its operations go through {@code operations}. */
    public static void register(PatchManager manager, Operations operations) throws JMException {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName name = new ObjectName(OBJECT_NAME);
        if (!server.isRegistered(name)) {
            server.registerMBean(new PatchManagerControl(manager, operations), name);
        }
    }

    @Override
    public String[] load(String given) {
        String jarPath = given == null ? "" : given;
        Operations.LoadResult loaded = new Operations.LoadResult();
        return call(List.of("load", jarPath),
                () -> Listing.loaded(loaded.of(manager.load(ControlProtocol.jarPath(jarPath)))), loaded)
                .toArray(String[]::new);
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
    public void enable(String given) {
        String id = given == null ? "" : given;
        call(List.of("enable", id), () -> manager.enable(id).await(), null);
    }

    @Override
    public void disable(String given) {
        String id = given == null ? "" : given;
        call(List.of("disable", id), () -> manager.disable(id).await(), null);
    }

    @Override
    public void force(String given) {
        String id = given == null ? "" : given;
        call(List.of("force", id), () -> {
            manager.force(id);
            return List.of();
        }, null);
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
    public void unload(String given) {
        String id = given == null ? "" : given;
        call(List.of("unload", id), () -> {
            manager.unload(id);
            return List.of();
        }, null);
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

    // A JMX client may pass null: taken as "", which each operation refuses in its one line, and
    // audited as any refused request (found by review: a bare NullPointerException, before the
    // audit).
    private List<String> call(List<String> request, Operations.Operation op, Operations.LoadResult loaded) {
        return operations.runForJmx(request, op, loaded);
    }
}
