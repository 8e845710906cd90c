package io.jlivepatch.quiescent;

import io.jlivepatch.bootstrap.Epoch;
import io.jlivepatch.log.Log;
import io.jlivepatch.patch.MethodInfo;
import io.jlivepatch.patch.Targets;
import java.io.InputStream;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.nio.charset.StandardCharsets;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.dynamic.Nexus;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.matcher.ElementMatchers;
import net.bytebuddy.utility.JavaModule;
import org.slf4j.Logger;

/**
 * Puts the offline and online stores into every quiescent region: {@code @Quiescent} methods as
 * their classes load, and those of classes loaded before the agent, by retransformation; and the
 * api's {@code Quiescence} blocks. See the package notes.
 *
 * <p>Byte Buddy does the matching (which methods are regions, read by its type pool from the
 * class file) and the code ({@link RegionAdvice}, inlined by {@link Advice}); what stays ours is
 * the cheap look at the class file's bytes that spares Byte Buddy every class that does not name
 * the annotation, the check that the class loader sees the agent, and which loaded classes to
 * retransform (read from their class files, never by reflection on the loaded class, which would
 * load the types of every method).
 */
public final class QuiescentInstaller {

    private static final Logger LOG = Log.get(QuiescentInstaller.class);

    static final String QUIESCENCE = "io/jlivepatch/api/Quiescence";
    private static final String QUIESCENT = "io.jlivepatch.api.Quiescent";
    private static final byte[] MARK = ("L" + QUIESCENT.replace('.', '/') + ";").getBytes(StandardCharsets.UTF_8);

    private final Instrumentation inst;
    private final Predicate<ClassLoader> canLink;
    private final ClassFileTransformer regions;

    /** @param canLink whether classes of a loader resolve the agent's bootstrap classes */
    public QuiescentInstaller(Instrumentation inst, Predicate<ClassLoader> canLink) {
        this.inst = inst;
        this.canLink = canLink;
        this.regions = regionTransformer(new AgentBuilder.Listener.Adapter() {
            @Override
            public void onError(String typeName, ClassLoader loader, JavaModule module, boolean loaded,
                    Throwable throwable) {
                LOG.warn("the quiescent regions of {} cannot be marked: {}", typeName, throwable.toString());
            }
        });
    }

    /**
     * Byte Buddy's transformer of the regions: Advice on every {@code @Quiescent} method, and on
     * the api's {@code Quiescence} block. It changes method bodies only, so the same transformer
     * serves a class that loads and a loaded class retransformed, and it never throws: a failure
     * goes to {@code listener} and leaves the class as it was.
     */
    static ClassFileTransformer regionTransformer(AgentBuilder.Listener listener) {
        // Byte Buddy's Nexus, which these transformations do not need, touches sun.misc.Unsafe, and
        // JDK 24+ warns in the host's stderr when it does. Shading relocates this property's name
        // with Byte Buddy's own copy of it: the agent sets its own, never the host's Byte Buddy's.
        System.setProperty(Nexus.PROPERTY, "true");
        return new AgentBuilder.Default(new ByteBuddy().with(TypeValidation.DISABLED))
                .disableClassFormatChanges()
                .ignore(ElementMatchers.none())
                .with(listener)
                .type(ElementMatchers.named(QUIESCENCE.replace('/', '.')))
                .transform((builder, type, loader, module, domain) -> builder
                        .visit(Advice.to(RegionAdvice.BlockEnter.class).on(ElementMatchers.named("enter")
                                .and(ElementMatchers.takesArguments(String.class))
                                .and(ElementMatchers.returns(ElementMatchers.named(QUIESCENCE.replace('/', '.'))))))
                        .visit(Advice.to(RegionAdvice.BlockClose.class).on(ElementMatchers.named("close")
                                .and(ElementMatchers.takesArguments(0))
                                .and(ElementMatchers.returns(void.class)))))
                .type(ElementMatchers.declaresMethod(ElementMatchers.isAnnotatedWith(ElementMatchers.named(QUIESCENT))))
                .transform((builder, type, loader, module, domain) -> builder
                        .visit(Advice.to(RegionAdvice.class).on(ElementMatchers.isMethod()
                                .and(ElementMatchers.isAnnotatedWith(ElementMatchers.named(QUIESCENT)))
                                .and(ElementMatchers.not(ElementMatchers.isAbstract()))
                                .and(ElementMatchers.not(ElementMatchers.isNative())))))
                .makeRaw();
    }

    /** Registers the transformer, then retransforms the loaded classes that have quiescent regions. */
    public void install() {
        inst.addTransformer(new Transformer(), true);
        List<Class<?>> loaded = new ArrayList<>();
        Map<ClassLoader, Boolean> seesApi = new HashMap<>();
        for (Class<?> c : inst.getAllLoadedClasses()) {
            try {
                if (hasRegions(c, seesApi)) {
                    loaded.add(c);
                }
            } catch (java.io.IOException | RuntimeException | LinkageError e) {
                LOG.debug("cannot read {}: {}", c.getName(), e.toString());
            }
        }
        for (Class<?> c : loaded) {
            rememberRegions(c);
            try {
                inst.retransformClasses(c);
            } catch (Exception | LinkageError e) {
                LOG.warn("the quiescent regions of {} cannot be marked: {}", c.getName(), e.toString());
            }
        }
        markThreadsInsideRegions();
    }

    /** The regions of a class loaded before the agent, whose frames may be running unmarked. */
    private static void rememberRegions(Class<?> c) {
        try {
            for (MethodInfo m : MethodInfo.of(c)) {
                if (m.quiescent()) {
                    UnmarkedRegions.addLoadedBeforeAttach(c.getName() + "." + m.name());
                }
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("cannot read the methods of {}: {}", c.getName(), e.toString());
        }
    }

    /**
     * A thread inside a region when the agent arrives keeps running the region's method as it
     * was, unmarked: it never goes offline there. Such threads are marked so that the region's
     * rules still apply to the patched methods they call there. Said at debug level only: most
     * regions end soon, and the not-watching warning names the case when it matters.
     */
    private static void markThreadsInsideRegions() {
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            String region = UnmarkedRegions.outermost(e.getValue());
            if (region != null) {
                Thread t = e.getKey();
                Epoch.recordOf(t).markUnmarkedRegionRelease(region);
                LOG.debug("thread '{}' (#{}) is inside quiescent region {}, entered before the agent was attached:"
                        + " it stays tracked by reclamation until it leaves the region, and the patched methods it"
                        + " calls there during a transition run by the region's not-watching policy", t.getName(),
                        t.getId(), region);
            }
        }
    }

    /** Whether a loaded class has quiescent regions, from its class file on its loader's path. */
    private boolean hasRegions(Class<?> c, Map<ClassLoader, Boolean> seesApi) throws java.io.IOException {
        ClassLoader loader = c.getClassLoader();
        boolean quiescence = c.getName().equals(QUIESCENCE.replace('/', '.'));
        // The agent's own packages and the api, not every io.jlivepatch class: applications (the
        // demo, the test fixture) may live under io.jlivepatch too.
        if (c.isArray() || c.isPrimitive() || c.isHidden() || !inst.isModifiableClass(c) || loader == null
                || !quiescence && Targets.neverPatchReason(c.getName()) != null) {
            return false;
        }
        if (!seesApi.computeIfAbsent(loader, l -> l.getResource("io/jlivepatch/api/Quiescent.class") != null)) {
            return false;
        }
        if (quiescence) {
            return true;
        }
        try (InputStream in = loader.getResourceAsStream(c.getName().replace('.', '/') + ".class")) {
            return in != null && contains(in.readAllBytes(), MARK);
        }
    }

    private final class Transformer implements ClassFileTransformer {
        @Override
        public byte[] transform(Module module, ClassLoader loader, String internalName, Class<?> redefined,
                ProtectionDomain domain, byte[] classFile) {
            if (internalName == null || loader == null
                    || !(internalName.equals(QUIESCENCE) || contains(classFile, MARK))) {
                return null;
            }
            try {
                if (!canLink.test(loader)) {
                    LOG.warn("the quiescent regions of {} cannot be marked: its class loader cannot see the agent's"
                            + " support classes", internalName.replace('/', '.'));
                    return null;
                }
                return regions.transform(module, loader, internalName, redefined, domain, classFile);
            } catch (Throwable t) {
                // Never into the class-loading thread: the class stays as it was.
                LOG.warn("the quiescent regions of {} cannot be marked: {}", internalName.replace('/', '.'), t.toString());
                return null;
            }
        }
    }

    /** Whether {@code haystack} holds the bytes of {@code needle}. */
    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0, last = haystack.length - needle.length; i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
