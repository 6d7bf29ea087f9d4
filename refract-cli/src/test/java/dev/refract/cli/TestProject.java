package dev.refract.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A project folder for CLI tests: a schema at {@code prisma/schema.prisma} whose datasource is
 * {@code url}, commands run in the folder, and SQL against the database.
 */
public final class TestProject {
    private final Path root;
    private final String provider;
    private final String url;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private Map<String, String> env = Map.of();

    private TestProject(Path root, String provider, String url, String jdbcUrl, String user, String password) {
        this.root = root;
        this.provider = provider;
        this.url = url;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** A SQLite project: the database is {@code prisma/dev.db}. */
    public static TestProject sqlite(Path root) {
        return new TestProject(root, "sqlite", "file:./dev.db", "jdbc:sqlite:" + root.resolve("prisma/dev.db"), null,
                null);
    }

    /** A project on a server database (the testkit's URLs). */
    public static TestProject server(Path root, String provider, String prismaUrl, String jdbcUrl, String user,
            String password) {
        return new TestProject(root, provider, prismaUrl, jdbcUrl, user, password);
    }

    public Path root() {
        return root;
    }

    public String url() {
        return url;
    }

    public TestProject env(Map<String, String> variables) {
        this.env = Map.copyOf(variables);
        return this;
    }

    /** Writes the schema: the datasource block, then {@code models}. */
    public TestProject schema(String models) {
        return write("prisma/schema.prisma", "datasource db {\n  provider = \"" + provider + "\"\n  url      = \"" + url
                + "\"\n}\n\n" + models);
    }

    public TestProject write(String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String relative) {
        try {
            return Files.readString(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code refract args...} without a terminal. */
    public CliRun run(String... args) {
        return CliRun.run(new CliContext(root, env, false), args);
    }

    /** Runs {@code refract args...} as on a terminal where the user types {@code answers}. */
    public CliRun answering(List<String> answers, String... args) {
        return CliRun.run(new CliContext(root, env, false).withAnswers(answers.toArray(String[]::new)), args);
    }

    /** The migration folders, in order. */
    public List<String> migrations() {
        Path folder = root.resolve("prisma/migrations");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String migrationSql(String folder) {
        return read("prisma/migrations/" + folder + "/migration.sql");
    }

    public Connection connect() throws SQLException {
        return user == null ? DriverManager.getConnection(jdbcUrl) : DriverManager.getConnection(jdbcUrl, user, password);
    }

    public void execute(String... statements) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    public long count(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The first column of every row. */
    public List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
