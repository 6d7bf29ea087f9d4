package dev.refract.dialect.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.values.JsonText;
import dev.refract.schema.model.Provider;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL of scalar-list operators and JSON expressions per dialect; path segments and values stay parameters. */
class JsonAndArrayRenderingTest {
    private static final Dialect PG = Dialect.of(Provider.POSTGRESQL);
    private static final Dialect MY = Dialect.of(Provider.MYSQL);
    private static final Dialect LITE = Dialect.of(Provider.SQLITE);
    private static final Expr META = Expr.column("t0", "meta");

    private static RenderedSql where(Dialect d, Expr e) {
        return SqlRenderer.render(d, Select.from(TableRef.of("Doc").as("t0")).columns("t0", List.of("id")).where(e));
    }

    private static String condition(Dialect d, Expr e) {
        String sql = where(d, e).sql();
        return sql.substring(sql.indexOf(" WHERE ") + 7);
    }

    @Test
    void arrayOperatorsOnPostgresOnly() {
        Expr has = new Expr.ArrayBinary(Expr.column("t0", "tags"), Expr.ArrayOp.CONTAINS, Expr.param("x"));
        assertThat(condition(PG, has)).isEqualTo("(\"t0\".\"tags\" @> ?)");
        assertThat(condition(PG, new Expr.ArrayBinary(Expr.column("t0", "tags"), Expr.ArrayOp.OVERLAPS, Expr.param("x"))))
                .isEqualTo("(\"t0\".\"tags\" && ?)");
        assertThatThrownBy(() -> where(MY, has)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void pathsAndTypeTests() {
        Expr path = new Expr.JsonPath(META, List.of("a", "0"), true);
        RenderedSql pg = where(PG, new Expr.Binary(path, Expr.Op.LIKE, Expr.param("%x%")));
        assertThat(pg.sql()).endsWith("WHERE (CAST(\"t0\".\"meta\" AS jsonb) #>> ARRAY[?, ?]::text[]) LIKE ?");
        assertThat(pg.parameters()).containsExactly("a", "0", "%x%");
        RenderedSql my = where(MY, new Expr.Binary(path, Expr.Op.LIKE, Expr.param("%x%")));
        assertThat(my.sql()).endsWith("WHERE JSON_UNQUOTE(JSON_EXTRACT(`t0`.`meta`, ?)) LIKE ?");
        assertThat(my.parameters()).containsExactly("$.\"a\"[0]", "%x%");
        Expr number = new Expr.JsonTypeIs(META, Expr.JsonType.NUMBER);
        assertThat(condition(PG, number)).isEqualTo("JSONB_TYPEOF(CAST(\"t0\".\"meta\" AS jsonb)) = ?");
        assertThat(where(PG, number).parameters()).containsExactly("number");
        assertThat(condition(MY, number)).isEqualTo("JSON_TYPE(`t0`.`meta`) IN (?, ?, ?, ?)");
    }

    @Test
    void equalityContainmentAndArrayEnds() {
        Expr doc = new Expr.JsonDocument(Expr.param(new JsonText("{\"a\":1}")));
        assertThat(condition(PG, new Expr.JsonEquals(META, doc))).isEqualTo("CAST(\"t0\".\"meta\" AS jsonb) = CAST(? AS jsonb)");
        assertThat(condition(MY, new Expr.JsonEquals(META, doc)))
                .isEqualTo("(JSON_CONTAINS(`t0`.`meta`, ?) AND JSON_CONTAINS(?, `t0`.`meta`))");
        assertThat(condition(LITE, new Expr.JsonEquals(META, doc))).isEqualTo("json(\"t0\".\"meta\") = json(?)");
        assertThat(condition(PG, new Expr.JsonContains(META, doc))).isEqualTo("CAST(\"t0\".\"meta\" AS jsonb) @> CAST(? AS jsonb)");
        assertThat(condition(PG, new Expr.JsonEquals(new Expr.JsonElement(META, true), doc)))
                .isEqualTo("CAST((CAST(\"t0\".\"meta\" AS jsonb) -> ?) AS jsonb) = CAST(? AS jsonb)");
        assertThat(condition(MY, new Expr.JsonEquals(new Expr.JsonElement(META, true), doc))).startsWith(
                "(JSON_CONTAINS(JSON_EXTRACT(`t0`.`meta`, CONCAT(?, JSON_LENGTH(`t0`.`meta`) - 1, ?)), ?)");
        assertThatThrownBy(() -> where(LITE, new Expr.JsonContains(META, doc))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void comparisonsBindTheScalar() {
        RenderedSql pg = where(PG, new Expr.JsonCompare(META, Expr.Op.GT, 5));
        assertThat(pg.sql()).endsWith("WHERE CAST(\"t0\".\"meta\" AS jsonb) > CAST(? AS jsonb)");
        assertThat(pg.parameters()).containsExactly(new JsonText("5"));
        assertThat(where(PG, new Expr.JsonCompare(META, Expr.Op.LT, "a\"b")).parameters()).containsExactly(new JsonText("\"a\\\"b\""));
        assertThat(condition(MY, new Expr.JsonCompare(META, Expr.Op.GT, 5))).isEqualTo("`t0`.`meta` > ?");
        assertThat(condition(MY, new Expr.JsonCompare(META, Expr.Op.GT, "a"))).isEqualTo("JSON_UNQUOTE(`t0`.`meta`) > ?");
    }
}
