package io.jlivepatch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.RuntimeMBeanException;

/**
 * The agent of this JVM, as the benchmarks drive it: through its MXBean
 * ({@code io.jlivepatch:type=PatchManager}) on the platform MBean server, the way a JMX console
 * would, so that no benchmark links against agent classes.
 */
final class AgentControl {

    static final String OBJECT_NAME = "io.jlivepatch:type=PatchManager";

    private static final String[] ONE_STRING = {String.class.getName()};

    private final MBeanServer server;
    private final ObjectName name;

    private AgentControl(MBeanServer server, ObjectName name) {
        this.server = server;
        this.name = name;
    }

    /**
     * The agent's control.
     *
     * @throws IllegalStateException when no agent runs in this JVM, naming the command that starts one
     */
    static AgentControl get() {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = new ObjectName(OBJECT_NAME);
            if (!server.isRegistered(name)) {
                throw new IllegalStateException("the jlivepatch agent does not run in this benchmark fork (no MBean "
                        + OBJECT_NAME + "); run the benchmarks through io.jlivepatch.bench.Run, or pass"
                        + " -jvmArgsAppend -javaagent:/absolute/path/to/agent/target/jlivepatch.jar to JMH");
            }
            return new AgentControl(server, name);
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads and enables the patches of {@code jar}; the agent's lines. */
    String[] load(Path jar) {
        return (String[]) invoke("load", jar.toAbsolutePath().toString());
    }

    /** Enables a loaded patch; returns when its transition is complete. */
    void enable(String id) {
        invoke("enable", id);
    }

    /** Disables a patch; returns when its transition is complete. */
    void disable(String id) {
        invoke("disable", id);
    }

    /** Each patch with its state, then its targets indented with theirs. */
    List<String> list() {
        return List.of((String[]) invoke("list"));
    }

    private Object invoke(String operation, String... args) {
        try {
            return server.invoke(name, operation, args, args.length == 0 ? new String[0] : ONE_STRING);
        } catch (RuntimeMBeanException e) {
            // The agent's one-line reason (an IllegalArgumentException) is the cause.
            throw new IllegalStateException("jlivepatch " + operation + " " + String.join(" ", args) + " failed: "
                    + e.getTargetException().getMessage(), e);
        } catch (JMException e) {
            throw new IllegalStateException("jlivepatch " + operation + " " + String.join(" ", args) + " failed: "
                    + e, e);
        }
    }

    /**
     * A patch jar, in a temporary file deleted when the JVM exits, holding the one class
     * {@code patchClass} as compiled: the agent reads patch classes from the jar's bytes.
     */
    static Path patchJarOf(Class<?> patchClass) {
        return jarOf(patchClass.getSimpleName(), patchClass);
    }

    /** A jar of {@code classes} as compiled, in a temporary file deleted when the JVM exits. */
    static Path jarOf(String name, Class<?>... classes) {
        try {
            Path jar = Files.createTempFile("jlivepatch-bench-" + name + "-", ".jar");
            jar.toFile().deleteOnExit();
            // The classes are the benchmark jar's own, packed from the class path: the agent takes
            // such copies only from a jar that says so (it refuses application classes otherwise).
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.getMainAttributes().put(new Attributes.Name("Jlivepatch-Class-Path-Copies"), "true");
            try (OutputStream out = Files.newOutputStream(jar);
                    JarOutputStream target = new JarOutputStream(out, manifest)) {
                for (Class<?> c : classes) {
                    String entry = c.getName().replace('.', '/') + ".class";
                    try (InputStream in = c.getClassLoader().getResourceAsStream(entry)) {
                        if (in == null) {
                            throw new IllegalStateException("class file " + entry + " not found on the class path");
                        }
                        target.putNextEntry(new JarEntry(entry));
                        target.write(in.readAllBytes());
                        target.closeEntry();
                    }
                }
            }
            return jar;
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the jar " + name + ": " + e, e);
        }
    }
}
