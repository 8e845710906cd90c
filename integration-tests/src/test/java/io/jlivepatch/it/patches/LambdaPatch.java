package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/**
 * The body of a lambda: the synthetic method javac names {@code lambda$supplier$0} (see
 * {@code LambdaTarget}).
 */
@LivePatch(id = "kind-lambda", description = "another lambda body")
public final class LambdaPatch {

    private LambdaPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.LambdaTarget", method = "lambda$supplier$0")
    public static String lambdaBody() {
        return "lambda patched";
    }
}
