package io.jlivepatch.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.patch.Targets;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The one list of the agent's packages against the agent itself: every package of its classes
 * is on it (the shaded ones are checked in the jar by {@code AgentJarIT}), and a class of each
 * is refused as a target, skipped by stack walks and given no quiescent regions.
 */
class AgentPackagesTest {

    @Test
    void everyPackageOfTheAgentIsOnTheList() throws IOException, URISyntaxException {
        Path classes = Path.of(AgentPackages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                String name = classes.relativize(f.getParent()).toString().replace('/', '.');
                packages.add(name + ".");
            });
        }
        assertTrue(packages.size() >= 10, packages.toString());
        for (String p : packages) {
            assertTrue(AgentPackages.ALL.contains(p), p + " is missing from AgentPackages.ALL");
            assertEquals("it is part of jlivepatch itself", Targets.neverPatchReason(p + "Anything"), p);
        }
        assertTrue(AgentPackages.contains("io.jlivepatch.api.Quiescent"), "the api is the agent's too");
        assertTrue(!AgentPackages.contains("io.jlivepatch.demo.Pricing"), "applications may live under io.jlivepatch");
    }
}
