package io.jlivepatch.control;

import io.jlivepatch.core.PatchManager;
import io.jlivepatch.core.PatchStatus;
import io.jlivepatch.log.Log;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.slf4j.Logger;

/**
 * The per-patch MBeans in the platform MBean server, the kernel's {@code /sys/kernel/livepatch}
 * tree: a {@link PatchMXBean} per loaded patch, a {@link PatchObjectMXBean} per target class and
 * a {@link PatchFunctionMXBean} per target method, named
 * <pre>
 * io.jlivepatch:type=Patch,name=&lt;id&gt;
 * io.jlivepatch:type=Patch,name=&lt;id&gt;,object=&lt;class&gt;
 * io.jlivepatch:type=Patch,name=&lt;id&gt;,object=&lt;class&gt;,function=&lt;name(descriptor)&gt;
 * </pre>
 * {@link #sync()} follows the loaded patches after each operation ({@link Operations}). The
 * attributes read what the core publishes, without the patch lock. No JMX connector is opened:
 * the beans are seen by what runs in the JVM and by connectors the application opened itself.
 */
final class PatchBeans {

    private static final Logger LOG = Log.get(PatchBeans.class);

    static final String DOMAIN = "io.jlivepatch";

    private final PatchManager manager;
    private final Operations operations;
    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    /** The names this registry registered; under this object's monitor. */
    private final Map<ObjectName, Object> registered = new HashMap<>();

    PatchBeans(PatchManager manager, Operations operations) {
        this.manager = manager;
        this.operations = operations;
    }

    /** Registers the beans of the patches loaded now and unregisters those of patches that are gone. */
    synchronized void sync() {
        Map<ObjectName, Object> wanted = new LinkedHashMap<>();
        try {
            for (PatchStatus p : manager.list()) {
                wanted.put(patchName(p.id()), new Patch(p.id()));
                for (PatchStatus.Target t : p.targets()) {
                    String className = className(t.method());
                    wanted.putIfAbsent(objectName(p.id(), className), new PatchObject(p.id(), className));
                    wanted.put(functionName(p.id(), className, t.method().substring(className.length() + 1)),
                            new Function(p.id(), t.method()));
                }
            }
        } catch (JMException e) {
            LOG.debug("cannot name a patch's MBeans: {}", e.toString());
            return;
        }
        for (var it = registered.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (!wanted.containsKey(e.getKey())) {
                try {
                    server.unregisterMBean(e.getKey());
                } catch (JMException | RuntimeException ex) {
                    LOG.debug("cannot unregister {}: {}", e.getKey(), ex.toString());
                }
                it.remove();
            }
        }
        for (var e : wanted.entrySet()) {
            if (!registered.containsKey(e.getKey())) {
                try {
                    server.registerMBean(e.getValue(), e.getKey());
                    registered.put(e.getKey(), e.getValue());
                } catch (JMException | RuntimeException ex) {
                    LOG.debug("cannot register {}: {}", e.getKey(), ex.toString());
                }
            }
        }
    }

    static ObjectName patchName(String id) throws JMException {
        return new ObjectName(DOMAIN + ":type=Patch,name=" + value(id));
    }

    static ObjectName objectName(String id, String className) throws JMException {
        return new ObjectName(DOMAIN + ":type=Patch,name=" + value(id) + ",object=" + value(className));
    }

    static ObjectName functionName(String id, String className, String method) throws JMException {
        return new ObjectName(DOMAIN + ":type=Patch,name=" + value(id) + ",object=" + value(className) + ",function="
                + value(method));
    }

    /** Patch ids, class names and descriptors need no quotes; anything else gets them. */
    private static String value(String v) {
        return v.matches("[^,=:\"*?\\n]+") ? v : ObjectName.quote(v);
    }

    /** The class of {@code class.name(descriptor)}. */
    private static String className(String method) {
        return method.substring(0, method.lastIndexOf('.', method.indexOf('(')));
    }

    private PatchStatus status(String id) {
        for (PatchStatus p : manager.list()) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        throw new IllegalStateException("patch '" + id + "' is no longer loaded");
    }

    private boolean anyTarget(String id, Predicate<PatchStatus.Target> which) {
        return status(id).targets().stream().anyMatch(which);
    }

    /** Runs a write as the CLI runs it, audited, and answers a refusal with the CLI's line. */
    private void write(List<String> request, Operations.Operation op) {
        operations.runForJmx(request, op, null);
    }

    private final class Patch implements PatchMXBean {
        private final String id;

        Patch(String id) {
            this.id = id;
        }

        @Override
        public boolean isEnabled() {
            return status(id).enabled();
        }

        @Override
        public void setEnabled(boolean enabled) {
            write(List.of(enabled ? "enable" : "disable", id),
                    () -> (enabled ? manager.enable(id) : manager.disable(id)).await());
        }

        @Override
        public boolean isTransition() {
            return status(id).transition() != null;
        }

        @Override
        public boolean isReplace() {
            return status(id).replace();
        }

        @Override
        public int getStackOrder() {
            List<PatchStatus> all = manager.list();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).id().equals(id)) {
                    return i + 1;
                }
            }
            throw new IllegalStateException("patch '" + id + "' is no longer loaded");
        }

        @Override
        public boolean isForced() {
            return status(id).forced();
        }

        @Override
        public String getReplacedBy() {
            String by = status(id).replacedBy();
            return by == null ? "" : by;
        }

        @Override
        public String getDescription() {
            return status(id).description();
        }

        @Override
        public void force() {
            write(List.of("force", id), () -> {
                manager.force(id);
                return List.of();
            });
        }
    }

    private final class PatchObject implements PatchObjectMXBean {
        private final String id;
        private final String prefix;

        PatchObject(String id, String className) {
            this.id = id;
            this.prefix = className + ".";
        }

        @Override
        public boolean isPatched() {
            return anyTarget(id, t -> t.method().startsWith(prefix) && t.method().indexOf('.', prefix.length()) < 0
                    && t.state().equals("patched"));
        }
    }

    private final class Function implements PatchFunctionMXBean {
        private final String id;
        private final String method;

        Function(String id, String method) {
            this.id = id;
            this.method = method;
        }

        @Override
        public boolean isPatched() {
            return target().state().equals("patched");
        }

        @Override
        public String getState() {
            return target().describe();
        }

        private PatchStatus.Target target() {
            return status(id).targets().stream().filter(t -> t.method().equals(method)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(method + " is no longer a target"));
        }
    }
}
