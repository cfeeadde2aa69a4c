package vn.tiepdon.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.tiepdon.scan.SerialPortInfo;
import vn.tiepdon.scan.SerialPorts;

/** {@code tiepdon devices}: which serial ports exist, to find the scanner (or a serial printer). */
@Command(name = "devices", mixinStandardHelpOptions = true,
        description = "Liệt kê cổng serial (máy quét, máy in) / List serial ports (scanners, printers).")
final class DevicesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<SerialPortInfo> ports = SerialPorts.list();
        if (ports.isEmpty()) {
            out.println(CliText.both("devices.none"));
            return ExitCodes.OK;
        }
        out.printf("%-16s %-24s %-12s %s%n", "PORT", "PATH", "USB", "DESCRIPTION");
        for (SerialPortInfo port : ports) {
            out.printf("%-16s %-24s %-12s %s%n", port.systemName(), port.path(), port.usbSpec().orElse("-"),
                    port.description());
        }
        out.println(CliText.both("devices.hint"));
        return ExitCodes.OK;
    }
}
