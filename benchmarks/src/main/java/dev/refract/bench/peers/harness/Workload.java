package dev.refract.bench.peers.harness;

/**
 * The suite's workloads. {@code ORM} ones run on prisma/orm-benchmarks' model (its 14 queries, then the
 * reads of the concurrency mix), {@code MOVIES} ones on the large-reads model. A workload that changes
 * state is reset outside the timed region ({@link Resets}).
 */
public enum Workload {
    SELECT_1("select-1", Data.ORM, false),
    FIND_MANY("findMany", Data.ORM, false),
    FIND_MANY_FILTER_PAGINATE_ORDER("findMany-filter-paginate-order", Data.ORM, false),
    FIND_MANY_INCLUDE("findMany-include-orders", Data.ORM, false),
    FIND_FIRST("findFirst", Data.ORM, false),
    FIND_FIRST_INCLUDE("findFirst-include-orders", Data.ORM, false),
    FIND_UNIQUE("findUnique", Data.ORM, false),
    FIND_UNIQUE_INCLUDE("findUnique-include-orders", Data.ORM, false),
    CREATE("create", Data.ORM, true),
    NESTED_CREATE("nested-create", Data.ORM, true),
    UPDATE("update", Data.ORM, true),
    NESTED_UPDATE("nested-update", Data.ORM, true),
    UPSERT("upsert", Data.ORM, true),
    NESTED_UPSERT("nested-upsert", Data.ORM, true),
    DELETE("delete", Data.ORM, true),
    /** Mix: a customer by id (the argument) with its orders. */
    BY_ID_ORDERS("mix-byId-orders", Data.ORM, false),
    /** Mix: a customer by id with its orders and their products (2 levels). */
    BY_ID_ORDERS_PRODUCTS("mix-byId-orders-products", Data.ORM, false),
    /** Mix: 50 customers by id from offset (the argument). */
    PAGE_50("mix-page-50", Data.ORM, false),
    MOVIES_25K("movies-findMany-25k", Data.MOVIES, false),
    MOVIES_TAKE_2000("movies-take-2000", Data.MOVIES, false),
    MOVIES_TAKE_2000_FILTERED("movies-take-2000-filtered", Data.MOVIES, false),
    MOVIES_TAKE_2000_CAST("movies-take-2000-include-cast", Data.MOVIES, false),
    STUDIOS_3_LEVEL("studios-movies-reviews-3-level", Data.MOVIES, false),
    MOVIES_SOME("movies-reviews-some", Data.MOVIES, false),
    MOVIES_NONE("movies-reviews-none", Data.MOVIES, false),
    MOVIES_ORDER_TAKE_50("movies-orderBy-take-50", Data.MOVIES, false);

    public enum Data { ORM, MOVIES }

    private final String label;
    private final Data data;
    private final boolean mutates;

    Workload(String label, Data data, boolean mutates) {
        this.label = label;
        this.data = data;
        this.mutates = mutates;
    }

    public String label() {
        return label;
    }

    public Data data() {
        return data;
    }

    public boolean mutates() {
        return mutates;
    }

    /** The argument a single-threaded run passes (customer 1, offset 0). */
    public long defaultArg() {
        return this == PAGE_50 ? 0 : 1;
    }
}
