package io.jlivepatch.patch;

import io.jlivepatch.bootstrap.NotWatchingPolicy;
import java.util.List;
import java.util.Map;

/**
 * One {@code @LivePatch} class of a patch jar, as read from its bytes.
 *
 * @param id the patch's unique name
 * @param description one line for people
 * @param replace whether it is a cumulative (atomic-replace) patch
 * @param className binary name of the patch class
 * @param redirects its {@code @Redirect} methods, in class-file order
 * @param callbacks its callback methods
 * @param jarSha256 hex SHA-256 of the jar it came from, for the audit trail
 * @param notWatching its not-watching policy, or {@code null} for the agent's default
 * @param jarClasses every class of its jar, by internal name: what its code may use of the jar
 *     ({@link PatchCode})
 * @param shadowIds the ids of the shadow variables the agent frees when it unloads the patch
 * @param states the system states it declares: id to version, in declaration order
 */
public record PatchDefinition(String id, String description, boolean replace, String className,
        List<RedirectDefinition> redirects, Callbacks callbacks, String jarSha256,
        NotWatchingPolicy notWatching, Map<String, byte[]> jarClasses,
        List<Long> shadowIds, Map<Long, Integer> states) {
}
