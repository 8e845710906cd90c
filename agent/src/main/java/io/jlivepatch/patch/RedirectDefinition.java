package io.jlivepatch.patch;

/**
 * One {@code @Redirect} method: the kernel's {@code klp_func}, before its target is resolved.
 *
 * @param targetClass binary name of the class that declares the target
 * @param targetMethod name of the target method
 * @param targetDescriptor JVM descriptor of the target, or empty to derive it
 * @param replacementName name of the replacement method in the patch class
 * @param replacementDescriptor JVM descriptor of the replacement method
 * @param fingerprint the {@link Fingerprint} of the target's bytecode the patch was built against,
 *     or empty when the patch does not say (then the guard does not check it)
 */
public record RedirectDefinition(String targetClass, String targetMethod, String targetDescriptor,
        String replacementName, String replacementDescriptor, String fingerprint) {

    /** A redirect that records no fingerprint. */
    public RedirectDefinition(String targetClass, String targetMethod, String targetDescriptor,
            String replacementName, String replacementDescriptor) {
        this(targetClass, targetMethod, targetDescriptor, replacementName, replacementDescriptor, "");
    }

    /** The target as the user wrote it, for messages: {@code com.acme.Pricing.total}. */
    public String targetDisplayName() {
        return targetClass + "." + targetMethod + targetDescriptor;
    }
}
