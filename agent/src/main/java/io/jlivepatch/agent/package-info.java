/**
 * The agent's entry points, {@code premain} and {@code agentmain}: as little as possible, and
 * everything caught, so that the host never goes down because of us. {@link
 * io.jlivepatch.agent.Agent} appends the bootstrap part to the bootstrap class path before any
 * class that refers to it is loaded, then hands over to {@link io.jlivepatch.agent.AgentRuntime}.
 */
package io.jlivepatch.agent;
