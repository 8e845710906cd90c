package io.jlivepatch.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method during which the running thread is offline for reclamation: an idle loop, a long
 * blocking wait. Such methods are never patch targets; the methods they call may be.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Quiescent {
}
