package io.jlivepatch.bootstrap;

/**
 * Padding before the hot fields of {@link ThreadRecord}: HotSpot lays out a superclass's fields
 * before its subclass's, so these sit between the record's header and its fields, and
 * {@link ThreadRecord}'s own padding sits after them.
 */
@SuppressWarnings("unused")
abstract class ThreadRecordPad {
    private long p00;
    private long p01;
    private long p02;
    private long p03;
    private long p04;
    private long p05;
    private long p06;
    private long p07;
}
