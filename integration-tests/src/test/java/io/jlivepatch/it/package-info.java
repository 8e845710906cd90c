/**
 * Integration tests: real JVMs running the {@link io.jlivepatch.it.fixture.Fixture fixture},
 * patched through the agent jar's CLI (the Attach API) or with {@code -javaagent}.
 *
 * <p>Run them with the agent built first, from the project's root:
 * <pre>
 * mvn -pl integration-tests -am verify
 * mvn -pl integration-tests -am verify -Dit.test=StackingIT                   # one class
 * mvn -pl integration-tests -am verify -Dit.java.home=/usr/lib/jvm/temurin-25-jdk-amd64
 * </pre>
 * The last one runs every child JVM, the CLI included, on JDK 25 while Maven and the test JVM stay
 * on the JDK that runs Maven. Add {@code -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false} to
 * skip the other modules' unit tests.
 *
 * <p>Child JVMs are few and shared within a class where the cases cannot disturb each other;
 * every wait is bounded, and a wait that runs out fails with thread dumps of the child JVM and
 * of the test JVM.
 */
package io.jlivepatch.it;
