package io.jlivepatch.patch;

/**
 * The callback methods of a patch class, each {@code name + descriptor} or {@code null}: the
 * kernel's {@code klp_callbacks}.
 *
 * @param prePatch {@code @PrePatch}, {@code ()V} or {@code ()Z}
 * @param postPatch {@code @PostPatch}, {@code ()V}
 * @param preUnpatch {@code @PreUnpatch}, {@code ()V}
 * @param postUnpatch {@code @PostUnpatch}, {@code ()V}
 */
public record Callbacks(String prePatch, String postPatch, String preUnpatch, String postUnpatch) {

    public static final Callbacks NONE = new Callbacks(null, null, null, null);
}
