package dev.refract.client.query;

/**
 * How a read loads included relations, as Prisma's {@code relationLoadStrategy}: {@link #JOIN}, one
 * statement that aggregates related records into JSON (PostgreSQL {@code LEFT JOIN LATERAL} with
 * {@code JSON_AGG}, MariaDB and SQLite {@code JSON_ARRAYAGG} in correlated subqueries), or
 * {@link #QUERY}, one statement per include level with the parents' keys in batched {@code IN} lists.
 * Both return the same records. A read that names none lets the planner choose (see
 * {@code dev.refract.client.internal.plan.StrategyChooser}).
 */
public enum RelationLoadStrategy {
    JOIN("join"),
    QUERY("query");

    private final String prismaName;

    RelationLoadStrategy(String prismaName) {
        this.prismaName = prismaName;
    }

    /** {@code "join"} or {@code "query"}, as in Prisma's arguments. */
    public String prismaName() {
        return prismaName;
    }
}
