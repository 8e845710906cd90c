/**
 * The harness: {@link io.jlivepatch.it.support.TargetJvm} starts and drives a fixture JVM,
 * {@link io.jlivepatch.it.support.Cli} runs the agent jar as the CLI,
 * {@link io.jlivepatch.it.support.PatchJars} builds patch jars (good and broken) at test time,
 * {@link io.jlivepatch.it.support.PatchList} parses {@code list},
 * {@link io.jlivepatch.it.support.Transcript} filters the lifecycle lines a target printed, and
 * {@link io.jlivepatch.it.support.ThreadDumps} explains a wait that ran out.
 *
 * <p>Where things are comes from system properties that failsafe sets
 * ({@link io.jlivepatch.it.support.ItEnvironment}).
 */
package io.jlivepatch.it.support;
