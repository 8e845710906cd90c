package io.jlivepatch.it.trace;

import io.jlivepatch.it.support.ItEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.objectweb.asm.ClassReader;

/**
 * The test's side of the {@link MachineryTracer}: builds its two jars at test time (the agent,
 * with ASM inside, and the recorder for the bootstrap class path, which the agent's manifest
 * names), and reads its report.
 */
public final class MachineryTrace {

    private static final List<Class<?>> AGENT_CLASSES =
            List.of(MachineryTracer.class, TraceTransformer.class, MachineryPath.class);
    private static final String BOOT_JAR = "machinery-tracer-boot.jar";

    private MachineryTrace() {
    }

    /**
     * Builds the tracer's jars into {@code dir}; answers the JVM option that starts it, writing
     * its report to {@code report}. Goes after the jlivepatch agent's {@code -javaagent}.
     */
    public static String javaAgentOption(Path dir, Path report) {
        Path boot = dir.resolve(BOOT_JAR);
        Path agent = dir.resolve("machinery-tracer.jar");
        Manifest bootManifest = manifest();
        write(boot, bootManifest, classEntries(List.of(Recorder.class)));
        Manifest agentManifest = manifest();
        Attributes a = agentManifest.getMainAttributes();
        a.put(new Attributes.Name("Premain-Class"), MachineryTracer.class.getName());
        a.put(new Attributes.Name("Can-Retransform-Classes"), "true");
        // Relative to the agent jar: the recorder must be one class for the whole JVM.
        a.put(new Attributes.Name("Boot-Class-Path"), BOOT_JAR);
        Map<String, byte[]> entries = classEntries(AGENT_CLASSES);
        entries.putAll(asmEntries());
        write(agent, agentManifest, entries);
        return "-javaagent:" + agent + "=report=" + report;
    }

    /** What a report says. */
    public record Report(Map<MachineryPath, Long> entries, Map<String, Set<MachineryPath>> classes,
            Map<String, List<String>> stacks, Map<String, MachineryPath> loaded, Map<String, String> skipped,
            List<String> probed, List<String> trampolined, int instrumented, int retransformed,
            long retransformMillis, boolean untracked) {

        public static Report read(Path file) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file);
            } catch (IOException e) {
                throw new UncheckedIOException("no report of the machinery tracer at " + file
                        + " (did the traced JVM exit normally?)", e);
            }
            Map<MachineryPath, Long> entries = new EnumMap<>(MachineryPath.class);
            Map<String, Set<MachineryPath>> classes = new TreeMap<>();
            Map<String, List<String>> stacks = new TreeMap<>();
            Map<String, MachineryPath> loaded = new TreeMap<>();
            Map<String, String> skipped = new TreeMap<>();
            List<String> probed = new ArrayList<>();
            List<String> trampolined = new ArrayList<>();
            int instrumented = -1;
            int retransformed = -1;
            long millis = -1;
            boolean untracked = true;
            for (String line : lines) {
                String[] w = line.split(" ", 3);
                switch (w[0]) {
                    case "instrumented" -> instrumented = Integer.parseInt(w[1]);
                    case "retransformed" -> {
                        retransformed = Integer.parseInt(w[1]);
                        millis = Long.parseLong(w[2]);
                    }
                    case "untracked" -> untracked = Boolean.parseBoolean(w[1]);
                    case "path" -> entries.put(MachineryPath.valueOf(w[1]), Long.parseLong(w[2]));
                    case "probed" -> probed.add(w[1]);
                    case "trampolined" -> trampolined.add(w[1]);
                    case "skipped" -> skipped.put(w[1], w[2]);
                    case "class" -> classes.put(w[1], Arrays.stream(w[2].split(",")).map(MachineryPath::valueOf)
                            .collect(Collectors.toCollection(() -> EnumSet.noneOf(MachineryPath.class))));
                    case "stack" -> stacks.put(w[1], List.of(w[2].split("\\|")));
                    case "loaded" -> loaded.put(w[1], MachineryPath.valueOf(w[2]));
                    default -> throw new IllegalStateException("unknown line in " + file + ": " + line);
                }
            }
            return new Report(entries, classes, stacks, loaded, skipped, probed, trampolined, instrumented,
                    retransformed, millis, untracked);
        }
    }

    private static Manifest manifest() {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        return m;
    }

    /** The class files of {@code classes} and of the classes nested in them, from the test classes. */
    private static Map<String, byte[]> classEntries(List<Class<?>> classes) {
        Path root = ItEnvironment.patchClasses();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (Class<?> c : classes) {
            Path file = root.resolve(c.getName().replace('.', '/') + ".class");
            String prefix = file.getFileName().toString().replace(".class", "$");
            try (DirectoryStream<Path> nested = Files.newDirectoryStream(file.getParent(), prefix + "*.class")) {
                entries.put(root.relativize(file).toString(), Files.readAllBytes(file));
                for (Path n : nested) {
                    entries.put(root.relativize(n).toString(), Files.readAllBytes(n));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the class files of " + c.getName() + " under " + root, e);
            }
        }
        return entries;
    }

    /** The classes of ASM's core jar, as the test's class path has it. */
    private static Map<String, byte[]> asmEntries() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (JarFile asm = new JarFile(Path.of(ClassReader.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI()).toFile())) {
            for (JarEntry e : Collections.list(asm.entries())) {
                if (e.getName().startsWith("org/objectweb/asm/") && e.getName().endsWith(".class")) {
                    try (InputStream in = asm.getInputStream(e)) {
                        entries.put(e.getName(), in.readAllBytes());
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read ASM's jar", e);
        }
        return entries;
    }

    private static void write(Path jar, Manifest manifest, Map<String, byte[]> entries) {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + jar, e);
        }
    }
}
