package io.jlivepatch.transition;

import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A module of the agent's own, {@value #NAME}, made of one class of the agent jar in a layer of
 * its own: the JDK's internal packages it needs are exported to that module alone. Exported to
 * the agent's own classes instead, they would reach the application too: on the system class
 * path the agent shares the application's unnamed module.
 */
final class InternalModule {

    static final String NAME = "io.jlivepatch.internal";
    private static final String CLASS = NAME + ".ClassInitState";
    private static final String RESOURCE = CLASS.replace('.', '/') + ".class";

    private InternalModule() {
    }

    /**
     * {@code io.jlivepatch.internal.ClassInitState} loaded in the module, with
     * {@code jdk.internal.misc} exported to it; throws if any step fails.
     */
    static Object classInitState(Instrumentation inst) throws ReflectiveOperationException {
        ClassLoader agentLoader = InternalModule.class.getClassLoader();
        ModuleDescriptor descriptor = ModuleDescriptor.newModule(NAME).exports(NAME).build();
        ModuleReference reference = new ModuleReference(descriptor, null) {
            @Override
            public ModuleReader open() {
                return new ModuleReader() {
                    @Override
                    public Optional<URI> find(String name) {
                        return Optional.empty();
                    }

                    @Override
                    public Optional<InputStream> open(String name) {
                        return name.equals(RESOURCE) ? Optional.ofNullable(agentLoader.getResourceAsStream(RESOURCE))
                                : Optional.empty();
                    }

                    @Override
                    public Stream<String> list() {
                        return Stream.of(RESOURCE);
                    }

                    @Override
                    public void close() {
                    }
                };
            }
        };
        ModuleFinder finder = new ModuleFinder() {
            @Override
            public Optional<ModuleReference> find(String name) {
                return name.equals(NAME) ? Optional.of(reference) : Optional.empty();
            }

            @Override
            public Set<ModuleReference> findAll() {
                return Set.of(reference);
            }
        };
        ModuleLayer boot = ModuleLayer.boot();
        Configuration cf = boot.configuration().resolve(finder, ModuleFinder.of(), Set.of(NAME));
        ModuleLayer layer = boot.defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
        Module module = layer.findModule(NAME).orElseThrow();
        inst.redefineModule(Object.class.getModule(), Set.of(), Map.of("jdk.internal.misc", Set.of(module)), Map.of(),
                Set.of(), Map.of());
        return layer.findLoader(NAME).loadClass(CLASS).getConstructor().newInstance();
    }
}
