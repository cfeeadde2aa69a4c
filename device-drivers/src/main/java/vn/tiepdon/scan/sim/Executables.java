package vn.tiepdon.scan.sim;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** Finds a program on a PATH value the way a shell would, without starting anything. */
final class Executables {

    private Executables() {
    }

    static Optional<Path> find(String program, String pathValue) {
        if (pathValue == null || pathValue.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(pathValue.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, program))
                .filter(candidate -> Files.isRegularFile(candidate) && Files.isExecutable(candidate))
                .findFirst();
    }
}
