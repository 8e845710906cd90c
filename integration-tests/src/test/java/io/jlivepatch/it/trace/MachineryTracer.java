package io.jlivepatch.it.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A test-only java agent that records which JDK classes the jlivepatch agent's paths run on
 * ({@link MachineryPath}), in a JVM that also runs the agent with {@code bootstrap=boot}; started
 * after it ({@code -javaagent:jlivepatch.jar=... -javaagent:tracer.jar=report=FILE}), so that its
 * transformer sees the trampolines the agent emits. Writes its report to {@code FILE} when the JVM
 * exits:
 * <pre>
 * instrumented N          JDK classes given hooks (the agent refuses none of them)
 * retransformed N MS      classes hooked that loaded before the tracer, and the milliseconds it took
 * untracked true|false    whether a path ran on a thread the recorder could not track
 * path NAME ENTRIES       per path, how often its entry points ran
 * probed CLASS            each class of the agent given entry-point hooks
 * trampolined CLASS       each class of the application given trampoline hooks
 * skipped CLASS WHY       each JDK class the agent does not refuse but the tracer could not hook
 * loaded CLASS PATH       each class loaded on a path, with the path (classes load there too)
 * class CLASS PATH,...    each JDK class that ran on a path, with every path it ran on,
 * stack CLASS FRAMES      and the frames of its first run, from its method down, joined by |
 * </pre>
 * Prints nothing: the fixture's output stays the fixture's.
 */
public final class MachineryTracer {

    private MachineryTracer() {
    }

    public static void premain(String args, Instrumentation inst) throws Exception {
        Path report = Path.of(argument(args, "report"));
        // The recorder comes from the bootstrap class path (Boot-Class-Path), and the agent's
        // Targets from the system class path, where -javaagent put the agent jar.
        Module recorder = Class.forName(TraceTransformer.RECORDER.replace('/', '.'), true, null).getModule();
        Method neverPatchReason = Class.forName("io.jlivepatch.patch.Targets", true,
                ClassLoader.getSystemClassLoader()).getMethod("neverPatchReason", String.class);
        for (Module m : ModuleLayer.boot().modules()) {
            if (!m.canRead(recorder)) {
                inst.redefineModule(m, Set.of(recorder), Map.of(), Map.of(), Set.of(), Map.of());
            }
        }
        TraceTransformer transformer = new TraceTransformer(neverPatchReason);
        inst.addTransformer(transformer, true);
        long started = System.nanoTime();
        List<Class<?>> loaded = new ArrayList<>();
        for (Class<?> c : inst.getAllLoadedClasses()) {
            if (inst.isModifiableClass(c) && transformer.wants(c)) {
                loaded.add(c);
            }
        }
        retransform(inst, loaded, transformer);
        long millis = (System.nanoTime() - started) / 1_000_000;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> write(report, transformer, loaded.size(), millis),
                "machinery-tracer-report"));
    }

    private static void retransform(Instrumentation inst, List<Class<?>> classes, TraceTransformer transformer) {
        try {
            inst.retransformClasses(classes.toArray(Class<?>[]::new));
        } catch (RuntimeException | LinkageError | UnmodifiableClassException e) {
            // One bad class fails them all: go one by one, so that the others are traced and the
            // report names the bad one.
            for (Class<?> c : classes) {
                try {
                    inst.retransformClasses(c);
                } catch (RuntimeException | LinkageError | UnmodifiableClassException one) {
                    transformer.skip(c.getName(), "cannot be retransformed: " + one);
                }
            }
        }
    }

    private static void write(Path report, TraceTransformer t, int retransformed, long millis) {
        List<String> lines = new ArrayList<>();
        lines.add("instrumented " + t.instrumented());
        lines.add("retransformed " + retransformed + " " + millis);
        lines.add("untracked " + Recorder.untracked());
        for (MachineryPath p : MachineryPath.values()) {
            lines.add("path " + p.name() + " " + Recorder.entries(p.ordinal()));
        }
        new TreeSet<>(t.probed()).forEach(c -> lines.add("probed " + c.replace('/', '.')));
        new TreeSet<>(t.trampolined()).forEach(c -> lines.add("trampolined " + c));
        new TreeMap<>(t.skipped()).forEach((c, why) -> lines.add("skipped " + c + " " + why));
        new TreeMap<>(t.loadedOnPaths()).forEach((c, p) -> lines.add("loaded " + c + " " + p.name()));
        lines.addAll(t.classesOnPaths());
        try {
            Files.write(report, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String argument(String args, String key) {
        if (args != null) {
            for (String part : args.split(",")) {
                if (part.startsWith(key + "=")) {
                    return part.substring(key.length() + 1);
                }
            }
        }
        throw new IllegalArgumentException("the machinery tracer needs " + key + "=...");
    }
}
