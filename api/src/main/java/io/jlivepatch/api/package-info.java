/**
 * What a patch is written with: {@link io.jlivepatch.api.LivePatch} on the patch class,
 * {@link io.jlivepatch.api.Redirect} on each replacement method, and
 * {@link io.jlivepatch.api.Quiescent} for application code that runs offline for reclamation.
 *
 * <p>This module has no dependencies. A patch jar is compiled against it and the application; the
 * agent reads the annotations by name, so the api jar need not be on the application's class path.
 */
package io.jlivepatch.api;
