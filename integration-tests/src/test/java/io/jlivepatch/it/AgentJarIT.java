package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.support.ItEnvironment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The shaded agent jar as the application sees it: nothing outside {@code io/jlivepatch/} and
 * {@code META-INF/} (a stray class could shadow the application's own), no SLF4J provider or
 * class the application's logging could pick up, and a manifest that makes it an agent and a CLI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgentJarIT {

    private JarFile jar;
    private Set<String> entries;

    @BeforeAll
    void open() throws IOException {
        jar = new JarFile(ItEnvironment.agentJar().toFile());
        entries = new TreeSet<>();
        jar.stream().map(JarEntry::getName).forEach(entries::add);
    }

    @AfterAll
    void close() throws IOException {
        if (jar != null) {
            jar.close();
        }
    }

    @Test
    void holdsOnlyItsOwnPackagesAndMetaInf() {
        List<String> foreign = entries.stream()
                .filter(e -> !e.startsWith("io/jlivepatch/") && !e.startsWith("META-INF/") && !e.equals("io/"))
                .toList();
        assertEquals(List.of(), foreign);
    }

    @Test
    void bringsNoSlf4j() {
        List<String> slf4j = entries.stream()
                .filter(e -> e.startsWith("org/slf4j/") || e.startsWith("META-INF/services/org.slf4j."))
                .toList();
        assertEquals(List.of(), slf4j);
    }

    /** A service file left unrelocated, or naming a class not in the jar, would leak into the host. */
    @Test
    void registersServicesOfItsOwnOnly() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String entry : entries) {
            if (!entry.startsWith("META-INF/services/") || entry.endsWith("/")) {
                continue;
            }
            String service = entry.substring("META-INF/services/".length());
            if (!service.startsWith("io.jlivepatch.")) {
                problems.add(entry + ": a service outside io.jlivepatch");
            }
            for (String provider : providers(entry)) {
                if (!entries.contains(provider.replace('.', '/') + ".class")) {
                    problems.add(entry + ": provider " + provider + " is not in the jar");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void manifestMakesItAnAgentAndACli() throws IOException {
        Attributes main = jar.getManifest().getMainAttributes();
        for (String key : List.of("Premain-Class", "Agent-Class", "Main-Class")) {
            String className = main.getValue(key);
            assertNotNull(className, key);
            assertTrue(entries.contains(className.replace('.', '/') + ".class"), key + " " + className + " is in the jar");
        }
        assertEquals("true", main.getValue("Can-Retransform-Classes"));
    }

    private List<String> providers(String entry) throws IOException {
        try (InputStream in = jar.getInputStream(jar.getJarEntry(entry))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(l -> l.replaceAll("#.*", "").strip())
                    .filter(l -> !l.isEmpty())
                    .toList();
        }
    }
}
