package vn.tiepdon.scan.sim;

import java.nio.file.Path;
import vn.tiepdon.scan.Framing;

/** Runs a simulator in a separate JVM, so a test can kill that JVM hard and check socat goes with it. */
public final class SimulatorChild {

    private SimulatorChild() {
    }

    public static void main(String[] args) throws Exception {
        ScannerSimulator simulator = ScannerSimulator.start(Path.of(args[0]), Framing.CR);
        System.out.println("socat-pid " + simulator.socatPid());
        System.out.flush();
        Thread.sleep(60_000);
    }
}
