package dev.refract.migrate.describe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnDefault;
import dev.refract.migrate.sqlschema.ColumnType;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import dev.refract.migrate.sqlschema.Extension;
import dev.refract.migrate.sqlschema.ForeignKey;
import dev.refract.migrate.sqlschema.ForeignKeyAction;
import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.IndexColumn;
import dev.refract.migrate.sqlschema.IndexKind;
import dev.refract.migrate.sqlschema.PrimaryKey;
import dev.refract.migrate.sqlschema.SortOrder;
import dev.refract.migrate.sqlschema.SqlEnum;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.sqlschema.Table;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tables written as Prisma's PostgreSQL migrations write them (snippets from the corpus), described. */
@PostgresTest
class PostgresDescriberTest {

    /** Statements from ../shared/corpus/migrations, as noted; a few written in the same style. */
    private static final String FIXTURE = """
            -- langfuse 20230530204241_auth_api_ui
            CREATE TYPE "MembershipRole" AS ENUM ('OWNER', 'ADMIN', 'MEMBER');

            -- langfuse 20230901155252_add_pricings_table
            CREATE TYPE "PricingUnit" AS ENUM ('PER_1000_TOKENS');
            CREATE TYPE "TokenType" AS ENUM ('PROMPT', 'COMPLETION', 'TOTAL');
            CREATE TABLE "pricings" (
                "id" TEXT NOT NULL,
                "model_name" TEXT NOT NULL,
                "pricing_unit" "PricingUnit" NOT NULL DEFAULT 'PER_1000_TOKENS',
                "price" DECIMAL(65,30) NOT NULL,
                "currency" TEXT NOT NULL DEFAULT 'USD',
                "token_type" "TokenType" NOT NULL,

                CONSTRAINT "pricings_pkey" PRIMARY KEY ("id")
            );

            -- langfuse style
            CREATE TABLE "projects" (
                "id" TEXT NOT NULL,
                "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
                "name" TEXT NOT NULL,

                CONSTRAINT "projects_pkey" PRIMARY KEY ("id")
            );

            -- langfuse 20240408133037_add_objects_for_evals
            CREATE TABLE "eval_templates" (
                "id" TEXT NOT NULL,
                "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
                "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
                "project_id" TEXT NOT NULL,
                "name" TEXT NOT NULL,
                "version" INTEGER NOT NULL,
                "prompt" TEXT NOT NULL,
                "model" TEXT NOT NULL,
                "model_params" JSONB NOT NULL,
                "vars" TEXT[] DEFAULT ARRAY[]::TEXT[],
                "output_schema" JSONB NOT NULL,

                CONSTRAINT "eval_templates_pkey" PRIMARY KEY ("id")
            );
            CREATE TABLE "job_configurations" (
                "id" TEXT NOT NULL,
                "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
                "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
                "project_id" TEXT NOT NULL,
                "job_type" TEXT NOT NULL,
                "eval_template_id" TEXT,
                "score_name" TEXT NOT NULL,
                "filter" JSONB NOT NULL,
                "target_object" TEXT NOT NULL,
                "variable_mapping" JSONB NOT NULL,
                "sampling" DECIMAL(65,30) NOT NULL,
                "delay" INTEGER NOT NULL,

                CONSTRAINT "job_configurations_pkey" PRIMARY KEY ("id")
            );
            CREATE INDEX "eval_templates_project_id_id_idx" ON "eval_templates"("project_id", "id");
            CREATE UNIQUE INDEX "eval_templates_project_id_name_version_key" ON "eval_templates"("project_id", "name", "version");
            ALTER TABLE "eval_templates" ADD CONSTRAINT "eval_templates_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;
            ALTER TABLE "job_configurations" ADD CONSTRAINT "job_configurations_eval_template_id_fkey" FOREIGN KEY ("eval_template_id") REFERENCES "eval_templates"("id") ON DELETE SET NULL ON UPDATE CASCADE;

            -- langfuse style; tags index from 20240105170551_index_tags_in_traces
            CREATE TABLE "traces" (
                "id" TEXT NOT NULL,
                "timestamp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
                "project_id" TEXT NOT NULL,
                "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
                "time_scope" TEXT[] DEFAULT ARRAY['NEW']::TEXT[],
                "range_start" INTEGER[] DEFAULT '{}',
                "public" BOOLEAN NOT NULL DEFAULT false,

                CONSTRAINT "traces_pkey" PRIMARY KEY ("id")
            );
            CREATE INDEX "traces_tags_idx" ON "traces" USING GIN ("tags" array_ops);

            -- langfuse style; index from 20231104004529_scores_add_index
            CREATE TABLE "scores" (
                "id" TEXT NOT NULL,
                "trace_id" TEXT NOT NULL,
                "value" DOUBLE PRECISION NOT NULL,
                "comment" TEXT,

                CONSTRAINT "scores_pkey" PRIMARY KEY ("id")
            );
            CREATE INDEX "scores_trace_id_idx" ON "scores" USING HASH ("trace_id");
            ALTER TABLE "scores" ADD CONSTRAINT "scores_trace_id_fkey" FOREIGN KEY ("trace_id") REFERENCES "traces"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

            -- langfuse style; index from 20250714151410_add_trace_session_combined_index
            CREATE TABLE "trace_sessions" (
                "id" TEXT NOT NULL,
                "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
                "project_id" TEXT NOT NULL,

                CONSTRAINT "trace_sessions_pkey" PRIMARY KEY ("id","project_id")
            );
            CREATE INDEX CONCURRENTLY IF NOT EXISTS "trace_sessions_project_id_created_at_idx" ON "trace_sessions"("project_id", "created_at" DESC);

            -- inbox-zero 20231213064514_newsletter_status and later index migrations
            CREATE TYPE "NewsletterStatus" AS ENUM ('APPROVED', 'UNSUBSCRIBED', 'AUTO_ARCHIVED');
            CREATE TABLE "Newsletter" (
                "id" TEXT NOT NULL,
                "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
                "updatedAt" TIMESTAMP(3) NOT NULL,
                "email" TEXT NOT NULL,
                "status" "NewsletterStatus",
                "emailAccountId" TEXT NOT NULL,
                "patternAnalyzed" BOOLEAN NOT NULL DEFAULT false,

                CONSTRAINT "Newsletter_pkey" PRIMARY KEY ("id")
            );
            CREATE INDEX IF NOT EXISTS "Newsletter_patternAnalyzed_emailAccountId_lowerEmail_idx" ON "Newsletter"("emailAccountId", lower("email")) WHERE "patternAnalyzed" = true;
            CREATE UNIQUE INDEX "Newsletter_emailAccountId_lower_email_key"
            ON "Newsletter" ("emailAccountId", LOWER("email"));

            -- inbox-zero 20260311120000_account_scoped_api_keys (table in the same style)
            CREATE TYPE "ApiKeyScope" AS ENUM (
                'STATS_READ',
                'RULES_READ'
            );
            CREATE TABLE "ApiKey" (
                "id" TEXT NOT NULL,
                "isActive" BOOLEAN NOT NULL DEFAULT true,
                "watch" JSONB,

                CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
            );
            ALTER TABLE "ApiKey"
            ADD COLUMN "emailAccountId" TEXT,
            ADD COLUMN "expiresAt" TIMESTAMP(3),
            ADD COLUMN "scopes" "ApiKeyScope"[] DEFAULT ARRAY[]::"ApiKeyScope"[];
            CREATE INDEX "ApiKey_emailAccountId_isActive_idx" ON "ApiKey"("emailAccountId", "isActive");
            CREATE INDEX IF NOT EXISTS "ApiKey_watch_idx" ON "ApiKey" USING GIN ("watch" jsonb_path_ops);

            -- inbox-zero 20240116235134_shared_premium
            CREATE EXTENSION IF NOT EXISTS "uuid-ossp";

            -- Prisma's spelling of the remaining native types and of autoincrement
            CREATE TABLE "Kitchen" (
                "id" SERIAL NOT NULL,
                "big" BIGSERIAL NOT NULL,
                "small" SMALLINT NOT NULL DEFAULT -1,
                "code" CHAR(44),
                "title" VARCHAR(191) NOT NULL DEFAULT 'it''s',
                "huge" VARCHAR(262144),
                "plain" VARCHAR,
                "at" TIMESTAMPTZ(6) NOT NULL DEFAULT now(),
                "day" DATE,
                "clock" TIME(3),
                "ratio" REAL NOT NULL DEFAULT 0.5,
                "amount" DECIMAL(10,2) NOT NULL DEFAULT 1.50,
                "free" DECIMAL,
                "token" UUID NOT NULL DEFAULT gen_random_uuid(),
                "raw" BYTEA,
                "doc" JSON DEFAULT '[]'::JSON,
                "bits" BIT(3),
                "addr" INET,
                "search" tsvector,
                "scores" DOUBLE PRECISION[],
                "roles" "MembershipRole"[] DEFAULT ARRAY['ADMIN']::"MembershipRole"[],
                "role" "MembershipRole" NOT NULL DEFAULT 'MEMBER',
                "nonce" TEXT DEFAULT md5(random()::text || clock_timestamp()::text)::uuid::text,
                "identity" INTEGER GENERATED BY DEFAULT AS IDENTITY,

                CONSTRAINT "Kitchen_pkey" PRIMARY KEY ("id")
            );
            COMMENT ON TABLE "Kitchen" IS 'where types are cooked';
            COMMENT ON COLUMN "Kitchen"."title" IS 'a title';

            -- Prisma's own history table: never described
            CREATE TABLE "_prisma_migrations" (
                "id" VARCHAR(36) PRIMARY KEY NOT NULL,
                "checksum" VARCHAR(64) NOT NULL
            );
            """;

    private static SqlSchema schema;

    @BeforeAll
    static void describe(TestDatabase database) throws SQLException {
        database.execute(Scripts.statements(FIXTURE));
        try (Connection connection = database.open()) {
            schema = new PostgresDescriber().describe(connection);
            assertThat(new PostgresDescriber().describe(connection)).as("deterministic").isEqualTo(schema);
        }
    }

    private static Table table(String name) {
        return schema.table(name).orElseThrow(() -> new AssertionError("no table " + name));
    }

    private static Column column(String table, String column) {
        return table(table).column(column).orElseThrow(() -> new AssertionError("no column " + table + "." + column));
    }

    private static ColumnType type(ColumnTypeFamily family, String sql) {
        return ColumnType.of(family, sql);
    }

    @Test
    void tablesAreSortedByNameWithoutPrismasHistoryTable() {
        assertThat(schema.tables()).extracting(Table::name).containsExactly(
                "ApiKey", "Kitchen", "Newsletter", "eval_templates", "job_configurations", "pricings", "projects",
                "scores", "trace_sessions", "traces");
        assertThat(schema.tables()).allSatisfy(t -> assertThat(t.namespace()).isNull());
        assertThat(schema.namespaces()).isEmpty();
    }

    @Test
    void columnsInOrderWithPrismasTypeSpelling() {
        assertThat(table("pricings").columns()).containsExactly(
                new Column("id", type(ColumnTypeFamily.STRING, "TEXT"), false, null, false, null),
                new Column("model_name", type(ColumnTypeFamily.STRING, "TEXT"), false, null, false, null),
                new Column("pricing_unit", type(ColumnTypeFamily.ENUM, "PricingUnit"), false,
                        ColumnDefault.ofString("PER_1000_TOKENS"), false, null),
                new Column("price", type(ColumnTypeFamily.DECIMAL, "DECIMAL(65,30)"), false, null, false, null),
                new Column("currency", type(ColumnTypeFamily.STRING, "TEXT"), false, new ColumnDefault.Value("'USD'", null),
                        false, null),
                new Column("token_type", type(ColumnTypeFamily.ENUM, "TokenType"), false, null, false, null));

        assertThat(table("eval_templates").columns()).extracting(Column::name).containsExactly("id", "created_at",
                "updated_at", "project_id", "name", "version", "prompt", "model", "model_params", "vars",
                "output_schema");
        assertThat(column("eval_templates", "created_at")).isEqualTo(new Column("created_at",
                type(ColumnTypeFamily.DATE_TIME, "TIMESTAMP(3)"), false, new ColumnDefault.Now(null), false, null));
        assertThat(column("eval_templates", "version").type()).isEqualTo(type(ColumnTypeFamily.INT, "INTEGER"));
        assertThat(column("eval_templates", "model_params").type()).isEqualTo(type(ColumnTypeFamily.JSON, "JSONB"));
        assertThat(column("scores", "value").type()).isEqualTo(type(ColumnTypeFamily.FLOAT, "DOUBLE PRECISION"));
        assertThat(column("scores", "comment").nullable()).isTrue();
    }

    @Test
    void everyNativeTypeSpelledAsPrismaRendersIt() {
        Table kitchen = table("Kitchen");
        assertThat(kitchen.columns()).extracting(c -> c.name() + " " + c.type().family() + " " + c.type().sqlType()
                + (c.type().list() ? "[]" : "")).containsExactly(
                "id INT INTEGER",
                "big BIG_INT BIGINT",
                "small INT SMALLINT",
                "code STRING CHAR(44)",
                "title STRING VARCHAR(191)",
                "huge STRING VARCHAR(262144)",
                "plain STRING VARCHAR",
                "at DATE_TIME TIMESTAMPTZ(6)",
                "day DATE_TIME DATE",
                "clock DATE_TIME TIME(3)",
                "ratio FLOAT REAL",
                "amount DECIMAL DECIMAL(10,2)",
                "free DECIMAL DECIMAL",
                "token UUID UUID",
                "raw BINARY BYTEA",
                "doc JSON JSON",
                "bits STRING BIT(3)",
                "addr STRING INET",
                "search UNSUPPORTED tsvector",
                "scores FLOAT DOUBLE PRECISION[]",
                "roles ENUM MembershipRole[]",
                "role ENUM MembershipRole",
                "nonce STRING TEXT",
                "identity INT INTEGER");
        assertThat(kitchen.comment()).isEqualTo("where types are cooked");
        assertThat(kitchen.column("title").orElseThrow().comment()).isEqualTo("a title");
    }

    @Test
    void serialAndIdentityColumnsAreSequencesAndAutoIncrement() {
        assertThat(column("Kitchen", "id")).isEqualTo(new Column("id", type(ColumnTypeFamily.INT, "INTEGER"), false,
                new ColumnDefault.Sequence("Kitchen_id_seq", null), true, null));
        assertThat(column("Kitchen", "big").defaultValue()).isEqualTo(new ColumnDefault.Sequence("Kitchen_big_seq", null));
        assertThat(column("Kitchen", "big").autoIncrement()).isTrue();
        assertThat(column("Kitchen", "identity").defaultValue())
                .isEqualTo(new ColumnDefault.Sequence("Kitchen_identity_seq", null));
        assertThat(column("Kitchen", "identity").autoIncrement()).isTrue();
        assertThat(column("Kitchen", "small").autoIncrement()).isFalse();
    }

    @Test
    void defaultsAreNormalised() {
        assertThat(column("Kitchen", "small").defaultValue()).isEqualTo(new ColumnDefault.Value("-1", null));
        assertThat(column("Kitchen", "title").defaultValue()).isEqualTo(new ColumnDefault.Value("'it''s'", null));
        assertThat(column("Kitchen", "at").defaultValue()).isEqualTo(new ColumnDefault.Now(null));
        assertThat(column("Kitchen", "ratio").defaultValue()).isEqualTo(new ColumnDefault.Value("0.5", null));
        assertThat(column("Kitchen", "amount").defaultValue()).isEqualTo(new ColumnDefault.Value("1.5", null));
        assertThat(column("Kitchen", "token").defaultValue())
                .isEqualTo(new ColumnDefault.Expression("gen_random_uuid()", null));
        assertThat(column("Kitchen", "doc").defaultValue()).isEqualTo(new ColumnDefault.Value("'[]'", null));
        assertThat(column("Kitchen", "role").defaultValue()).isEqualTo(new ColumnDefault.Value("'MEMBER'", null));
        assertThat(column("Kitchen", "nonce").defaultValue()).isEqualTo(new ColumnDefault.Expression(
                "((md5(((random())::text || (clock_timestamp())::text)))::uuid)::text", null));
        assertThat(column("traces", "public").defaultValue()).isEqualTo(new ColumnDefault.Value("false", null));
        assertThat(column("ApiKey", "isActive").defaultValue()).isEqualTo(ColumnDefault.ofBoolean(true));
    }

    @Test
    void listDefaultsAreSpelledAsPrismaRendersThem() {
        assertThat(column("traces", "tags").type()).isEqualTo(type(ColumnTypeFamily.STRING, "TEXT").asList());
        assertThat(column("traces", "tags").defaultValue()).isEqualTo(new ColumnDefault.Value("ARRAY[]::TEXT[]", null));
        assertThat(column("traces", "time_scope").defaultValue())
                .isEqualTo(new ColumnDefault.Value("ARRAY['NEW']::TEXT[]", null));
        assertThat(column("traces", "range_start").defaultValue())
                .isEqualTo(new ColumnDefault.Value("ARRAY[]::INTEGER[]", null));
        assertThat(column("ApiKey", "scopes").type()).isEqualTo(type(ColumnTypeFamily.ENUM, "ApiKeyScope").asList());
        assertThat(column("ApiKey", "scopes").defaultValue())
                .isEqualTo(new ColumnDefault.Value("ARRAY[]::\"ApiKeyScope\"[]", null));
        assertThat(column("Kitchen", "roles").defaultValue())
                .isEqualTo(new ColumnDefault.Value("ARRAY['ADMIN']::\"MembershipRole\"[]", null));
    }

    @Test
    void enumsSortedByNameWithValuesInOrder() {
        assertThat(schema.enums()).containsExactly(
                new SqlEnum(null, "ApiKeyScope", List.of("STATS_READ", "RULES_READ")),
                new SqlEnum(null, "MembershipRole", List.of("OWNER", "ADMIN", "MEMBER")),
                new SqlEnum(null, "NewsletterStatus", List.of("APPROVED", "UNSUBSCRIBED", "AUTO_ARCHIVED")),
                new SqlEnum(null, "PricingUnit", List.of("PER_1000_TOKENS")),
                new SqlEnum(null, "TokenType", List.of("PROMPT", "COMPLETION", "TOTAL")));
    }

    @Test
    void primaryKeysWithNameAndColumns() {
        assertThat(table("pricings").primaryKey()).isEqualTo(new PrimaryKey("pricings_pkey", List.of(IndexColumn.of("id"))));
        assertThat(table("trace_sessions").primaryKey()).isEqualTo(
                new PrimaryKey("trace_sessions_pkey", List.of(IndexColumn.of("id"), IndexColumn.of("project_id"))));
    }

    @Test
    void indexesAndUniqueConstraintsSortedByName() {
        assertThat(table("eval_templates").indexes()).containsExactly(
                new Index("eval_templates_project_id_id_idx", IndexKind.NORMAL,
                        List.of(IndexColumn.of("project_id"), IndexColumn.of("id")), null),
                new Index("eval_templates_project_id_name_version_key", IndexKind.UNIQUE,
                        List.of(IndexColumn.of("project_id"), IndexColumn.of("name"), IndexColumn.of("version")), null));
        assertThat(table("eval_templates").unmanagedIndexes()).isEmpty();
    }

    @Test
    void indexOptions() {
        assertThat(table("scores").indexes()).containsExactly(
                new Index("scores_trace_id_idx", IndexKind.NORMAL, List.of(IndexColumn.of("trace_id")), "HASH"));
        assertThat(table("traces").indexes()).as("array_ops is the default class for GIN over TEXT[]").containsExactly(
                new Index("traces_tags_idx", IndexKind.NORMAL, List.of(IndexColumn.of("tags")), "GIN"));
        assertThat(table("ApiKey").index("ApiKey_watch_idx")).contains(new Index("ApiKey_watch_idx", IndexKind.NORMAL,
                List.of(new IndexColumn("watch", null, null, "jsonb_path_ops")), "GIN"));
        assertThat(table("trace_sessions").indexes()).containsExactly(
                new Index("trace_sessions_project_id_created_at_idx", IndexKind.NORMAL,
                        List.of(IndexColumn.of("project_id"), new IndexColumn("created_at", SortOrder.DESC, null, null)),
                        null));
    }

    @Test
    void partialAndExpressionIndexesAreKeptApart() {
        Table newsletter = table("Newsletter");
        assertThat(newsletter.indexes()).isEmpty();
        assertThat(newsletter.unmanagedIndexes()).containsExactly(
                new Index("Newsletter_emailAccountId_lower_email_key", IndexKind.UNIQUE,
                        List.of(IndexColumn.of("emailAccountId"), IndexColumn.ofExpression("lower(email)", null)),
                        null, null),
                new Index("Newsletter_patternAnalyzed_emailAccountId_lowerEmail_idx", IndexKind.NORMAL,
                        List.of(IndexColumn.of("emailAccountId"), IndexColumn.ofExpression("lower(email)", null)),
                        null, "\"patternAnalyzed\" = true"));
    }

    @Test
    void foreignKeysWithDeclaredActions() {
        assertThat(table("eval_templates").foreignKeys()).containsExactly(new ForeignKey("eval_templates_project_id_fkey",
                List.of("project_id"), null, "projects", List.of("id"), ForeignKeyAction.CASCADE,
                ForeignKeyAction.CASCADE));
        assertThat(table("job_configurations").foreignKeys()).containsExactly(new ForeignKey(
                "job_configurations_eval_template_id_fkey", List.of("eval_template_id"), null, "eval_templates",
                List.of("id"), ForeignKeyAction.SET_NULL, ForeignKeyAction.CASCADE));
        assertThat(table("scores").foreignKeys()).extracting(ForeignKey::onDelete, ForeignKey::onUpdate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ForeignKeyAction.RESTRICT, ForeignKeyAction.CASCADE));
    }

    @Test
    void extensions() {
        assertThat(schema.extensions()).extracting(Extension::name).contains("plpgsql", "uuid-ossp").isSorted();
        assertThat(schema.extensions()).filteredOn(e -> e.name().equals("uuid-ossp"))
                .containsExactly(new Extension("uuid-ossp", "public", "1.1"));
    }
}
