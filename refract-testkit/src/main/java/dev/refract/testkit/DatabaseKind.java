package dev.refract.testkit;

/** The database engines the kit can hand out, named like Prisma's {@code provider} values. */
public enum DatabaseKind {
    POSTGRES("postgresql"),
    MYSQL("mysql"),
    SQLITE("sqlite");

    private final String provider;

    DatabaseKind(String provider) {
        this.provider = provider;
    }

    /** The datasource {@code provider} a Prisma schema uses for this engine. */
    public String prismaProvider() {
        return provider;
    }
}
