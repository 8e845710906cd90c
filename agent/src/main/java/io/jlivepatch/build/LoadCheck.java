package io.jlivepatch.build;

import io.jlivepatch.patch.Callbacks;
import io.jlivepatch.patch.PatchCode;
import io.jlivepatch.patch.PatchDefinition;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks a written patch as {@code load} will, against the old build: the agent's own
 * {@link PatchCode} checks (what patch code, in a runtime package of its own, cannot reach: a
 * class that is not public in a catch, a lambda or a cast, a constructor that is not public, a
 * package-private method to override...), so that what a load would refuse is refused here, as
 * the change it comes from, and never first in production.
 *
 * <p>The old build's classes are defined, not initialised, by a class loader of the check's own
 * whose parent is the platform loader: no application code runs, and a class the build was not
 * given (a library's) is one the check cannot judge, as the load's check judges only what it
 * finds.
 */
final class LoadCheck {

    private LoadCheck() {
    }

    /** The old build's classes, defined on demand and never initialised. */
    static ClassLoader loaderOf(Map<String, byte[]> oldBuild) {
        return new ClassLoader("jlivepatch-build-check", ClassLoader.getPlatformClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = oldBuild.get(name.replace('.', '/'));
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                try {
                    return defineClass(name, bytes, 0, bytes.length);
                } catch (SecurityException e) {
                    throw new ClassNotFoundException(name, e); // a java.* class: not the application's
                }
            }
        };
    }

    /**
     * Refuses, in {@code plan}, each change whose code in {@code written} a load would refuse,
     * with the load's reason, and what uses it.
     *
     * @return whether anything was refused (then the patch must be written again)
     */
    static boolean refuse(Plan plan, PatchWriter.Written written, String patchClass, String id, ClassLoader oldBuild) {
        Map<String, byte[]> classes = new TreeMap<>();
        written.entries().forEach((entry, bytes) -> classes.put(entry.substring(0, entry.length() - ".class".length()),
                bytes));
        PatchDefinition patch = new PatchDefinition(id, "", false, patchClass, List.of(), Callbacks.NONE, "", null,
                classes, List.of(), Map.of());
        boolean refused = false;
        for (PatchCode.Problem p : PatchCode.problems(patch, oldBuild)) {
            String unit = p.method() == null ? null : written.origins().get(p.className() + "." + p.method());
            if (unit == null && plan.newClasses.contains(p.className())) {
                unit = p.className();
            }
            if (unit == null) {
                // Code of the patch's own making (a redirect that passes its arguments on) has
                // nothing to refuse; if it ever has, nothing of the patch is written.
                for (Plan.Changed c : plan.included()) {
                    plan.refuseUnit(c.unit(), "the patch's own code " + p.className().replace('/', '.') + " "
                            + p.what() + ", which a load refuses");
                }
                return true;
            }
            if (!plan.unitLeftOut(unit)) {
                // A new class is refused whole: its refusal names the method of it.
                String what = unit.equals(p.className()) && p.method() != null ? p.method() + " " + p.what() : p.what();
                plan.refuseUnit(unit, what + " (as a load would refuse it)");
                refused = true;
            }
        }
        plan.leaveOutDependents();
        return refused;
    }
}
