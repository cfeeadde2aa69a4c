package vn.tiepdon.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real small file system for full-disk tests: a tmpfs of a few megabytes mounted on a test folder, and a filler
 * file that takes every free block, as a kiosk's disk fills with logs or downloads. Mounting needs root, which CI
 * has; elsewhere the test is skipped with the reason (a developer can run it with sudo).
 */
public final class SmallDisk implements AutoCloseable {

    private final Path mountPoint;
    private final Path filler;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
        this.filler = mountPoint.resolve("filler.bin");
    }

    public static SmallDisk mount(Path mountPoint, int megabytes) throws IOException, InterruptedException {
        assumeTrue("0".equals(run("id", "-u").trim()), "mounting a small tmpfs needs root (CI runs as root)");
        Files.createDirectories(mountPoint);
        String output = run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tiepdon-test",
                mountPoint.toString());
        if (!isMounted(mountPoint)) {
            throw new IllegalStateException("could not mount a tmpfs on " + mountPoint + ": " + output);
        }
        return new SmallDisk(mountPoint);
    }

    public Path root() {
        return mountPoint;
    }

    /** Writes a file until the disk says it is full. */
    public void fill() throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // ENOSPC: the disk is full now, which is the point.
        }
        // Smaller writes take the last partial blocks too.
        try (OutputStream out = Files.newOutputStream(filler, java.nio.file.StandardOpenOption.APPEND)) {
            while (true) {
                out.write(0);
                out.flush();
            }
        } catch (IOException full) {
            // ENOSPC
        }
        if (Files.getFileStore(mountPoint).getUsableSpace() > 64 * 1024) {
            throw new IllegalStateException("the disk did not fill: "
                    + Files.getFileStore(mountPoint).getUsableSpace() + " bytes free");
        }
    }

    public long freeBytes() throws IOException {
        return Files.getFileStore(mountPoint).getUsableSpace();
    }

    /** Space comes back: the filler is deleted. */
    public void makeRoom() throws IOException {
        Files.deleteIfExists(filler);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", "-l", mountPoint.toString());
    }

    private static boolean isMounted(Path mountPoint) throws IOException {
        return Files.readAllLines(Path.of("/proc/mounts")).stream()
                .anyMatch(line -> line.split(" ")[1].equals(mountPoint.toAbsolutePath().toString()));
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor(30, TimeUnit.SECONDS);
        return output;
    }
}
