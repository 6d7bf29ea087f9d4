package dev.refract.codegen;

/** One generated source: its path relative to the output root ({@code com/acme/db/User.java}) and its text. */
public record GeneratedFile(String path, String content) {
}
