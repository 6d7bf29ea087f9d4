package dev.refract.migrate.describe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnDefault;
import dev.refract.migrate.sqlschema.ColumnType;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import dev.refract.migrate.sqlschema.ForeignKey;
import dev.refract.migrate.sqlschema.ForeignKeyAction;
import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.IndexColumn;
import dev.refract.migrate.sqlschema.IndexKind;
import dev.refract.migrate.sqlschema.PrimaryKey;
import dev.refract.migrate.sqlschema.SortOrder;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.sqlschema.Table;
import dev.refract.testkit.MySqlTest;
import dev.refract.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tables written as Prisma's MySQL migrations write them, described (MariaDB or MySQL). */
@MySqlTest
class MySqlDescriberTest {

    private static final String FIXTURE = """
            -- CreateTable
            CREATE TABLE `User` (
                `id` INTEGER NOT NULL AUTO_INCREMENT,
                `email` VARCHAR(191) NOT NULL,
                `name` VARCHAR(191) NULL DEFAULT 'it''s',
                `role` ENUM('USER', 'ADMIN') NOT NULL DEFAULT 'USER',
                `balance` DECIMAL(65, 30) NOT NULL DEFAULT 0,
                `fee` DECIMAL(10, 2) NOT NULL DEFAULT 1.50,
                `rank` INTEGER NOT NULL DEFAULT -1,
                `score` DOUBLE NOT NULL DEFAULT 1.5,
                `weight` FLOAT NULL,
                `active` BOOLEAN NOT NULL DEFAULT true,
                `banned` BOOLEAN NOT NULL DEFAULT false,
                `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
                `updatedAt` DATETIME(3) NOT NULL,
                `birthday` DATE NULL,
                `settings` JSON NULL,
                `token` VARCHAR(36) NOT NULL DEFAULT (uuid()),
                `views` BIGINT UNSIGNED NOT NULL DEFAULT 5,
                `bio` TEXT NULL,
                `notes` LONGTEXT NULL,
                `level` TINYINT NOT NULL DEFAULT 3,
                `avatar` LONGBLOB NULL,
                `hash` BINARY(16) NULL,
                `code` CHAR(10) NULL,
                `wake` TIME(3) NULL,
                `seen` TIMESTAMP(3) NULL,
                `small` SMALLINT UNSIGNED NULL,

                UNIQUE INDEX `User_email_key`(`email`),
                INDEX `User_name_createdAt_idx`(`name`(10), `createdAt` DESC),
                FULLTEXT INDEX `User_bio_idx`(`bio`),
                PRIMARY KEY (`id`)
            ) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

            -- CreateTable
            CREATE TABLE `Post` (
                `id` VARCHAR(191) NOT NULL,
                `authorId` INTEGER NOT NULL,
                `editorId` INTEGER NULL,
                `status` ENUM('DRAFT', 'PUBLISHED') NOT NULL DEFAULT 'DRAFT',

                INDEX `Post_authorId_idx`(`authorId`),
                PRIMARY KEY (`id`)
            ) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci COMMENT 'posts';

            -- CreateTable
            CREATE TABLE `_PostToTag` (
                `A` VARCHAR(191) NOT NULL,
                `B` INTEGER NOT NULL,

                UNIQUE INDEX `_PostToTag_AB_unique`(`A`, `B`),
                INDEX `_PostToTag_B_index`(`B`)
            ) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

            -- CreateTable
            CREATE TABLE `Membership` (
                `userId` INTEGER NOT NULL,
                `postId` VARCHAR(191) NOT NULL,

                PRIMARY KEY (`userId`, `postId`)
            ) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

            -- AddForeignKey
            ALTER TABLE `Post` ADD CONSTRAINT `Post_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;

            -- AddForeignKey
            ALTER TABLE `Post` ADD CONSTRAINT `Post_editorId_fkey` FOREIGN KEY (`editorId`) REFERENCES `User`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;

            -- AddForeignKey
            ALTER TABLE `_PostToTag` ADD CONSTRAINT `_PostToTag_A_fkey` FOREIGN KEY (`A`) REFERENCES `Post`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

            -- AddForeignKey
            ALTER TABLE `Membership` ADD CONSTRAINT `Membership_userId_postId_fkey` FOREIGN KEY (`userId`, `postId`) REFERENCES `Membership`(`userId`, `postId`) ON DELETE NO ACTION ON UPDATE NO ACTION;

            CREATE TABLE `_prisma_migrations` (
                `id` VARCHAR(36) NOT NULL,
                PRIMARY KEY (`id`)
            ) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
            """;

    private static SqlSchema schema;

    @BeforeAll
    static void describe(TestDatabase database) throws SQLException {
        database.execute(Scripts.statements(FIXTURE));
        try (Connection connection = database.open()) {
            schema = new MySqlDescriber().describe(connection);
            assertThat(new MySqlDescriber().describe(connection)).as("deterministic").isEqualTo(schema);
        }
    }

    private static Table table(String name) {
        return schema.table(name).orElseThrow(() -> new AssertionError("no table " + name));
    }

    private static Column column(String table, String column) {
        return table(table).column(column).orElseThrow(() -> new AssertionError("no column " + table + "." + column));
    }

    @Test
    void tablesSortedByNameWithoutPrismasHistoryTable() {
        assertThat(schema.tables()).extracting(Table::name).containsExactly("Membership", "Post", "User", "_PostToTag");
        assertThat(schema.enums()).isEmpty();
        assertThat(schema.namespaces()).isEmpty();
        assertThat(table("Post").comment()).isEqualTo("posts");
        assertThat(table("User").comment()).isNull();
    }

    @Test
    void typesSpelledAsPrismasMySqlMigrations() {
        assertThat(table("User").columns()).extracting(c -> c.name() + " " + c.type().family() + " " + c.type().sqlType())
                .containsExactly(
                        "id INT INTEGER",
                        "email STRING VARCHAR(191)",
                        "name STRING VARCHAR(191)",
                        "role ENUM ENUM('USER', 'ADMIN')",
                        "balance DECIMAL DECIMAL(65, 30)",
                        "fee DECIMAL DECIMAL(10, 2)",
                        "rank INT INTEGER",
                        "score FLOAT DOUBLE",
                        "weight FLOAT FLOAT",
                        "active BOOLEAN BOOLEAN",
                        "banned BOOLEAN BOOLEAN",
                        "createdAt DATE_TIME DATETIME(3)",
                        "updatedAt DATE_TIME DATETIME(3)",
                        "birthday DATE_TIME DATE",
                        "settings JSON JSON",
                        "token STRING VARCHAR(36)",
                        "views BIG_INT BIGINT UNSIGNED",
                        "bio STRING TEXT",
                        "notes STRING LONGTEXT",
                        "level INT TINYINT",
                        "avatar BINARY LONGBLOB",
                        "hash BINARY BINARY(16)",
                        "code STRING CHAR(10)",
                        "wake DATE_TIME TIME(3)",
                        "seen DATE_TIME TIMESTAMP(3)",
                        "small INT SMALLINT UNSIGNED");
        assertThat(column("User", "id")).isEqualTo(
                new Column("id", ColumnType.of(ColumnTypeFamily.INT, "INTEGER"), false, null, true, null));
        assertThat(column("User", "name").nullable()).isTrue();
        assertThat(column("User", "email").nullable()).isFalse();
    }

    @Test
    void defaultsNormalised() {
        assertThat(column("User", "name").defaultValue()).isEqualTo(new ColumnDefault.Value("'it''s'", null));
        assertThat(column("User", "role").defaultValue()).isEqualTo(new ColumnDefault.Value("'USER'", null));
        assertThat(column("User", "balance").defaultValue()).isEqualTo(new ColumnDefault.Value("0", null));
        assertThat(column("User", "fee").defaultValue()).isEqualTo(new ColumnDefault.Value("1.5", null));
        assertThat(column("User", "rank").defaultValue()).isEqualTo(new ColumnDefault.Value("-1", null));
        assertThat(column("User", "score").defaultValue()).isEqualTo(new ColumnDefault.Value("1.5", null));
        assertThat(column("User", "active").defaultValue()).isEqualTo(new ColumnDefault.Value("true", null));
        assertThat(column("User", "banned").defaultValue()).isEqualTo(new ColumnDefault.Value("false", null));
        assertThat(column("User", "createdAt").defaultValue()).isEqualTo(new ColumnDefault.Now(null));
        assertThat(column("User", "updatedAt").defaultValue()).isNull();
        assertThat(column("User", "token").defaultValue()).isEqualTo(new ColumnDefault.Expression("(uuid())", null));
        assertThat(column("User", "views").defaultValue()).isEqualTo(new ColumnDefault.Value("5", null));
        assertThat(column("User", "level").defaultValue()).isEqualTo(new ColumnDefault.Value("3", null));
        assertThat(column("User", "weight").defaultValue()).isNull();
    }

    @Test
    void primaryKeysHaveNoName() {
        assertThat(table("User").primaryKey()).isEqualTo(new PrimaryKey(null, List.of(IndexColumn.of("id"))));
        assertThat(table("Membership").primaryKey())
                .isEqualTo(new PrimaryKey(null, List.of(IndexColumn.of("userId"), IndexColumn.of("postId"))));
        assertThat(table("_PostToTag").primaryKey()).isNull();
    }

    @Test
    void indexesWithLengthSortAndKind() {
        assertThat(table("User").indexes()).containsExactly(
                new Index("User_bio_idx", IndexKind.FULLTEXT, List.of(IndexColumn.of("bio")), null),
                new Index("User_email_key", IndexKind.UNIQUE, List.of(IndexColumn.of("email")), null),
                new Index("User_name_createdAt_idx", IndexKind.NORMAL, List.of(
                        new IndexColumn("name", null, 10, null),
                        new IndexColumn("createdAt", SortOrder.DESC, null, null)), null));
        assertThat(table("_PostToTag").indexes()).containsExactly(
                new Index("_PostToTag_AB_unique", IndexKind.UNIQUE, List.of(IndexColumn.of("A"), IndexColumn.of("B")), null),
                new Index("_PostToTag_B_index", IndexKind.NORMAL, List.of(IndexColumn.of("B")), null));
    }

    @Test
    void foreignKeysWithDeclaredActions() {
        assertThat(table("Post").foreignKeys()).containsExactly(
                new ForeignKey("Post_authorId_fkey", List.of("authorId"), null, "User", List.of("id"),
                        ForeignKeyAction.RESTRICT, ForeignKeyAction.CASCADE),
                new ForeignKey("Post_editorId_fkey", List.of("editorId"), null, "User", List.of("id"),
                        ForeignKeyAction.SET_NULL, ForeignKeyAction.CASCADE));
        assertThat(table("_PostToTag").foreignKeys()).containsExactly(new ForeignKey("_PostToTag_A_fkey",
                List.of("A"), null, "Post", List.of("id"), ForeignKeyAction.CASCADE, ForeignKeyAction.CASCADE));
        assertThat(table("Membership").foreignKeys()).containsExactly(new ForeignKey("Membership_userId_postId_fkey",
                List.of("userId", "postId"), null, "Membership", List.of("userId", "postId"),
                ForeignKeyAction.NO_ACTION, ForeignKeyAction.NO_ACTION));
    }
}
