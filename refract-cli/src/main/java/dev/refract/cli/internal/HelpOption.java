package dev.refract.cli.internal;

import picocli.CommandLine.Option;

/** {@code -h, --help} for a subcommand (the top command has the standard help and version options). */
public final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;
}
