package dev.refract.cli;

import picocli.CommandLine;

/** The executable jar's entry point. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // The MariaDB driver logs every server error on the console; the commands report errors themselves.
        if (System.getProperty("mariadb.logging.disable") == null) {
            System.setProperty("mariadb.logging.disable", "true");
        }
        CommandLine cli = RefractCli.create(CliContext.fromSystem());
        int exitCode = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        System.exit(exitCode);
    }
}
