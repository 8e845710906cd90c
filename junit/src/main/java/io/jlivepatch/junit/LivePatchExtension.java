package io.jlivepatch.junit;

import io.jlivepatch.control.PatchManagerMXBean;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link LivePatchTest} and {@link WithPatch}: installs the agent,
 * loads and unloads the declared patches around the class and its tests, and hands tests their
 * {@link LivePatches}. Register it with either annotation, or with
 * {@code @ExtendWith(LivePatchExtension.class)}.
 *
 * <p>Each scope (the class, each test) has one handle. Before the class: its {@code CLASS}
 * patches load, in the order written. Before each test: the class's {@code TEST} patches, then the
 * method's. After each test, and after the class, the handle's patches are disabled and unloaded,
 * newest first, and the extension fails the test (or the class) when one cannot be, or when a
 * transition is left in flight: the next test starts from a clean agent, as Caffeine's validation
 * extension checks its invariants after every test.
 */
public final class LivePatchExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    /**
     * The resource every test class or method that patches holds, whole, under JUnit's parallel
     * execution ({@code @ResourceLock} on {@link LivePatchTest} and {@link WithPatch}): the agent
     * and the patched methods are the JVM's, so a patch of one test would run in another (found
     * by review: an unpatched test saw another test's patch, and a load was refused while
     * another test's was in progress).
     */
    public static final String AGENT = "io.jlivepatch.agent";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LivePatchExtension.class);
    private static final String CLASS_HANDLE = "class";
    private static final String TEST_HANDLE = "test";

    @Override
    public void beforeAll(ExtensionContext context) {
        LivePatches handle = classHandle(context);
        for (WithPatch p : patches(context.getRequiredTestClass())) {
            if (p.scope() == WithPatch.Scope.CLASS) {
                load(handle, p, context.getRequiredTestClass());
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        PatchManagerMXBean agent = install(context);
        LivePatches handle = new LivePatches(agent, classLoader(context));
        context.getStore(NAMESPACE).put(TEST_HANDLE, handle);
        // The enclosing classes' TEST patches too, outermost first, as JUnit runs their
        // @BeforeEach methods for a @Nested class's tests (found by review: a nested test ran
        // without them, where a CLASS patch of the enclosing class holds for it).
        List<Class<?>> classes = new ArrayList<>();
        for (Class<?> c = context.getRequiredTestClass(); c != null;
                c = isNested(c) ? c.getEnclosingClass() : null) {
            classes.add(0, c);
        }
        // Each once: a @Nested class may repeat its enclosing class's (the workaround before
        // these loaded for it), or inherit the same from a shared base class (second review:
        // loaded twice, the second load failed the test, "already loaded").
        Set<WithPatch> seen = new HashSet<>();
        for (Class<?> c : classes) {
            for (WithPatch p : patches(c)) {
                if (p.scope() == WithPatch.Scope.TEST && seen.add(p)) {
                    load(handle, p, c);
                }
            }
        }
        for (WithPatch p : patches(context.getRequiredTestMethod())) {
            load(handle, p, context.getRequiredTestMethod());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        LivePatches handle = context.getStore(NAMESPACE).remove(TEST_HANDLE, LivePatches.class);
        if (handle != null) {
            handle.unloadAll();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        LivePatches handle = context.getStore(NAMESPACE).remove(CLASS_HANDLE, LivePatches.class);
        if (handle != null) {
            handle.unloadAll();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LivePatches.class;
    }

    /** The test's handle in a test or its {@code @BeforeEach}/{@code @AfterEach}; the class's elsewhere. */
    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (context.getTestMethod().isPresent()) {
            LivePatches handle = context.getStore(NAMESPACE).get(TEST_HANDLE, LivePatches.class);
            if (handle != null) {
                return handle;
            }
        }
        return classHandle(context);
    }

    private static LivePatches classHandle(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        ExtensionContext.Store store = classContext.getStore(NAMESPACE);
        LivePatches handle = store.get(CLASS_HANDLE, LivePatches.class);
        if (handle == null) {
            handle = new LivePatches(install(classContext), classLoader(classContext));
            store.put(CLASS_HANDLE, handle);
        }
        return handle;
    }

    /** Installs the agent with the class's arguments if it is not running, and captures its lines. */
    private static PatchManagerMXBean install(ExtensionContext context) {
        String args = "";
        // A @Nested class runs under its enclosing class's agent arguments.
        for (Class<?> c = context.getTestClass().orElse(null); c != null; c = c.getEnclosingClass()) {
            var test = AnnotationSupport.findAnnotation(c, LivePatchTest.class);
            if (test.isPresent()) {
                args = test.get().agent();
                break;
            }
        }
        AgentLines.capture();
        return AgentInstaller.install(args);
    }

    /** A {@code @Nested} test class: an inner class, whose tests run within its enclosing class's. */
    private static boolean isNested(Class<?> c) {
        return c.getEnclosingClass() != null && !Modifier.isStatic(c.getModifiers())
                && AnnotationSupport.isAnnotated(c, Nested.class);
    }

    private static ClassLoader classLoader(ExtensionContext context) {
        return context.getTestClass().map(Class::getClassLoader).orElseGet(ClassLoader::getSystemClassLoader);
    }

    private static List<WithPatch> patches(AnnotatedElement element) {
        return AnnotationSupport.findRepeatableAnnotations(element, WithPatch.class);
    }

    private static void load(LivePatches handle, WithPatch p, AnnotatedElement where) {
        int given = (p.value().length > 0 ? 1 : 0) + (p.names().length > 0 ? 1 : 0) + (p.jar().isEmpty() ? 0 : 1);
        if (given != 1) {
            throw new ExtensionConfigurationException("@WithPatch on " + where
                    + " must give exactly one of value (classes), names and jar");
        }
        if (p.value().length > 0) {
            handle.load(p.value());
        } else if (p.names().length > 0) {
            handle.loadClassNames(p.names());
        } else if (p.jar().startsWith("classpath:")) {
            handle.loadJarResource(p.jar().substring("classpath:".length()));
        } else {
            handle.loadJar(Path.of(p.jar()));
        }
    }
}
