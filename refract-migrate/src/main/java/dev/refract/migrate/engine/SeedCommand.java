package dev.refract.migrate.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The project's seed command: the {@value #KEY} entry of {@value #FILE_NAME} beside the schema
 * ({@code prisma/refract.properties}), a shell command run in the project folder, as Prisma runs the
 * {@code seed} of its config. {@code db seed} runs it; {@code migrate dev} runs it when it created or
 * reset the database, {@code migrate reset} after every reset.
 *
 * <pre>
 * # prisma/refract.properties
 * seed=mvn -q compile exec:java -Dexec.mainClass=com.example.Seed
 * </pre>
 *
 * @param command    the command as configured
 * @param configFile the file it was read from
 */
public record SeedCommand(String command, Path configFile) {
    /** The project settings file, beside the schema. */
    public static final String FILE_NAME = "refract.properties";
    /** The key of the seed command in it. */
    public static final String KEY = "seed";

    /** The seed command configured beside the schema (in {@code schemaFolder}), if any. */
    public static Optional<SeedCommand> configured(Path schemaFolder) {
        Path file = schemaFolder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
        String command = properties.getProperty(KEY, "").strip();
        return command.isEmpty() ? Optional.empty() : Optional.of(new SeedCommand(command, file));
    }

    /** The command with extra arguments ({@code db seed -- --arg value}) appended, as Prisma joins them. */
    public String commandLine(List<String> extraArgs) {
        return extraArgs.isEmpty() ? command : command + " " + String.join(" ", extraArgs);
    }

    /**
     * Runs the command through the system shell ({@code sh -c}, {@code cmd /c} on Windows) in
     * {@code workingDirectory}, copying its output to {@code out} and {@code err} as it comes.
     *
     * @param environment  variables added to this process's environment
     * @param inheritInput whether the command reads this process's standard input (a terminal);
     *                     otherwise its input is empty, so it can never wait for it
     * @return the command's exit code
     */
    public int run(List<String> extraArgs, Path workingDirectory, Map<String, String> environment, Writer out,
            Writer err, boolean inheritInput) throws IOException, InterruptedException {
        List<String> shell = new ArrayList<>();
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            shell.addAll(List.of("cmd.exe", "/c"));
        } else {
            shell.addAll(List.of("sh", "-c"));
        }
        shell.add(commandLine(extraArgs));
        ProcessBuilder builder = new ProcessBuilder(shell).directory(workingDirectory.toFile());
        builder.environment().putAll(environment);
        builder.redirectInput(inheritInput ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.PIPE);
        Process process = builder.start();
        if (!inheritInput) {
            process.getOutputStream().close();
        }
        Thread stdout = copy(process.getInputStream(), out);
        Thread stderr = copy(process.getErrorStream(), err);
        int exitCode = process.waitFor();
        stdout.join();
        stderr.join();
        return exitCode;
    }

    private static Thread copy(InputStream from, Writer to) {
        Thread thread = new Thread(() -> {
            char[] buffer = new char[4096];
            try (Reader reader = new InputStreamReader(from, StandardCharsets.UTF_8)) {
                int n;
                while ((n = reader.read(buffer)) >= 0) {
                    synchronized (to) {
                        to.write(buffer, 0, n);
                        to.flush();
                    }
                }
            } catch (IOException e) {
                // the process went away; what it wrote so far has been copied
            }
        }, "refract-seed-output");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
