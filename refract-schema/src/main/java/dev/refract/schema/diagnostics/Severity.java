package dev.refract.schema.diagnostics;

/** How bad a diagnostic is: errors make a schema invalid, warnings do not. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String title;

    Severity(String title) {
        this.title = title;
    }

    /** The word Prisma prints before the message. */
    public String title() {
        return title;
    }
}
