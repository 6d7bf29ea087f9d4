package dev.refract.cli.studio;

import dev.refract.cli.CliContext;
import dev.refract.cli.CliException;
import dev.refract.cli.ExitCodes;
import dev.refract.cli.internal.DatabaseTarget;
import dev.refract.cli.internal.HelpOption;
import dev.refract.cli.internal.SchemaOption;
import dev.refract.client.RefractClient;
import dev.refract.studio.Studio;
import dev.refract.studio.StudioOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code refract studio}: serves Refract Studio for the schema's database until Ctrl-C, as
 * {@code prisma studio}. Prints the URL (with its token) and opens the browser unless told not to.
 */
@Command(name = "studio",
        description = {"Browse and edit the data of the schema's database in the browser.",
            "Serves on 127.0.0.1 only unless --hostname says otherwise; the printed URL",
            "carries the token every request needs. Stop with Ctrl-C."},
        footer = {"", "Exit codes: 0 stopped, 1 failure (schema, database, port in use), 2 usage error."})
public final class StudioCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;
    @Mixin
    SchemaOption schema;
    @Spec
    CommandSpec spec;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "5555", description = "Port to serve on. Default: ${DEFAULT-VALUE}.")
    int port;
    @Option(names = {"-b", "--browser"}, paramLabel = "BROWSER",
            description = {"Browser command to open the URL with, or `none`.", "Default: $BROWSER, else the system's browser."})
    String browser;
    @Option(names = {"-n", "--hostname"}, paramLabel = "HOST", defaultValue = StudioOptions.DEFAULT_HOSTNAME,
            description = "Interface to bind. Default: ${DEFAULT-VALUE} (this machine only).")
    String hostname;

    private final CliContext context;
    private final Consumer<Studio> started;

    public StudioCommand(CliContext context) {
        this(context, null);
    }

    /** Tests: {@code started} receives the running Studio (and may close it to end the command). */
    public StudioCommand(CliContext context, Consumer<Studio> started) {
        this.context = context;
        this.started = started;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        DatabaseTarget target = DatabaseTarget.load(context, schema, spec.commandLine().getErr());
        if (port < 0 || port > 65535) {
            throw new CliException("--port must be from 0 to 65535, not " + port + ".");
        }
        try (RefractClient client = RefractClient.builder(target.schema(), target.url()).build();
                Studio studio = start(client)) {
            Thread hook = new Thread(studio::close, "refract-studio-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            out.println("Refract Studio is up on " + studio.url());
            if (!isLoopback(hostname)) {
                out.println("It listens on " + hostname + ": other machines can reach it (they still need the token).");
            }
            out.println("Press Ctrl-C to stop.");
            out.flush();
            Browsers.open(browser, context.env(), studio.url(), out);
            if (started != null) {
                started.accept(studio);
            }
            studio.awaitClose();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is what stopped us
            }
        }
        return ExitCodes.OK;
    }

    private Studio start(RefractClient client) {
        try {
            return Studio.start(client, new StudioOptions(hostname, port, null));
        } catch (BindException e) {
            throw new CliException("Cannot serve on " + hostname + ":" + port + " (" + e.getMessage() + "); is another Studio running? Choose another port with --port.");
        } catch (IOException e) {
            throw new CliException("Cannot start Studio on " + hostname + ":" + port + ": " + e.getMessage());
        }
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }
}
