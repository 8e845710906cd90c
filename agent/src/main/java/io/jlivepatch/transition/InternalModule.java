package io.jlivepatch.transition;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.CodeSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A module of the agent's own, {@value #NAME}: the classes of the agent jar's package of that
 * name ({@link #CLASSES}) in a layer of their own, to which alone the JDK's internal packages they
 * use are exported ({@code jdk.internal.misc} and {@code jdk.internal.vm}). Exported to the
 * agent's own classes instead, they would reach the application too: on the system class path
 * the agent shares the application's unnamed module. The agent asks them through types of
 * {@code java.base} ({@code Predicate}, {@code Function}, {@code BooleanSupplier}), which both
 * sides know.
 */
final class InternalModule {

    static final String NAME = "io.jlivepatch.internal";
    /** The module's classes, by simple name; each has a public constructor without arguments. */
    static final List<String> CLASSES = List.of("ClassInitState", "ContainerThreads", "TrackAllThreads");
    /** What is exported to the module, and nothing else. */
    static final List<String> EXPORTED = List.of("jdk.internal.misc", "jdk.internal.vm");

    private InternalModule() {
    }

    private static String resource(String simpleName) {
        return NAME.replace('.', '/') + "/" + simpleName + ".class";
    }

    /**
     * The module's class loader, the module defined in a layer of its own and the JDK's packages
     * exported to it; throws if any step fails. Each call defines the module again: call once.
     */
    static ClassLoader load(Instrumentation inst) throws ReflectiveOperationException {
        Set<String> resources = CLASSES.stream().map(InternalModule::resource).collect(Collectors.toSet());
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
                    public Optional<InputStream> open(String name) throws IOException {
                        return resources.contains(name) ? Optional.of(openOwn(name)) : Optional.empty();
                    }

                    @Override
                    public Stream<String> list() {
                        return resources.stream();
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
        Map<String, Set<Module>> exports = new HashMap<>();
        for (String pkg : EXPORTED) {
            exports.put(pkg, Set.of(module));
        }
        inst.redefineModule(Object.class.getModule(), Set.of(), exports, Map.of(), Set.of(), Map.of());
        return layer.findLoader(NAME);
    }

    /**
     * The resource {@code name} of the agent's own jar (or classes directory), where this class
     * comes from: not by name through the class loader, where a copy earlier on the class path
     * (an application's jar, say) would be found first and given the JDK's internals (found by
     * review).
     */
    private static InputStream openOwn(String name) throws IOException {
        CodeSource source = InternalModule.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IOException("the agent's classes have no location");
        }
        try {
            URI base = source.getLocation().toURI();
            URI uri = base.getPath() != null && base.getPath().endsWith("/") ? base.resolve(name)
                    : URI.create("jar:" + base + "!/" + name);
            return uri.toURL().openStream();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("cannot read " + name + " from the agent's classes: " + e, e);
        }
    }

    /**
     * A new instance of the module's class {@code simpleName}, from {@code loader} ({@link #load});
     * {@code null} for the agent's own copy, where the JDK's packages are exported to the agent
     * already (the unit tests' {@code --add-exports}).
     */
    static Object instance(ClassLoader loader, String simpleName) throws ReflectiveOperationException {
        String name = NAME + "." + simpleName;
        Class<?> c = loader != null ? loader.loadClass(name) : Class.forName(name, false, InternalModule.class.getClassLoader());
        return c.getConstructor().newInstance();
    }
}
