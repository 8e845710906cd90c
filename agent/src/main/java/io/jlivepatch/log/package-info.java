/**
 * The agent's logging: an SLF4J facade (relocated inside the agent jar) with a provider of its
 * own that writes {@code jlivepatch: } lines to the host's standard error.
 *
 * <p>The host never sees an SLF4J provider of ours: the relocated service file names the
 * relocated interface, so the application's own SLF4J binding is untouched. Lines of the patch
 * lifecycle follow the kernel's wording and are a tested contract.
 */
package io.jlivepatch.log;
