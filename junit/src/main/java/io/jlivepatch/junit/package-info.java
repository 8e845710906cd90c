/**
 * jlivepatch-junit: a JUnit 5 extension that live-patches the test's own JVM, as BMUnit does with
 * Byteman rules.
 *
 * <h2>Concept</h2>
 * {@link io.jlivepatch.junit.LivePatchTest} and {@link io.jlivepatch.junit.WithPatch} register
 * {@link io.jlivepatch.junit.LivePatchExtension}, which installs the agent once per JVM (self-attach
 * by Byte Buddy's {@code ByteBuddyAgent}, or the agent that {@code -javaagent} started), loads and
 * unloads the declared patches around each class and test, and hands tests a
 * {@link io.jlivepatch.junit.LivePatches}. Every operation goes through the agent's MXBean in the
 * same JVM: the command's operations and refusals, never a second implementation of them. The
 * lifecycle transcript is what the agent writes on standard error, kept by a tee
 * ({@code AgentLines}) and normalised by {@link io.jlivepatch.junit.Transcript}.
 *
 * <h2>Invariants</h2>
 * After each test, and after each class, what that scope loaded is disabled and unloaded and no
 * transition is in flight, or the test fails saying what is left. The agent's classes are touched
 * only once the agent runs, so that the agent jar may come from {@code -Djlivepatch.agent} and the
 * agent's bootstrap classes load where its arguments put them.
 *
 * <h2>Concurrency</h2>
 * JUnit calls the extension on one thread per test; a test may call its handle from other threads
 * (an operation blocks until its transition ends, as the command does). The agent serialises the
 * operations under its patch lock.
 */
package io.jlivepatch.junit;
