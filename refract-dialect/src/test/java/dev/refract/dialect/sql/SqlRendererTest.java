package dev.refract.dialect.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.dialect.Dialect;
import dev.refract.schema.model.Provider;
import dev.refract.dialect.values.ArrayValue;
import dev.refract.schema.model.ScalarKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlRendererTest {
    private static final Dialect PG = Dialect.of(Provider.POSTGRESQL);
    private static final Dialect MY = Dialect.of(Provider.MYSQL);
    private static final Dialect LITE = Dialect.of(Provider.SQLITE);

    private static Select usersWhere(Expr where) {
        return Select.from(TableRef.of("User").as("t0")).columns("t0", List.of("id", "email")).where(where);
    }

    @Test
    void valuesAreAlwaysBoundParameters() {
        Expr hostile = Expr.eq(Expr.column("t0", "email"), Expr.param("x' OR '1'='1"));
        RenderedSql sql = SqlRenderer.render(PG, usersWhere(hostile));
        assertThat(sql.sql()).isEqualTo("SELECT \"t0\".\"id\", \"t0\".\"email\" FROM \"User\" AS \"t0\" WHERE \"t0\".\"email\" = ?");
        assertThat(sql.parameters()).containsExactly("x' OR '1'='1");
    }

    @Test
    void identifiersAreQuotedPerDialect() {
        Select s = Select.from(TableRef.of("we\"ird`name")).columns(null, List.of("a"));
        assertThat(SqlRenderer.render(PG, s).sql()).isEqualTo("SELECT \"a\" FROM \"we\"\"ird`name\"");
        assertThat(SqlRenderer.render(MY, s).sql()).isEqualTo("SELECT `a` FROM `we\"ird``name`");
    }

    @Test
    void caseInsensitiveLikeIsNativeOnPostgresAndEmulatedElsewhere() {
        Expr like = new Expr.Binary(Expr.column("t0", "email"), Expr.Op.ILIKE, Expr.param("%a%"));
        assertThat(SqlRenderer.render(PG, usersWhere(like)).sql()).endsWith("WHERE \"t0\".\"email\" ILIKE ?");
        assertThat(SqlRenderer.render(MY, usersWhere(like)).sql()).endsWith("WHERE LOWER(`t0`.`email`) LIKE LOWER(?)");
        assertThat(SqlRenderer.render(LITE, usersWhere(like)).sql())
                .endsWith("WHERE LOWER(\"t0\".\"email\") LIKE LOWER(?) ESCAPE '\\'");
    }

    @Test
    void rowNumberPerPartitionInADerivedTable() {
        Expr rn = new Expr.RowNumber(List.of(Expr.column("t0", "authorId")),
                List.of(new Select.Order(Expr.column("t0", "title"), true, Select.NullsOrder.LAST)));
        Select inner = Select.from(TableRef.of("Post").as("t0"))
                .items(List.of(new Select.Item(Expr.column("t0", "id"), null), new Select.Item(rn, "rn")));
        Select outer = Select.from(TableRef.derived(inner, "d")).columns("d", List.of("id"))
                .where(new Expr.Binary(Expr.column("d", "rn"), Expr.Op.LE, Expr.param(2)));
        assertThat(SqlRenderer.render(PG, outer).sql()).isEqualTo("SELECT \"d\".\"id\" FROM (SELECT \"t0\".\"id\", "
                + "ROW_NUMBER() OVER (PARTITION BY \"t0\".\"authorId\" ORDER BY \"t0\".\"title\" DESC NULLS LAST) AS \"rn\" "
                + "FROM \"Post\" AS \"t0\") AS \"d\" WHERE \"d\".\"rn\" <= ?");
        assertThat(SqlRenderer.render(MY, outer).sql()).contains("OVER (PARTITION BY `t0`.`authorId` ORDER BY (`t0`.`title` IS NULL) ASC, `t0`.`title` DESC)");
    }

    @Test
    void jsonAggregationOfRelatedRowsPerDialect() {
        Expr row = new Expr.JsonArray(List.of(Expr.column("t1", "id"),
                new Expr.JsonValue(Expr.column("t1", "avatar"), Expr.JsonEncoding.HEX),
                new Expr.JsonValue(Expr.column("t1", "prefs"), Expr.JsonEncoding.TEXT)));
        Expr agg = new Expr.JsonArrayAgg(row, List.of(Select.Order.desc(Expr.column("t1", "id"))));
        Select related = Select.from(TableRef.of("Post").as("t1")).items(List.of(new Select.Item(agg, "d")))
                .where(Expr.eq(Expr.column("t1", "authorId"), Expr.column("t0", "id")));
        Select lateral = Select.from(TableRef.of("User").as("t0"))
                .join(new Select.Join(Select.JoinKind.LEFT_LATERAL, TableRef.derived(related, "l"), Expr.Keyword.TRUE))
                .columns("l", List.of("d"));
        assertThat(SqlRenderer.render(PG, lateral).sql()).isEqualTo("SELECT \"l\".\"d\" FROM \"User\" AS \"t0\" LEFT JOIN LATERAL "
                + "(SELECT JSON_AGG(JSON_BUILD_ARRAY(\"t1\".\"id\", ENCODE(\"t1\".\"avatar\", 'hex'), CAST(\"t1\".\"prefs\" AS TEXT)) "
                + "ORDER BY \"t1\".\"id\" DESC) AS \"d\" FROM \"Post\" AS \"t1\" WHERE \"t1\".\"authorId\" = \"t0\".\"id\") AS \"l\" ON TRUE");
        Select correlated = Select.from(TableRef.of("User").as("t0")).items(List.of(new Select.Item(new Expr.SubSelect(related), "d")));
        assertThat(SqlRenderer.render(MY, correlated).sql()).isEqualTo("SELECT (SELECT JSON_ARRAYAGG(JSON_ARRAY(`t1`.`id`, "
                + "HEX(`t1`.`avatar`), CAST(`t1`.`prefs` AS CHAR)) ORDER BY `t1`.`id` DESC) AS `d` FROM `Post` AS `t1` "
                + "WHERE `t1`.`authorId` = `t0`.`id`) AS `d` FROM `User` AS `t0`");
        assertThat(SqlRenderer.render(LITE, correlated).sql()).startsWith("SELECT (SELECT json_group_array(json_array(\"t1\".\"id\", "
                + "CASE WHEN \"t1\".\"avatar\" IS NULL THEN NULL ELSE hex(\"t1\".\"avatar\") END, \"t1\".\"prefs\") ORDER BY");
        assertThat(PG.supportsLateralJoin()).isTrue();
        assertThat(MY.supportsLateralJoin() || LITE.supportsLateralJoin()).isFalse();
        assertThat(MY.supportsCorrelatedDerivedTables()).isFalse();
    }

    @Test
    void emptyInListsAndJunctionsStayValidSql() {
        Expr none = new Expr.In(Expr.column("t0", "id"), List.of(), false);
        Expr all = new Expr.In(Expr.column("t0", "id"), List.of(), true);
        assertThat(SqlRenderer.render(PG, usersWhere(none)).sql()).endsWith("WHERE 1=0");
        assertThat(SqlRenderer.render(PG, usersWhere(all)).sql()).endsWith("WHERE 1=1");
        assertThat(SqlRenderer.render(PG, usersWhere(new Expr.Or(List.of()))).sql()).endsWith("WHERE 1=0");
        assertThat(SqlRenderer.render(PG, usersWhere(new Expr.And(List.of()))).sql()).doesNotContain("WHERE");
    }

    @Test
    void offsetWithoutLimitFollowsEachDatabase() {
        Select s = Select.from(TableRef.of("T")).offset(5L);
        assertThat(SqlRenderer.render(PG, s).sql()).isEqualTo("SELECT * FROM \"T\" OFFSET ?");
        assertThat(SqlRenderer.render(MY, s).sql()).isEqualTo("SELECT * FROM `T` LIMIT 18446744073709551615 OFFSET ?");
        assertThat(SqlRenderer.render(LITE, s).sql()).isEqualTo("SELECT * FROM \"T\" LIMIT -1 OFFSET ?");
    }

    @Test
    void nullsOrderingIsEmulatedWhereMissing() {
        Select s = Select.from(TableRef.of("T"))
                .orderBy(List.of(new Select.Order(Expr.column(null, "a"), true, Select.NullsOrder.LAST)));
        assertThat(SqlRenderer.render(PG, s).sql()).endsWith("ORDER BY \"a\" DESC NULLS LAST");
        assertThat(SqlRenderer.render(MY, s).sql()).endsWith("ORDER BY (`a` IS NULL) ASC, `a` DESC");
    }

    @Test
    void upsertAndSkipDuplicatesPerDialect() {
        Insert skip = new Insert(TableRef.of("T"), List.of("a"), List.of(List.of(Expr.param(1))),
                new Insert.OnConflict.DoNothing(), List.of());
        assertThat(SqlRenderer.render(PG, skip).sql()).isEqualTo("INSERT INTO \"T\" (\"a\") VALUES (?) ON CONFLICT DO NOTHING");
        assertThat(SqlRenderer.render(MY, skip).sql()).isEqualTo("INSERT IGNORE INTO `T` (`a`) VALUES (?)");
        Insert upsert = new Insert(TableRef.of("T"), List.of("a", "b"), List.of(List.of(Expr.param(1), Expr.param("x"))),
                new Insert.OnConflict.DoUpdate(List.of("a"), List.of(new Update.Assignment("b", Expr.param("y")))),
                List.of());
        assertThat(SqlRenderer.render(PG, upsert).sql())
                .isEqualTo("INSERT INTO \"T\" (\"a\", \"b\") VALUES (?, ?) ON CONFLICT (\"a\") DO UPDATE SET \"b\" = ?");
        assertThat(SqlRenderer.render(MY, upsert).sql())
                .isEqualTo("INSERT INTO `T` (`a`, `b`) VALUES (?, ?) ON DUPLICATE KEY UPDATE `b` = ?");
        assertThat(SqlRenderer.render(MY, upsert).parameters()).containsExactly(1, "x", "y");
    }

    @Test
    void aListOfKeysIsOneArrayWhereTheDatabaseHasArraysAndAnInListElsewhere() {
        Select s = Select.from(TableRef.of("O").as("t0")).columns("t0", List.of("id"))
                .where(new Expr.AnyOf(Expr.column("t0", "customerId"), ScalarKind.INT, List.of(1, 2, 3)));
        RenderedSql pg = SqlRenderer.render(PG, s);
        assertThat(pg.sql()).isEqualTo("SELECT \"t0\".\"id\" FROM \"O\" AS \"t0\" WHERE \"t0\".\"customerId\" = ANY(?)");
        assertThat(pg.parameters()).containsExactly(new ArrayValue(ScalarKind.INT, null, List.of(1, 2, 3)));
        RenderedSql my = SqlRenderer.render(MY, s);
        assertThat(my.sql()).endsWith("WHERE `t0`.`customerId` IN (?, ?, ?)");
        assertThat(my.parameters()).containsExactly(1, 2, 3);
        Select none = s.where(new Expr.AnyOf(Expr.column("t0", "customerId"), ScalarKind.INT, List.of()));
        assertThat(SqlRenderer.render(PG, none).sql()).endsWith("WHERE 1=0");
        assertThat(SqlRenderer.render(LITE, none).sql()).endsWith("WHERE 1=0");
    }

    @Test
    void insertFromAQueryBindsItsValuesInOrder() {
        Select found = Select.from(TableRef.of("P").as("t0"))
                .items(List.of(new Select.Item(Expr.param(7), null), new Select.Item(Expr.column("t0", "id"), null)))
                .where(Expr.eq(Expr.column("t0", "id"), Expr.param(2)));
        InsertSelect link = new InsertSelect(TableRef.of("_J"), List.of("A", "B"), found, false);
        assertThat(SqlRenderer.render(PG, link).sql())
                .isEqualTo("INSERT INTO \"_J\" (\"A\", \"B\") SELECT ?, \"t0\".\"id\" FROM \"P\" AS \"t0\" WHERE \"t0\".\"id\" = ?");
        assertThat(SqlRenderer.render(MY, link).sql())
                .isEqualTo("INSERT INTO `_J` (`A`, `B`) SELECT ?, `t0`.`id` FROM `P` AS `t0` WHERE `t0`.`id` = ?");
        assertThat(SqlRenderer.render(LITE, link).parameters()).containsExactly(7, 2);
        InsertSelect skip = new InsertSelect(TableRef.of("_J"), List.of("A", "B"), found, true);
        assertThat(SqlRenderer.render(PG, skip).sql()).endsWith(" WHERE \"t0\".\"id\" = ? ON CONFLICT DO NOTHING");
        assertThat(SqlRenderer.render(MY, skip).sql()).startsWith("INSERT IGNORE INTO `_J`").doesNotContain("CONFLICT");
        assertThatThrownBy(() -> new InsertSelect(TableRef.of("_J"), List.of("A"), found, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void returningIsRefusedWhereUnsupported() {
        Delete d = new Delete(TableRef.of("T"), null, List.of("id"));
        assertThat(SqlRenderer.render(PG, d).sql()).isEqualTo("DELETE FROM \"T\" RETURNING \"id\"");
        assertThatThrownBy(() -> SqlRenderer.render(MY, d)).isInstanceOf(IllegalStateException.class);
    }
}
