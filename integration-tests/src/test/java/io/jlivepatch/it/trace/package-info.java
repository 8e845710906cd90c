/**
 * The tracer behind {@code RefusalListIT}: a test-only java agent that records which JDK classes
 * the jlivepatch agent's paths on application threads run (DESIGN §9, "the refusal list is
 * derived, not typed").
 *
 * <p>{@link io.jlivepatch.it.trace.MachineryTrace} builds it at test time into two jars and reads
 * its report: {@link io.jlivepatch.it.trace.MachineryTracer} (the agent, with ASM inside) and
 * {@link io.jlivepatch.it.trace.TraceTransformer} go on the system class path,
 * {@link io.jlivepatch.it.trace.Recorder} on the bootstrap class path, where every JDK class can
 * call it. {@link io.jlivepatch.it.trace.MachineryPath} names the paths and their entry points.
 */
package io.jlivepatch.it.trace;
