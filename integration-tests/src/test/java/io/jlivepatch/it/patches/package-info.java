/**
 * The patches the integration tests load, one {@link io.jlivepatch.api.LivePatch} class per case,
 * built into patch jars at test time by {@link io.jlivepatch.it.support.PatchJars}. They live in the
 * test sources so that they are not on the target JVM's class path: they reach it only as patch
 * jars, as a user's patch would.
 *
 * <p>Names tell the role: a patch named after a kind of method ({@code StaticPatch},
 * {@code LambdaPatch}) must apply; {@code Refused...} patches aim at a target the agent must refuse;
 * {@code Bad...} patches are wrong in themselves. None of them may change anything when refused.
 */
package io.jlivepatch.it.patches;
