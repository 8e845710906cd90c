package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.PostPatch;
import io.jlivepatch.api.PrePatch;
import io.jlivepatch.api.Redirect;

/** Callbacks that throw an exception whose message throws in turn: the agent names it and goes on. */
public final class BadMessageCallbacks {

    private BadMessageCallbacks() {
    }

    /** An exception that cannot say what it is. */
    public static final class Unsayable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        @Override
        public String getMessage() {
            throw new IllegalStateException("no message today");
        }
    }

    /** Its post-patch callback throws {@link Unsayable}: logged, and the patch is enabled. */
    @LivePatch(id = "bad-message-post", description = "a post-patch callback whose exception cannot say itself")
    public static final class Post {
        private Post() {
        }

        @Redirect(type = "io.jlivepatch.it.fixture.CallbackTarget", method = "value")
        public static String value() {
            return "bad-message-post";
        }

        @PostPatch
        public static void postPatch() {
            throw new Unsayable();
        }
    }

    /** Its pre-patch callback throws {@link Unsayable}: the load is refused, naming the class. */
    @LivePatch(id = "bad-message-pre", description = "a pre-patch callback whose exception cannot say itself")
    public static final class Pre {
        private Pre() {
        }

        @Redirect(type = "io.jlivepatch.it.fixture.CallbackTarget", method = "value")
        public static String value() {
            return "bad-message-pre";
        }

        @PrePatch
        public static void prePatch() {
            throw new Unsayable();
        }
    }
}
