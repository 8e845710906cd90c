package io.jlivepatch.control;

import java.util.List;

/**
 * The agent's settings as the control socket's {@code set}, {@code configure} and
 * {@code settings} requests see them. Implemented where the agent's arguments are parsed, so that
 * a value given later is checked by the same code as one given at start.
 */
public interface Settings {

    /** Each setting as {@code key=value}, the ones fixed at start marked so. */
    List<String> current();

    /**
     * Applies {@code key=value} pairs, separated by commas, all or none.
     *
     * @param strict whether a key fixed at start is refused even when given its current value
     *     ({@code set}), or accepted then ({@code configure}, a later attach repeating what the
     *     first one chose)
     * @return one line per setting changed
     * @throws IllegalArgumentException naming the first key that is unknown, malformed, or fixed
     *     at start
     */
    List<String> apply(String pairs, boolean strict);
}
