package dev.refract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.client.query.FieldWrite;
import dev.refract.client.query.Filter;
import dev.refract.client.query.ScalarOp;
import dev.refract.client.query.Selection;
import dev.refract.client.query.WriteData;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.Provider;
import dev.refract.schema.model.ScalarField;
import dev.refract.testkit.MySqlTest;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.SqliteTest;
import dev.refract.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** create, createMany(AndReturn), update, updateMany, upsert, delete, deleteMany and Prisma's error codes, on each database. */
class WriteTest {
    private static final AtomicInteger SEQ = new AtomicInteger();

    @SuppressWarnings("unchecked")
    abstract static class OnDatabase extends BlogDatabase {

        static String email() {
            return "w" + SEQ.incrementAndGet() + "@write.io";
        }

        Map<String, Object> exec(String model, String action, Map<String, Object> args) {
            return (Map<String, Object>) client.execute(model, action, args);
        }

        Map<String, Object> newUser(String email) {
            return exec("User", "create", m("data", m("email", email, "password", "pw")));
        }

        @Test
        void createFillsDefaultsAndUpdatedAtAndReturnsTheRecord() {
            Instant before = Instant.now().minusSeconds(1);
            String email = email();
            Map<String, Object> user = newUser(email);
            assertThat(user.keySet()).containsExactly("id", "email", "name", "password", "role", "createdAt", "updatedAt");
            assertThat(user.get("email")).isEqualTo(email);
            assertThat(user.get("role")).isEqualTo("USER");
            assertThat(user.get("name")).isNull();
            assertThat((Instant) user.get("createdAt")).isAfter(before).isEqualTo(user.get("updatedAt"));
            assertThat(user.get("id")).isInstanceOf(Integer.class);
            // INSERT ... RETURNING the record where the database has RETURNING; else INSERT, then the re-read
            assertThat(statements).hasSize(dialect().supportsReturning() ? 1 : 2);
            assertThat(statements.get(0)).startsWith("INSERT INTO");
        }

        @Test
        void aPlainCreateReturnsWhatAReadReturnsWithTheSameTypes() {
            Map<String, Object> user = newUser(email());
            Map<String, Object> read = exec("User", "findUnique", m("where", m("id", user.get("id"))));
            assertThat(user).isEqualTo(read);
            user.forEach((k, v) -> assertThat(v == null ? null : v.getClass()).as(k)
                    .isEqualTo(read.get(k) == null ? null : read.get(k).getClass()));
            statements.clear();
            Map<String, Object> picked = exec("User", "create", m("data", m("email", email(), "password", "pw"),
                    "select", m("role", true, "id", true)));
            assertThat(picked.keySet()).containsExactly("role", "id");
            assertThat(statements).hasSize(dialect().supportsReturning() ? 1 : 2);
            Map<String, Object> omitted = exec("User", "create", m("data", m("email", email(), "password", "pw"),
                    "omit", m("password", true)));
            assertThat(omitted).doesNotContainKey("password").containsKeys("id", "email", "updatedAt");
        }

        @Test
        void aPlainCreateInsideATransactionJoinsIt() {
            String email = email();
            assertThatThrownBy(() -> client.transaction(tx -> {
                newUser(email);
                throw new IllegalStateException("undo");
            })).hasMessage("undo");
            assertThat(exec("User", "findUnique", m("where", m("email", email)))).isNull();
        }

        @Test
        void aCreateWithRelationsInItsSelectionRereadsInATransaction() {
            exec("User", "create", m("data", m("email", email(), "password", "pw"), "include", m("posts", true)));
            assertThat(statements).hasSize(3);
            assertThat(statements.get(0)).startsWith("INSERT INTO");
        }

        @Test
        void createHonoursSelectAndInclude() {
            Map<String, Object> user = exec("User", "create", m("data", m("email", email(), "password", "pw"),
                    "select", m("email", true, "posts", true)));
            assertThat(user.keySet()).containsExactly("email", "posts");
            assertThat((List<?>) user.get("posts")).isEmpty();
        }

        @Test
        void uniqueViolationIsP2002WithTheTargetFields() {
            String email = email();
            newUser(email);
            assertThatThrownBy(() -> newUser(email)).isInstanceOfSatisfying(RefractException.class, e -> {
                assertThat(e.code()).isEqualTo("P2002");
                assertThat(e.getMessage()).isEqualTo("Unique constraint failed on the fields: (`email`)");
                assertThat(e.meta()).containsEntry("target", List.of("email")).containsEntry("modelName", "User");
            });
        }

        @Test
        void foreignKeyViolationIsP2003() {
            assertThatThrownBy(() -> exec("Post", "create", m("data", m("title", "t", "authorId", 9999))))
                    .isInstanceOfSatisfying(RefractException.class, e -> {
                        assertThat(e.code()).isEqualTo("P2003");
                        assertThat(e.getMessage()).startsWith("Foreign key constraint violated on the ");
                    });
        }

        @Test
        void missingOrNullRequiredArgumentsAreValidationErrors() {
            assertThatThrownBy(() -> exec("User", "create", m("data", m("email", email(), "password", null))))
                    .isInstanceOf(RefractValidationException.class).hasMessageContaining("must not be null");
            assertThatThrownBy(() -> exec("User", "create", m("data", m("email", email()))))
                    .isInstanceOfSatisfying(RefractValidationException.class, e -> {
                        assertThat(e.code()).isEqualTo("P2009");
                        assertThat(e.getMessage()).contains("Argument `password` is missing.").contains("`data.password`");
                    });
            assertThatThrownBy(() -> exec("Post", "create", m("data", m("title", "no author"))))
                    .hasMessageContaining("Argument `authorId` is missing.");
            assertThat(statements).isEmpty();
        }

        /** Whether a String column has a length limit (MySQL's VARCHAR(191)); PostgreSQL's text and SQLite have none. */
        protected boolean limitsStringLength() {
            return false;
        }

        @Test
        void aTooLongValueIsP2000WhereTheDatabaseLimitsLengths() {
            Assumptions.assumeTrue(limitsStringLength());
            assertThatThrownBy(() -> exec("User", "create", m("data", m("email", email(), "password", "p", "name", "x".repeat(300)))))
                    .isInstanceOfSatisfying(RefractException.class, e -> {
                        assertThat(e.code()).isEqualTo("P2000");
                        assertThat(e.getMessage()).isEqualTo("The provided value for the column is too long for the column's type. Column: name");
                    });
        }

        @Test
        void updateSetsValuesAndAtomicNumbersAndUpdatedAt() throws Exception {
            Map<String, Object> user = newUser(email());
            Map<String, Object> post = exec("Post", "create", m("data", m("title", "n", "authorId", user.get("id"))));
            Thread.sleep(5);
            Map<String, Object> updated = exec("Post", "update", m("where", m("id", post.get("id")),
                    "data", m("title", m("set", "renamed"), "content", "c", "authorId", m("increment", 0))));
            assertThat(updated.get("title")).isEqualTo("renamed");
            assertThat(updated.get("content")).isEqualTo("c");
            assertThat((Instant) updated.get("updatedAt")).isAfter((Instant) post.get("updatedAt"));
            assertThat(updated.get("createdAt")).isEqualTo(post.get("createdAt"));
        }

        @Test
        void atomicIncrementDecrementMultiplyDivide() {
            Map<String, Object> cat = exec("Category", "create", m("data", m("id", 500 + SEQ.incrementAndGet(), "name", email())));
            Object id = cat.get("id");
            int start = (Integer) id;
            Map<String, Object> r = exec("Category", "update", m("where", m("id", id), "data", m("id", m("increment", 1000))));
            assertThat(r.get("id")).isEqualTo(start + 1000);
            r = exec("Category", "update", m("where", m("id", start + 1000), "data", m("id", m("multiply", 2))));
            assertThat(r.get("id")).isEqualTo((start + 1000) * 2);
            r = exec("Category", "update", m("where", m("id", (start + 1000) * 2), "data", m("id", m("divide", 2))));
            assertThat(r.get("id")).isEqualTo(start + 1000);
            r = exec("Category", "update", m("where", m("id", start + 1000), "data", m("id", m("decrement", 1000))));
            assertThat(r.get("id")).isEqualTo(start);
        }

        @Test
        void plainUpdateAndDeleteAreOneStatementWhereTheDatabaseReturnsRows() {
            Map<String, Object> user = newUser(email());
            statements.clear();
            Map<String, Object> updated = exec("User", "update", m("where", m("id", user.get("id")), "data", m("name", "one")));
            assertThat(updated.keySet()).isEqualTo(user.keySet());
            assertThat(updated.get("name")).isEqualTo("one");
            assertThat(updated).isEqualTo(exec("User", "findUnique", m("where", m("id", user.get("id")))));
            // keys, UPDATE, re-read without RETURNING
            assertThat(statements).hasSize(dialect().supportsReturning() ? 2 : 4);
            statements.clear();
            Map<String, Object> deleted = exec("User", "delete", m("where", m("email", user.get("email")),
                    "select", m("name", true, "id", true)));
            assertThat(deleted).isEqualTo(m("name", "one", "id", user.get("id")));
            // read, keys, DELETE without RETURNING
            assertThat(statements).hasSize(dialect().supportsReturning() ? 1 : 3);
            assertThat(exec("User", "findUnique", m("where", m("id", user.get("id"))))).isNull();
        }

        @Test
        void anUpdateWithRelationsInItsSelectionOrARelationFilterRereads() {
            Map<String, Object> user = newUser(email());
            statements.clear();
            Map<String, Object> updated = exec("User", "update", m("where", m("id", user.get("id")), "data", m("name", "two"),
                    "include", m("posts", true)));
            assertThat(updated.get("posts")).isEqualTo(List.of());
            assertThat(statements.size()).isGreaterThan(2);
            statements.clear();
            assertThatThrownBy(() -> exec("User", "update", m("where", m("id", user.get("id"), "posts", m("some", m("id", 1))),
                    "data", m("name", "three")))).isInstanceOfSatisfying(RefractException.class, e -> assertThat(e.code()).isEqualTo("P2025"));
            assertThat(statements.get(0)).startsWith("SELECT");
        }

        @Test
        void updateAndDeleteOfAMissingRecordAreP2025() {
            assertThatThrownBy(() -> exec("User", "update", m("where", m("id", 99999), "data", m("name", "x"))))
                    .isInstanceOfSatisfying(RefractException.class, e -> {
                        assertThat(e.code()).isEqualTo("P2025");
                        assertThat(e.getMessage()).isEqualTo("An operation failed because it depends on one or more records that "
                                + "were required but not found. Record to update not found.");
                    });
            assertThatThrownBy(() -> exec("User", "delete", m("where", m("email", "nobody@x.io"))))
                    .isInstanceOfSatisfying(RefractException.class, e -> {
                        assertThat(e.code()).isEqualTo("P2025");
                        assertThat(e.meta()).containsEntry("cause", "Record to delete does not exist.");
                    });
        }

        @Test
        void deleteReturnsTheDeletedRecord() {
            Map<String, Object> user = newUser(email());
            Map<String, Object> deleted = exec("User", "delete", m("where", m("id", user.get("id")), "select", m("email", true)));
            assertThat(deleted).isEqualTo(m("email", user.get("email")));
            assertThat(client.execute("User", "findUnique", m("where", m("id", user.get("id"))))).isNull();
        }

        @Test
        void createManySendsOneInsertAndSkipsDuplicates() {
            String a = email();
            String b = email();
            List<Map<String, Object>> rows = List.of(m("email", a, "password", "p"), m("email", b, "password", "p"));
            assertThat(exec("User", "createMany", m("data", rows))).isEqualTo(Map.of("count", 2));
            assertThat(statements).hasSize(1);
            statements.clear();
            String c = email();
            List<Map<String, Object>> again = List.of(m("email", a, "password", "p"), m("email", c, "password", "p"));
            assertThat(exec("User", "createMany", m("data", again, "skipDuplicates", true))).isEqualTo(Map.of("count", 1));
            assertThat(statements).hasSize(1);
            assertThatThrownBy(() -> exec("User", "createMany", m("data", again)))
                    .isInstanceOfSatisfying(RefractException.class, e -> assertThat(e.code()).isEqualTo("P2002"));
        }

        @Test
        void createManyChunksBelowTheParameterLimit() {
            int perRow = 4;
            int rows = dialect().maxBindParameters() / perRow + 10;
            List<Map<String, Object>> data = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                data.add(m("email", "chunk" + i + "-" + SEQ.incrementAndGet() + "@c.io", "password", "p"));
            }
            assertThat(exec("User", "createMany", m("data", data))).isEqualTo(Map.of("count", rows));
            assertThat(statements.stream().map(s -> s.substring(0, 11)).toList()).containsExactly("INSERT INTO", "INSERT INTO");
            exec("User", "deleteMany", m("where", m("email", m("startsWith", "chunk"))));
        }

        @Test
        void updateManyAndDeleteManyHonourLimit() {
            String tag = "limit" + SEQ.incrementAndGet();
            exec("User", "createMany", m("data", List.of(m("email", tag + "a@m.io", "password", "p"),
                    m("email", tag + "b@m.io", "password", "p"), m("email", tag + "c@m.io", "password", "p"))));
            Map<String, Object> mine = m("email", m("startsWith", tag));
            assertThat(exec("User", "updateMany", m("where", mine, "data", m("name", "limited"), "limit", 2))).isEqualTo(Map.of("count", 2));
            assertThat(client.execute("User", "count", m("where", m("email", m("startsWith", tag), "name", "limited")))).isEqualTo(2);
            assertThat(exec("User", "deleteMany", m("where", mine, "limit", 1))).isEqualTo(Map.of("count", 1));
            assertThat(client.execute("User", "count", m("where", mine))).isEqualTo(2);
            assertThat(exec("User", "deleteMany", m("where", mine, "limit", 0))).isEqualTo(Map.of("count", 0));
            assertThatThrownBy(() -> exec("User", "deleteMany", m("where", mine, "limit", -1)))
                    .isInstanceOf(RefractValidationException.class);
        }

        @Test
        void updateManyAndReturnReturnsTheChangedRecords() {
            Assumptions.assumeTrue(dialect().supportsReturning(), "needs RETURNING, as in Prisma");
            String tag = "umar" + SEQ.incrementAndGet();
            exec("User", "createMany", m("data", List.of(m("email", tag + "a@m.io", "password", "p"), m("email", tag + "b@m.io", "password", "p"))));
            List<Map<String, Object>> changed = (List<Map<String, Object>>) client.execute("User", "updateManyAndReturn",
                    m("where", m("email", m("startsWith", tag)), "data", m("name", "both"), "select", m("email", true, "name", true)));
            assertThat(changed).containsExactly(m("email", tag + "a@m.io", "name", "both"), m("email", tag + "b@m.io", "name", "both"));
            assertThat((List<?>) client.execute("User", "updateManyAndReturn", m("where", m("email", "none@m.io"), "data", m("name", "x"))))
                    .isEmpty();
        }

        @Test
        void writeActionsRejectArgumentsTheyDoNotTake() {
            assertThatThrownBy(() -> exec("User", "updateMany", m("where", m("id", 1), "data", m("name", "x"), "take", 1)))
                    .isInstanceOf(RefractValidationException.class).hasMessageContaining("Unknown argument `take`");
            assertThatThrownBy(() -> exec("User", "createMany", m("data", List.of(), "select", m("id", true))))
                    .isInstanceOf(RefractValidationException.class).hasMessageContaining("Unknown argument `select`");
        }

        @Test
        void aUniqueWhereTakesTheUniqueFieldsValueNotAFilter() {
            assertThatThrownBy(() -> exec("User", "upsert", m("where", m("id", m("gt", 1)), "update", m(),
                    "create", m("email", email(), "password", "p"))))
                    .isInstanceOf(RefractValidationException.class);
            assertThatThrownBy(() -> client.execute("User", "findUnique", m("where", m("email", m("equals", "ann@x.io")))))
                    .isInstanceOf(RefractValidationException.class);
        }

        @Test
        void updateManyAndDeleteManyReturnCounts() {
            String tag = "many" + SEQ.incrementAndGet();
            exec("User", "createMany", m("data", List.of(m("email", tag + "a@m.io", "password", "p"), m("email", tag + "b@m.io", "password", "p"))));
            statements.clear();
            assertThat(exec("User", "updateMany", m("where", m("email", m("startsWith", tag)), "data", m("name", "many"))))
                    .isEqualTo(Map.of("count", 2));
            assertThat(statements).hasSize(1);
            assertThat(exec("User", "updateMany", m("where", m("email", m("startsWith", tag), "posts", m("none", m())),
                    "data", m("name", "again")))).isEqualTo(Map.of("count", 2));
            assertThat(exec("User", "updateMany", m("where", m("email", m("startsWith", tag)), "data", m("name", "again"))))
                    .as("matched rows, not changed rows").isEqualTo(Map.of("count", 2));
            assertThat(exec("User", "deleteMany", m("where", m("email", m("startsWith", tag))))).isEqualTo(Map.of("count", 2));
            assertThat(exec("User", "deleteMany", m("where", m("email", m("startsWith", tag))))).isEqualTo(Map.of("count", 0));
        }

        @Test
        void upsertCreatesThenUpdatesNatively() {
            String email = email();
            Map<String, Object> args = m("where", m("email", email), "create", m("email", email, "password", "p", "name", "new"),
                    "update", m("name", "updated"));
            assertThat(exec("User", "upsert", args).get("name")).isEqualTo("new");
            statements.clear();
            assertThat(exec("User", "upsert", args).get("name")).isEqualTo("updated");
            // RETURNING the record where the database has it; else the upsert, then the re-read
            assertThat(statements.size()).isEqualTo(dialect().supportsReturning() ? 1 : 2);
            assertThat(statements.get(0)).startsWith("INSERT").containsAnyOf("ON CONFLICT", "ON DUPLICATE KEY");
        }

        @Test
        void nativeUpsertWhoseUpdateChangesTheWhereFieldReturnsTheRecord() {
            String email = email();
            String renamed = email();
            Map<String, Object> args = m("where", m("email", email), "create", m("email", email, "password", "p", "name", "new"),
                    "update", m("email", renamed));
            Map<String, Object> made = exec("User", "upsert", args);
            assertThat(made.get("email")).isEqualTo(email);
            Map<String, Object> updated = exec("User", "upsert", args);
            assertThat(updated.get("email")).isEqualTo(renamed);
            assertThat(updated.get("id")).isEqualTo(made.get("id"));
        }

        @Test
        void upsertByIdWithOtherCreateDataUpdatesFirstWhereTheDatabaseReturnsRows() {
            Map<String, Object> user = newUser(email());
            statements.clear();
            Map<String, Object> r = exec("User", "upsert", m("where", m("id", user.get("id")),
                    "create", m("email", email(), "password", "p"), "update", m("name", "by id")));
            assertThat(r.get("name")).isEqualTo("by id");
            assertThat(r).isEqualTo(exec("User", "findUnique", m("where", m("id", user.get("id")))));
            if (dialect().supportsReturning()) {
                // UPDATE ... RETURNING finds the record
                assertThat(statements.get(0)).startsWith("UPDATE");
                assertThat(statements).hasSize(2); // and the findUnique
            } else {
                assertThat(statements.get(0)).startsWith("SELECT");
            }
            statements.clear();
            String fresh = email();
            Map<String, Object> made = exec("User", "upsert", m("where", m("id", 987_654),
                    "create", m("email", fresh, "password", "p"), "update", m("name", "never")));
            assertThat(made.get("email")).isEqualTo(fresh);
            assertThat(made.get("name")).isNull();
            assertThat(statements.stream().map(st -> st.substring(0, 6)).toList()).contains("INSERT");
            assertThat(exec("User", "findUnique", m("where", m("id", 987_654)))).isNull();
        }

        @Test
        void theQueryModelFrontDoorWritesWithoutMaps() {
            Model user = schema.model("User").orElseThrow();
            ScalarField email = user.scalarField("email").orElseThrow();
            String address = email();
            Map<String, Object> made = client.create(new WriteData(user, Map.of(email, new FieldWrite.Set(address),
                    user.scalarField("password").orElseThrow(), new FieldWrite.Set("p")), Map.of()), Selection.scalarsOf(user));
            assertThat(made.get("email")).isEqualTo(address);
            Filter where = new Filter.ScalarFilter(email, ScalarOp.EQUALS, address, false);
            Map<String, Object> updated = client.update(user, where, new WriteData(user,
                    Map.of(user.scalarField("name").orElseThrow(), new FieldWrite.Set("typed")), Map.of()), Selection.scalarsOf(user));
            assertThat(updated.get("name")).isEqualTo("typed");
            assertThat(client.deleteMany(user, where)).isEqualTo(1);
        }

        @Test
        void theQueryModelFrontDoorLimitsManyWritesAndReturnsUpdatedRecords() {
            Model user = schema.model("User").orElseThrow();
            ScalarField email = user.scalarField("email").orElseThrow();
            ScalarField name = user.scalarField("name").orElseThrow();
            String tag = "qlim" + SEQ.incrementAndGet();
            exec("User", "createMany", m("data", List.of(m("email", tag + "a@m.io", "password", "p"),
                    m("email", tag + "b@m.io", "password", "p"), m("email", tag + "c@m.io", "password", "p"))));
            Filter mine = new Filter.ScalarFilter(email, ScalarOp.STARTS_WITH, tag, false);
            WriteData rename = new WriteData(user, Map.of(name, new FieldWrite.Set("limited")), Map.of());
            assertThat(client.updateMany(user, mine, rename, 2)).isEqualTo(2);
            assertThat(client.execute("User", "count", m("where", m("email", m("startsWith", tag), "name", "limited")))).isEqualTo(2);
            assertThatThrownBy(() -> client.updateMany(user, mine, rename, -1)).isInstanceOf(RefractValidationException.class)
                    .hasMessageContaining("Invalid value for argument `limit`: -1 is negative");
            Selection picked = new Selection(List.of(email, name), Map.of(), Map.of());
            WriteData both = new WriteData(user, Map.of(name, new FieldWrite.Set("both")), Map.of());
            if (dialect().supportsReturning()) {
                // which two of the three a limit without an order picks is the database's choice, as in Prisma
                List<Map<String, Object>> two = client.updateManyAndReturn(user, mine, both, 2, picked);
                assertThat(two).hasSize(2).allSatisfy(r -> assertThat(r).containsOnlyKeys("email", "name").containsEntry("name", "both"));
                assertThat(client.execute("User", "count", m("where", m("email", m("startsWith", tag), "name", "both")))).isEqualTo(2);
                assertThat(client.updateManyAndReturn(user, mine, both, null, picked)).extracting(r -> r.get("email"))
                        .containsExactly(tag + "a@m.io", tag + "b@m.io", tag + "c@m.io");
            } else {
                assertThatThrownBy(() -> client.updateManyAndReturn(user, mine, both, null, picked))
                        .isInstanceOf(RefractValidationException.class)
                        .hasMessageContaining("updateManyAndReturn is not available on mysql: the database has no RETURNING");
            }
            assertThat(client.deleteMany(user, mine, 1)).isEqualTo(1);
            assertThat(client.execute("User", "count", m("where", m("email", m("startsWith", tag))))).isEqualTo(2);
            assertThatThrownBy(() -> client.deleteMany(user, mine, -2)).isInstanceOf(RefractValidationException.class);
            assertThat(client.deleteMany(user, mine, null)).isEqualTo(2);
        }

        @Test
        void aQueryModelUpdateOrDeleteByANonUniqueWhereChangesOneRecordAsBefore() {
            Model user = schema.model("User").orElseThrow();
            ScalarField name = user.scalarField("name").orElseThrow();
            String shared = "same-" + SEQ.incrementAndGet();
            exec("User", "create", m("data", m("email", email(), "password", "p", "name", shared)));
            exec("User", "create", m("data", m("email", email(), "password", "p", "name", shared)));
            Filter where = new Filter.ScalarFilter(name, ScalarOp.EQUALS, shared, false);
            statements.clear();
            client.update(user, where, new WriteData(user, Map.of(name, new FieldWrite.Set(shared + "x")), Map.of()),
                    Selection.scalarsOf(user));
            assertThat(statements.get(0)).startsWith("SELECT");
            assertThat(client.deleteMany(user, new Filter.ScalarFilter(name, ScalarOp.EQUALS, shared + "x", false))).isEqualTo(1);
            client.delete(user, where, Selection.scalarsOf(user));
            assertThat(client.deleteMany(user, where)).isEqualTo(0);
        }

        @Test
        void createManyAndReturnWhereTheDatabaseHasReturning() {
            List<Map<String, Object>> data = List.of(m("email", email(), "password", "p"), m("email", email(), "password", "p"));
            if (dialect().supportsReturning()) {
                List<Map<String, Object>> out = (List<Map<String, Object>>) client.execute("User", "createManyAndReturn",
                        m("data", data, "select", m("email", true)));
                assertThat(out).extracting(r -> r.get("email")).containsExactly(data.get(0).get("email"), data.get(1).get("email"));
            } else {
                assertThatThrownBy(() -> client.execute("User", "createManyAndReturn", m("data", data)))
                        .isInstanceOf(RefractValidationException.class).hasMessageContaining("RETURNING");
            }
        }
    }

    /** Moves PostgreSQL's id sequences past the seeded rows (the seed sets ids explicitly). */
    static void advanceSequences(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : List.of("User", "Post", "Category", "Profile")) {
                s.execute("SELECT setval(pg_get_serial_sequence('\"" + table + "\"', 'id'), 100)");
            }
        }
    }

    @Nested
    @PostgresTest
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Postgres extends OnDatabase {
        private final TestDatabase db;

        Postgres(TestDatabase db) {
            this.db = db;
        }

        protected TestDatabase db() {
            return db;
        }

        protected Provider provider() {
            return Provider.POSTGRESQL;
        }

        @Override
        protected void afterSeed(Connection c) throws SQLException {
            advanceSequences(c);
        }
    }

    @Nested
    @MySqlTest
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class MySql extends OnDatabase {
        private final TestDatabase db;

        MySql(TestDatabase db) {
            this.db = db;
        }

        protected TestDatabase db() {
            return db;
        }

        protected Provider provider() {
            return Provider.MYSQL;
        }

        @Override
        protected boolean limitsStringLength() {
            return true;
        }
    }

    @Nested
    @SqliteTest
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Sqlite extends OnDatabase {
        private final TestDatabase db;

        Sqlite(TestDatabase db) {
            this.db = db;
        }

        protected TestDatabase db() {
            return db;
        }

        protected Provider provider() {
            return Provider.SQLITE;
        }

        @Override
        protected ConnectionSource connectionSource() {
            return sqliteWithForeignKeys();
        }
    }
}
