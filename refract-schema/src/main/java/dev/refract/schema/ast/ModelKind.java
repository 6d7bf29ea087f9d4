package dev.refract.schema.ast;

/** What a {@code model}-shaped block declares. */
public enum ModelKind {
    MODEL("model"),
    VIEW("view"),
    COMPOSITE_TYPE("type");

    private final String keyword;

    ModelKind(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }
}
