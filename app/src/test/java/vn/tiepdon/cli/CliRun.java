package vn.tiepdon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * One run of {@code tiepdon …} in this JVM, through {@link Main}'s own error handling: the exit code and what was
 * printed. Whatever failed, the user sees sentences, never a Java stack trace: every run checks that.
 */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), args).execute(args);
        CliRun run = new CliRun(code, out.toString(), err.toString());
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at vn.");
        return run;
    }

    /** With {@code stdin} as the standard input (a PIN typed, a payload piped). */
    static CliRun withInput(String stdin, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return of(args);
        } finally {
            System.setIn(original);
        }
    }
}
