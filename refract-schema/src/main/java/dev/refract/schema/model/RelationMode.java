package dev.refract.schema.model;

/** Whether relations are enforced by foreign keys in the database or emulated by the client ({@code "prisma"}). */
public enum RelationMode {
    FOREIGN_KEYS("foreignKeys"),
    PRISMA("prisma");

    private final String schemaName;

    RelationMode(String schemaName) {
        this.schemaName = schemaName;
    }

    public String schemaName() {
        return schemaName;
    }
}
