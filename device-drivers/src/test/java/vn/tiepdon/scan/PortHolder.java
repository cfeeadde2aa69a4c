package vn.tiepdon.scan;

import com.fazecast.jSerialComm.SerialPort;

/** Another program holding a serial port open, run in its own JVM by tests. */
public final class PortHolder {

    private PortHolder() {
    }

    public static void main(String[] args) throws Exception {
        SerialPort port = SerialPort.getCommPort(args[0]);
        System.out.println(port.openPort() ? "held" : "failed " + port.getLastErrorCode());
        System.out.flush();
        Thread.sleep(60_000);
    }
}
