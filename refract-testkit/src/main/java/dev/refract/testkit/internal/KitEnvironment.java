package dev.refract.testkit.internal;

import java.util.Map;
import java.util.List;

/**
 * What the kit reads from the environment: whether this is CI (a missing server is then a
 * failure) and where the servers are. Tests of the kit build one from their own map.
 */
public record KitEnvironment(boolean ci, ServerAddress postgres, ServerAddress mysql) {
    public static final String CI = "CI";
    public static final String PG_URL = "REFRACT_TEST_PG_URL";
    public static final String MYSQL_URL = "REFRACT_TEST_MYSQL_URL";

    static final ServerAddress DEFAULT_POSTGRES = new ServerAddress("127.0.0.1", 5432, "postgres", "", "postgres");
    static final ServerAddress DEFAULT_MYSQL = new ServerAddress("127.0.0.1", 3306, "root", "", null);

    public static KitEnvironment current() {
        return from(System.getenv());
    }

    public static KitEnvironment from(Map<String, String> env) {
        boolean ci = "true".equalsIgnoreCase(blankToNull(env.get(CI)));
        String pg = blankToNull(env.get(PG_URL));
        String mysql = blankToNull(env.get(MYSQL_URL));
        return new KitEnvironment(ci,
                pg == null ? DEFAULT_POSTGRES
                        : ServerAddress.parse(PG_URL, pg, List.of("postgresql", "postgres"), DEFAULT_POSTGRES),
                mysql == null ? DEFAULT_MYSQL
                        : ServerAddress.parse(MYSQL_URL, mysql, List.of("mysql", "mariadb"), DEFAULT_MYSQL));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
