package io.schemadoc.analysis.body;

/** A statement the analysis could not read in full: {@code line} is 1-based in the body, {@code reason} one short line. */
public record Unparsed(String text, int line, String reason) {}
