/**
 * The demo: a pricing service with a bug that a live patch fixes while the service is under load.
 *
 * <p>{@link io.jlivepatch.demo.DemoService} is the patch target and runs in a JVM of its own,
 * started without the agent; {@link io.jlivepatch.demo.DemoStory} drives it: starts it, loads it
 * with {@link io.jlivepatch.demo.LoadGenerator}, and patches it through the agent's CLI. The patch
 * itself lives in {@code src/patch/java} and is packaged as {@code target/patches/fix-pricing.jar},
 * never in this package's jar.
 *
 * <p>The business method {@link io.jlivepatch.demo.Pricing#total(int, int)} is the only target. It
 * is called from the HTTP worker threads and from the {@link io.jlivepatch.demo.IdleWorker}, so a
 * transition has to switch both kinds of thread.
 */
package io.jlivepatch.demo;
