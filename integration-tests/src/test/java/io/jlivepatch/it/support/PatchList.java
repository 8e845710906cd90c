package io.jlivepatch.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The output of {@code jlivepatch list <pid>}: per patch a line {@code <id> <enabled|disabled>},
 * then {@code  replace}, {@code  forced}, {@code  (patching: 10/11 threads switched)} (the patch
 * in transition only; then {@code , completing: waiting for a read section} inside the brackets
 * while a read section holds its completion) and {@code  "<description>"} where they apply, in that order; then one
 * indented line per target, {@code <binary class name>.<method><descriptor> <patched|pending> ...}.
 * A JVM without patches answers the single line {@code no patches loaded}; the last line is
 * always {@code grace periods: <barrier> barrier}. Parsing is strict, so
 * that a change of the format fails here and not as a puzzling assertion.
 */
public record PatchList(List<Patch> patches, String barrier) {

    private static final String NO_PATCHES = "no patches loaded";
    private static final Pattern BARRIER_LINE = Pattern.compile("grace periods: (?<barrier>[a-z]+) barrier");
    private static final Pattern PATCH_LINE = Pattern.compile("(?<id>\\S+) (?<state>enabled|disabled)"
            + "(?<replace> replace)?(?<forced> forced)?(?: replaced by (?<replacedBy>'[^']+'(?:, since unloaded)?))?"
            + "(?: \\((?<transition>(?:patching|unpatching): \\d+/\\d+ threads switched"
            + "(?:, completing: waiting for a read section)?)\\))?"
            + "(?: \"(?<description>.*)\")?");

    public static PatchList parse(String command, List<String> all) {
        Matcher last = all.isEmpty() ? null : BARRIER_LINE.matcher(all.get(all.size() - 1));
        if (last == null || !last.matches()) {
            throw new AssertionError("'" + command + "': the last line must name the barrier:\n" + String.join("\n", all));
        }
        String barrier = last.group("barrier");
        List<String> lines = all.subList(0, all.size() - 1);
        if (lines.equals(List.of(NO_PATCHES))) {
            return new PatchList(List.of(), barrier);
        }
        List<Patch> patches = new ArrayList<>();
        Patch current = null;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] words = line.strip().split("\\s+");
            boolean indented = Character.isWhitespace(line.charAt(0));
            Matcher patch = PATCH_LINE.matcher(line);
            if (!indented && patch.matches()) {
                current = new Patch(patch.group("id"), patch.group("state"), patch.group("forced") != null,
                        Optional.ofNullable(patch.group("transition")), Optional.ofNullable(patch.group("replacedBy")),
                        line, new ArrayList<>());
                patches.add(current);
            } else if (indented && current != null && words.length >= 2) {
                current.targets().add(Target.parse(line, words[0], words[1]));
            } else {
                throw new AssertionError("'" + command + "': cannot parse line '" + line + "' of\n"
                        + String.join("\n", lines));
            }
        }
        return new PatchList(List.copyOf(patches), barrier);
    }

    public Optional<Patch> find(String id) {
        return patches.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public boolean has(String id) {
        return find(id).isPresent();
    }

    /** The patch with this id; fails with the whole list when there is none. */
    public Patch get(String id) {
        return find(id).orElseThrow(() -> new AssertionError("no patch '" + id + "' in the list: " + this));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Patch p : patches) {
            sb.append('\n').append(p.line());
            for (Target t : p.targets()) {
                sb.append('\n').append(t.line());
            }
        }
        return patches.isEmpty() ? "(no patches)" : sb.toString();
    }

    /**
     * One patch: its id, {@code enabled} or {@code disabled}, whether a forced transition pinned
     * it, the progress of its transition in flight (such as {@code patching: 10/11 threads
     * switched}), the cumulative patch that replaced it ({@code 'cum'} or {@code 'cum', since
     * unloaded}), and its targets.
     */
    public record Patch(String id, String state, boolean forced, Optional<String> transition,
            Optional<String> replacedBy, String line, List<Target> targets) {

        public boolean enabled() {
            return state.equals("enabled");
        }

        /** The target {@code className.method}; fails with the patch's lines when there is none. */
        public Target target(String className, String method) {
            return targets.stream()
                    .filter(t -> t.className().equals(className) && t.method().equals(method))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("patch '" + id + "' has no target " + className + "."
                            + method + ": " + line + "\n" + String.join("\n", targets.stream().map(Target::line).toList())));
        }
    }

    /**
     * One target method of a patch and its state: {@code patched}, {@code pending} (its class is
     * not loaded yet), {@code disabled}, or {@code failed:} and the reason.
     */
    public record Target(String className, String method, String descriptor, String state, String line) {

        static Target parse(String line, String name, String state) {
            int paren = name.indexOf('(');
            int dot = paren < 0 ? -1 : name.lastIndexOf('.', paren);
            if (dot < 0) {
                throw new AssertionError("cannot parse target line '" + line + "'");
            }
            return new Target(name.substring(0, dot), name.substring(dot + 1, paren), name.substring(paren), state, line);
        }
    }
}
