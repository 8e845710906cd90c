package io.jlivepatch.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jlivepatch.patch.PatchException;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The agent's list of loaded classes while the JVM shuts down: JVMTI's dead phase makes
 * {@link Instrumentation#getAllLoadedClasses()} answer {@code null} with no exception, which a
 * sweep scheduled by the last enable met as the demo service exited (a warning on the host's
 * log, DemoIT on JDK 25).
 */
class AllLoadedClassesTest {

    private static Instrumentation answering(Class<?>[] classes) {
        return (Instrumentation) Proxy.newProxyInstance(AllLoadedClassesTest.class.getClassLoader(),
                new Class<?>[] {Instrumentation.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getAllLoadedClasses")) {
                        return classes;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void noListIsNoClass() {
        assertEquals(0, PatchLoader.allLoadedClasses(answering(null)).length);
    }

    /** A load or an enable must not go on as if no target were loaded: it is refused. */
    @Test
    void noListRefusesWhatWouldActOnIt() {
        PatchException e = assertThrows(PatchException.class,
                () -> PatchLoader.loadedClasses(answering(null), Set.of("java.lang.String")));
        assertEquals(PatchLoader.SHUTTING_DOWN, e.getMessage());
    }

    @Test
    void theLoadedClassesOfEachNameAreFound() throws PatchException {
        Map<String, List<Class<?>>> loaded = PatchLoader.loadedClasses(
                answering(new Class<?>[] {String.class, Integer.class, String[].class}), Set.of("java.lang.String"));
        assertEquals(Map.of("java.lang.String", List.of(String.class)), loaded);
    }

    @Test
    void aListIsAnsweredAsItIs() {
        Class<?>[] classes = {String.class, AllLoadedClassesTest.class};
        assertArrayEquals(classes, PatchLoader.allLoadedClasses(answering(classes)));
    }
}
